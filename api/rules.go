package api

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"leian/corpus/cite"
	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/corpus/rules"
	"leian/retrieval"
)

// criminalLaw is the title bare article numbers are read against.
const criminalLaw = "中华人民共和国刑法"

// RuleLibrary serves the rule library as the server's RuleFinder and
// LawFinder.
type RuleLibrary struct {
	Lib *rules.Library
	// Max caps the rules returned beside a push.
	Max int
}

// maxSimilarRules caps the rules suggested by similar cases' charges.
const maxSimilarRules = 3

// Applicable returns the articles the query lists, then the articles,
// interpretations and guiding cases that govern the query's case (its own
// charges, or those its facts state, and its facts), ranked by the
// library, each with its reason: group "case". When the case names no
// charge, the principal articles of the charges the closest similar cases
// were convicted of follow in group "similar", labelled as such: a
// similar case's charge is not the case's own, and showing its article as
// applicable would tell the judge what nobody has found.
func (r RuleLibrary) Applicable(ctx context.Context, q retrieval.Query, cases []retrieval.Result) ([]RuleHit, error) {
	charges := q.Charges
	if len(charges) == 0 {
		charges = stated(q.Facts)
	}
	found, err := r.Lib.RulesForCase(ctx, q.Facts, charges)
	if err != nil {
		return nil, fmt.Errorf("rules for case: %w", err)
	}
	max := r.Max
	if max <= 0 {
		max = 8
	}
	hits := r.listed(q.Articles)
	at := map[string]int{}
	for i, h := range hits {
		at[h.Ref] = i
	}
	for _, a := range found {
		ref := citedAs(a.Title) + a.Label
		if i, ok := at[ref]; ok {
			hits[i].Reason += "；" + a.Reason
			continue
		}
		at[ref] = len(hits)
		hits = append(hits, RuleHit{Kind: ruleKind(a.Kind), Ref: ref, Title: a.Title, Text: a.Text, Reason: a.Reason})
	}
	hits = hits[:min(len(hits), max)]
	for i := range hits {
		hits[i].Group = GroupCase
	}
	if len(charges) > 0 {
		return hits, nil
	}
	return append(hits, r.fromSimilar(cases, at)...), nil
}

// stated returns the charges the facts themselves state (公诉机关指控被告人犯盗窃罪).
func stated(facts string) []string {
	e := extract.Extract(facts, parse.Parse(facts))
	if e == nil {
		return nil
	}
	return e.Charges
}

// fromSimilar lists the principal articles of the charges of the closest
// similar cases (the top three), most frequent first, skipping refs
// already listed for the case itself.
func (r RuleLibrary) fromSimilar(cases []retrieval.Result, listed map[string]int) []RuleHit {
	count := map[string]int{}
	var order []string
	for _, c := range cases[:min(len(cases), 3)] {
		for _, ch := range c.Charges {
			if count[ch] == 0 {
				order = append(order, ch)
			}
			count[ch]++
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return count[b] - count[a] })
	var out []RuleHit
	for _, ch := range order {
		nos, ok := r.Lib.Charges.Principal(rules.NormCharge(ch))
		if !ok {
			continue
		}
		for _, no := range nos {
			ref, err := r.Lib.Resolve(cite.Citation{Law: criminalLaw, Article: no.Number, Suffix: no.Suffix})
			if err != nil {
				continue
			}
			key := citedAs(ref.LawTitle) + ref.Label
			if _, dup := listed[key]; dup || len(out) >= maxSimilarRules {
				continue
			}
			listed[key] = -1
			out = append(out, RuleHit{Kind: "article", Ref: key, Title: ref.LawTitle, Text: ref.Text, Group: GroupSimilar,
				Reason: fmt.Sprintf("前%d件类案中%d件以%s定罪；本案尚未认定该罪名，仅供参考", min(len(cases), 3), count[ch], ch)})
		}
	}
	return out
}

// listed returns the Criminal Law articles the query lists (in the form
// normalizeArticle writes). One the law does not have is left out: it has
// no text to show.
func (r RuleLibrary) listed(articles []string) []RuleHit {
	var hits []RuleHit
	for _, a := range articles {
		c, ok := bareArticle(a)
		if !ok {
			continue
		}
		if ref, err := r.Lib.Resolve(c); err == nil {
			hits = append(hits, RuleHit{Kind: "article", Ref: citedAs(ref.LawTitle) + ref.Label, Title: ref.LawTitle, Text: ref.Text, Reason: "查询所列法条"})
		}
	}
	return hits
}

