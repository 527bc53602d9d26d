package api

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"leian/corpus/cite"
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

// Applicable returns the articles the query lists, then the articles,
// interpretations and guiding cases that govern the query's case, ranked by
// the library, each with its reason.
func (r RuleLibrary) Applicable(ctx context.Context, q retrieval.Query, cases []retrieval.Result) ([]RuleHit, error) {
	charges := q.Charges
	if len(charges) == 0 && len(cases) > 0 {
		// The judge named no charge: take the one the closest decided case was convicted of.
		charges = cases[0].Charges
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
	return hits[:min(len(hits), max)], nil
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

// Lookup resolves a citation; bare articles ("264", "133之一") are read as
// Criminal Law ones. An unreadable citation is ErrInvalid, an unknown
// provision ErrNotFound.
func (r RuleLibrary) Lookup(_ context.Context, citation string) ([]RuleHit, error) {
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
			text += fmt.Sprintf("\n量刑档次（第%d款）：%s → %s", t.Paragraph, t.Condition, strings.Join(t.Kinds, "、"))
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
	num, suffix, _ := strings.Cut(strings.TrimPrefix(key, "刑法"), "-")
	c := cite.Citation{Law: criminalLaw, Raw: s}
	c.Article, _ = strconv.Atoi(num) // normalizeArticle wrote digits
	if suffix != "" {
		c.Suffix, _ = strconv.Atoi(suffix)
	}
	return c, true
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
