package rules

import (
	"errors"
	"fmt"
	"strings"

	"leian/corpus/cite"
)

// Cause is why a citation did not resolve.
type Cause string

// Causes of unresolved citations.
const (
	MissingLaw    Cause = "missing law"     // the law is not in the library (or not named at all)
	ParseFailure  Cause = "parse failure"   // no article could be read from the query
	NoSuchArticle Cause = "no such article" // the law has no such 条, 款 or 项
	RepealedLaw   Cause = "repealed law"    // the law was repealed and is not in the library
)

// ResolveError is a citation that did not resolve, with its cause.
type ResolveError struct {
	Cause  Cause
	Query  string // the citation as written
	Detail string // in Chinese, for the user
}

func (e *ResolveError) Error() string {
	return fmt.Sprintf("%s: %s (%s)", e.Query, e.Detail, e.Cause)
}

// ArticleRef is a resolved citation: the article, the text of the cited
// 款/项, the article's place in its law and its penalty tiers.
type ArticleRef struct {
	Citation  cite.Citation `json:"citation"`
	Law       *Law          `json:"-"`
	LawTitle  string        `json:"law"`
	Article   *Article      `json:"-"`
	Label     string        `json:"label"`     // 第二百六十四条第一款
	Text      string        `json:"text"`      // the cited 款/项, or the whole article
	Hierarchy []string      `json:"hierarchy"` // law › 编 › 章 › 节
	Tiers     []Tier        `json:"tiers,omitempty"`
	// Fuzzy is set when the law title matched only approximately.
	Fuzzy bool `json:"fuzzy,omitempty"`
}

// Resolve finds the article c cites. A law with several versions resolves
// to the newest one holding the article.
func (lib *Library) Resolve(c cite.Citation) (*ArticleRef, error) {
	q := c.Raw
	if q == "" {
		q = fmt.Sprintf("%s第%d条", c.Law, c.Article)
	}
	if strings.TrimSpace(c.Law) == "" {
		return nil, &ResolveError{MissingLaw, q, "未写明所引法律"}
	}
	versions, fuzzy := lib.lawVersions(c.Law), false
	if versions == nil {
		if why, ok := repealed[normTitle(c.Law)]; ok {
			return nil, &ResolveError{RepealedLaw, q, c.Law + "已废止：" + why}
		}
		if l := lib.closestTitle(c.Law); l != nil {
			versions, fuzzy = []*Law{l}, true
		}
	}
	if versions == nil {
		return nil, &ResolveError{MissingLaw, q, "规则库中没有" + c.Law}
	}
	var a *Article
	var law *Law
	for _, l := range versions {
		if a = l.find(c.Article, c.Suffix); a != nil {
			law = l
			break
		}
	}
	if a == nil {
		return nil, &ResolveError{NoSuchArticle, q, fmt.Sprintf("%s%s没有%s", versions[0].Title, versionNote(versions[0]), articleLabel(c.Article, c.Suffix))}
	}
	text, err := slice(a, c)
	if err != nil {
		return nil, &ResolveError{NoSuchArticle, q, law.Title + versionNote(law) + err.Error()}
	}
	ref := &ArticleRef{Citation: c, Law: law, LawTitle: law.Title, Article: a, Text: text, Tiers: tiersOf(a, c.Paragraph), Fuzzy: fuzzy,
		Label:     citedLabel(a, c),
		Hierarchy: append([]string{law.Title}, a.Path...)}
	return ref, nil
}

// versionNote names the text the library holds, because judgments written
// under an earlier text number articles differently (刑事诉讼法 2012 → 2018).
func versionNote(l *Law) string {
	if l.Version != "" {
		return "（库中为" + l.Version + "文本）"
	}
	if len(l.Dates) > 0 {
		return "（库中为" + strings.Fields(l.Dates[len(l.Dates)-1])[0] + "文本）"
	}
	return ""
}

// tiersOf returns the tiers written in paragraph p, or all when p is 0.
func tiersOf(a *Article, p int) []Tier {
	if p == 0 {
		return a.Tiers
	}
	var out []Tier
	for _, t := range a.Tiers {
		if t.Paragraph == p {
			out = append(out, t)
		}
	}
	return out
}

// slice returns the cited 款 and 项 of a.
func slice(a *Article, c cite.Citation) (string, error) {
	if c.Paragraph == 0 && c.Item == 0 {
		return a.Text(), nil
	}
	p := 1
	if c.Paragraph > 0 {
		p = c.Paragraph
	}
	if p > len(a.Paragraphs) {
		return "", fmt.Errorf("%s没有第%d款", a.Label, p)
	}
	para := a.Paragraphs[p-1]
	if c.Item == 0 {
		return para.Text, nil
	}
	if c.Item > len(para.Items) {
		return "", fmt.Errorf("%s第%d款没有第%d项", a.Label, p, c.Item)
	}
	return para.Items[c.Item-1], nil
}

// Lookup resolves every citation in query, a citation string such as
// 刑法第264条 or 第一百三十三条之一第一款; bare articles read contextLaw.
func (lib *Library) Lookup(query, contextLaw string) ([]*ArticleRef, error) {
	cs := cite.Find(query, contextLaw)
	if len(cs) == 0 {
		return nil, &ResolveError{ParseFailure, query, "未能从查询中读出条文编号"}
	}
	var refs []*ArticleRef
	var errs []error
	for _, c := range cs {
		ref, err := lib.Resolve(c)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		refs = append(refs, ref)
	}
	return refs, errors.Join(errs...)
}

// closestTitle matches a garbled or abbreviated interpretation title to the
// library title sharing most character pairs, when the match is close.
func (lib *Library) closestTitle(name string) *Law {
	k := normTitle(name)
	if len([]rune(k)) < 10 {
		return nil
	}
	lib.titleOnce.Do(func() {
		for _, l := range lib.Laws {
			lib.titles = append(lib.titles, bigrams(normTitle(l.Title)))
		}
	})
	q := bigrams(k)
	var best *Law
	bestScore := 0.0
	for i, l := range lib.Laws {
		if s := diceSets(q, lib.titles[i]); s > bestScore {
			best, bestScore = l, s
		}
	}
	if bestScore < 0.85 {
		return nil
	}
	return best
}
