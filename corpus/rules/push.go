package rules

import (
	"context"
	"fmt"
	"slices"

	"leian/corpus/cite"
	"leian/corpus/extract"
	"leian/corpus/parse"
)

// Found is one rule shown to a user, with why it applies: beside a push,
// or as the answer to a law lookup. Its JSON form is the API's.
type Found struct {
	Kind   string `json:"kind"`            // article, interpretation, guiding_case
	Ref    string `json:"ref"`             // e.g. "刑法第二百六十四条", "指导性案例192号"
	Title  string `json:"title,omitempty"` // the law's or the case's title
	Text   string `json:"text"`
	Reason string `json:"reason"` // in Chinese, e.g. "查询所列法条", "7件类案引用"
	// Group says whose rule it is beside a push: GroupCase for rules from
	// the case's own charges, listed articles and facts; GroupSimilar for
	// the principal articles of charges only the similar cases were
	// convicted of, which the judge has not found. Empty outside a push.
	Group string `json:"group,omitempty"`
}

// Rule groups beside a push.
const (
	GroupCase    = "case"
	GroupSimilar = "similar"
)

// PushCase is what a similar-case push knows of the case in hand.
type PushCase struct {
	Facts    string
	Charges  []string // the judge's, with 罪
	Articles []string // article keys (cite.ArticleKey)
	// SimilarCharges are the charges of the similar cases found, best first.
	SimilarCharges [][]string
}

// maxSimilarRules caps the rules suggested by similar cases' charges.
const maxSimilarRules = 3

// ForPush returns the articles the case lists, then the articles,
// interpretations and guiding cases that govern it (its own charges, or
// those its facts state, and its facts), at most max (8 when max ≤ 0),
// each with its reason: group "case". When the case names no charge, the
// principal articles of the charges the closest similar cases were
// convicted of follow in group "similar", labelled as such: a similar
// case's charge is not the case's own, and showing its article as
// applicable would tell the judge what nobody has found.
func (lib *Library) ForPush(ctx context.Context, c PushCase, max int) ([]Found, error) {
	charges := c.Charges
	if len(charges) == 0 {
		charges = statedCharges(c.Facts)
	}
	found, err := lib.RulesForCase(ctx, c.Facts, charges)
	if err != nil {
		return nil, fmt.Errorf("rules for case: %w", err)
	}
	if max <= 0 {
		max = 8
	}
	hits := lib.listedArticles(c.Articles)
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
		hits = append(hits, Found{Kind: foundKind(a.Kind), Ref: ref, Title: a.Title, Text: a.Text, Reason: a.Reason})
	}
	hits = hits[:min(len(hits), max)]
	for i := range hits {
		hits[i].Group = GroupCase
	}
	if len(charges) > 0 {
		return hits, nil
	}
	return append(hits, lib.fromSimilar(c.SimilarCharges, at)...), nil
}

// statedCharges returns the charges the facts themselves state (公诉机关指控被告人犯盗窃罪).
func statedCharges(facts string) []string {
	e := extract.Extract(facts, parse.Parse(facts))
	if e == nil {
		return nil
	}
	return e.Charges
}

// fromSimilar lists the principal articles of the charges of the closest
// similar cases (the top three), most frequent first, skipping refs
// already listed for the case itself.
func (lib *Library) fromSimilar(similar [][]string, listed map[string]int) []Found {
	top := similar[:min(len(similar), 3)]
	count := map[string]int{}
	var order []string
	for _, charges := range top {
		for _, ch := range charges {
			if count[ch] == 0 {
				order = append(order, ch)
			}
			count[ch]++
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return count[b] - count[a] })
	var out []Found
	for _, ch := range order {
		nos, ok := lib.Charges.Principal(NormCharge(ch))
		if !ok {
			continue
		}
		for _, no := range nos {
			ref, err := lib.Resolve(cite.Citation{Law: criminalLawTitle, Article: no.Number, Suffix: no.Suffix})
			if err != nil {
				continue
			}
			key := citedAs(ref.LawTitle) + ref.Label
			if _, dup := listed[key]; dup || len(out) >= maxSimilarRules {
				continue
			}
			listed[key] = -1
			out = append(out, Found{Kind: "article", Ref: key, Title: ref.LawTitle, Text: ref.Text, Group: GroupSimilar,
				Reason: fmt.Sprintf("前%d件类案中%d件以%s定罪；本案尚未认定该罪名，仅供参考", len(top), count[ch], ch)})
		}
	}
	return out
}

// listedArticles returns the Criminal Law articles the case lists. One the
// law does not have is left out: it has no text to show.
func (lib *Library) listedArticles(articles []string) []Found {
	var hits []Found
	for _, a := range articles {
		c, ok := ArticleCitation(a)
		if !ok {
			continue
		}
		if ref, err := lib.Resolve(c); err == nil {
			hits = append(hits, Found{Kind: "article", Ref: citedAs(ref.LawTitle) + ref.Label, Title: ref.LawTitle, Text: ref.Text, Reason: "查询所列法条"})
		}
	}
	return hits
}