// maxSearchHits caps a law search's answer.
const maxSearchHits = 10

// Lookup answers what a user types into law lookup: a guiding-case number
// (指导性案例第24号, 检例第37号), a citation (bare articles such as "264"
// are read as Criminal Law ones), or else words (盗窃, 刑法), searched in
// the rule library's articles and cases. An unknown provision or case
// number is ErrNotFound.
func (r RuleLibrary) Lookup(_ context.Context, query string) ([]RuleHit, error) {
	if source, n, ok := rules.ParseCaseNumber(query); ok {
		c := r.Lib.CaseByNumber(source, n)
		if c == nil {
			return nil, fmt.Errorf("%w: %s", ErrNotFound, query)
		}
		return []RuleHit{caseHit(c, "按案例编号查得")}, nil
	}
	hits, err := r.cited(query)
	if errors.Is(err, ErrInvalid) {
		return r.search(query), nil
	}
	return hits, err
}

// search is a full-text search of the library, as `leian law --search`.
func (r RuleLibrary) search(query string) []RuleHit {
	out := []RuleHit{}
	for _, h := range r.Lib.Search(query, maxSearchHits) {
		switch {
		case h.Article != nil:
			out = append(out, RuleHit{Kind: "article", Ref: citedAs(h.Title) + h.Label, Title: h.Title, Text: h.Article.Text(), Reason: "全文检索匹配"})
		case h.Case != nil:
			out = append(out, caseHit(h.Case, "全文检索匹配"))
		}
	}
	return out
}

// caseHit shows a guiding case by its number, its holding first.
func caseHit(c *rules.GuidingCase, reason string) RuleHit {
	ref := c.Title
	switch {
	case c.Source == "spc" && c.Number > 0:
		ref = fmt.Sprintf("指导性案例第%d号", c.Number)
	case c.Source == "spp" && c.Number > 0:
		ref = fmt.Sprintf("检例第%d号", c.Number)
	}
	text := c.Points
	if text == "" {
		text = c.Facts
	}
	if text == "" {
		text = c.Title
	}
	return RuleHit{Kind: "guiding_case", Ref: ref, Title: c.Title, Text: text, Reason: reason}
}

// cited resolves a citation. An unreadable one is ErrInvalid, an unknown
// provision ErrNotFound.
func (r RuleLibrary) cited(citation string) ([]RuleHit, error) {
	refs, err := r.Lib.Lookup(citation, criminalLaw)
	var re *rules.ResolveError
	if len(refs) == 0 && errors.As(err, &re) && re.Cause == rules.ParseFailure {
		// The citation finder needs 第…条 to see an article; users also type bare numbers.
		if c, ok := bareArticle(citation); ok {
			var ref *rules.ArticleRef
			if ref, err = r.Lib.Resolve(c); err == nil {
				refs = []*rules.ArticleRef{ref}
			}
		}
	}
	if len(refs) == 0 && err != nil {
		if errors.As(err, &re) && re.Cause == rules.ParseFailure {
			return nil, fmt.Errorf("%w: %s", ErrInvalid, re.Detail)
		}
		if errors.As(err, &re) {
			return nil, fmt.Errorf("%w: %s", ErrNotFound, re.Detail)
		}
		return nil, err
	}
	hits := make([]RuleHit, 0, len(refs))
	for _, ref := range refs {
		text := ref.Text
		for _, t := range ref.Tiers {
			text += "\n法定刑幅度：" + t.Summary()
		}
		hits = append(hits, RuleHit{Kind: "article", Ref: citedAs(ref.LawTitle) + ref.Label, Title: strings.Join(ref.Hierarchy, " › "), Text: text, Reason: "按引用查得"})
	}
	return hits, nil
}

// bareArticle reads a Criminal Law article as normalizeArticle does.
func bareArticle(s string) (cite.Citation, bool) {
	key, ok := normalizeArticle(s)
	if !ok {
		return cite.Citation{}, false
	}
	article, suffix, _ := cite.ParseArticleKey(key) // normalizeArticle wrote a key
	return cite.Citation{Law: criminalLaw, Raw: s, Article: article, Suffix: suffix}, true
}

// ruleKind is the RuleHit kind of a library rule: the library calls guiding
// cases "case", the API (and the UI's labels) "guiding_case".
func ruleKind(kind string) string {
	if kind == "case" {
		return "guiding_case"
	}
	return kind
}

// citedAs is a law's title as judgments cite it: 刑法, not 中华人民共和国刑法.
func citedAs(title string) string { return strings.TrimPrefix(title, "中华人民共和国") }
