package rules

import (
	"errors"
	"fmt"
	"strings"
)

// ErrNoRule is a provision or guiding case the library does not hold.
var ErrNoRule = errors.New("no such rule")

// errUnreadable is a query that is not a citation: Find searches words instead.
var errUnreadable = errors.New("not a citation")

// maxSearchHits caps a law search's answer.
const maxSearchHits = 10

// Find answers what a user types into law lookup: a guiding-case number
// (指导性案例第24号, 检例第37号), a citation (bare articles such as "264"
// are read as Criminal Law ones), or else words (盗窃, 刑法), searched in
// the library's articles and cases. An unknown provision or case number
// wraps ErrNoRule.
func (lib *Library) Find(query string) ([]Found, error) {
	if source, n, ok := ParseCaseNumber(query); ok {
		c := lib.CaseByNumber(source, n)
		if c == nil {
			return nil, fmt.Errorf("%w: %s", ErrNoRule, query)
		}
		return []Found{foundCase(c, "按案例编号查得")}, nil
	}
	hits, err := lib.cited(query)
	if errors.Is(err, errUnreadable) {
		return lib.searched(query), nil
	}
	return hits, err
}

// searched is a full-text search of the library, as `leian law --search`.
func (lib *Library) searched(query string) []Found {
	out := []Found{}
	for _, h := range lib.Search(query, maxSearchHits) {
		switch {
		case h.Article != nil:
			out = append(out, Found{Kind: "article", Ref: citedAs(h.Title) + h.Label, Title: h.Title, Text: h.Article.Text(), Reason: "全文检索匹配"})
		case h.Case != nil:
			out = append(out, foundCase(h.Case, "全文检索匹配"))
		}
	}
	return out
}

// foundCase shows a guiding case by its number, its holding first.
func foundCase(c *GuidingCase, reason string) Found {
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
	return Found{Kind: "guiding_case", Ref: ref, Title: c.Title, Text: text, Reason: reason}
}

// cited resolves a citation. An unreadable one wraps errUnreadable, an
// unknown provision ErrNoRule.
func (lib *Library) cited(citation string) ([]Found, error) {
	refs, err := lib.Lookup(citation, criminalLawTitle)
	var re *ResolveError
	if len(refs) == 0 && errors.As(err, &re) && re.Cause == ParseFailure {
		// The citation finder needs 第…条 to see an article; users also type bare numbers.
		if c, ok := ArticleCitation(citation); ok {
			var ref *ArticleRef
			if ref, err = lib.Resolve(c); err == nil {
				refs = []*ArticleRef{ref}
			}
		}
	}
	if len(refs) == 0 && err != nil {
		if errors.As(err, &re) && re.Cause == ParseFailure {
			return nil, fmt.Errorf("%w: %s", errUnreadable, re.Detail)
		}
		if errors.As(err, &re) {
			return nil, fmt.Errorf("%w: %s", ErrNoRule, re.Detail)
		}
		return nil, err
	}
	hits := make([]Found, 0, len(refs))
	for _, ref := range refs {
		text := ref.Text
		for _, t := range ref.Tiers {
			text += "\n法定刑幅度：" + t.Summary()
		}
		hits = append(hits, Found{Kind: "article", Ref: citedAs(ref.LawTitle) + ref.Label, Title: strings.Join(ref.Hierarchy, " › "), Text: text, Reason: "按引用查得"})
	}
	return hits, nil
}

// foundKind is the Found kind of a library rule: the library calls guiding
// cases "case", the API (and the UI's labels) "guiding_case".
func foundKind(kind string) string {
	if kind == "case" {
		return "guiding_case"
	}
	return kind
}

// citedAs is a law's title as judgments cite it: 刑法, not 中华人民共和国刑法.
func citedAs(title string) string { return strings.TrimPrefix(title, "中华人民共和国") }
