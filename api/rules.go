package api

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"leian/corpus/rules"
	"leian/retrieval"
)

// RuleLibrary serves the rule library as the server's RuleFinder and
// LawFinder.
type RuleLibrary struct {
	Lib *rules.Library
	// Max caps the rules returned beside a push.
	Max int
}

// Applicable returns the articles, interpretations and guiding cases that
// govern the query's case, ranked by the library, each with its reason.
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
	hits := make([]RuleHit, 0, min(len(found), max))
	for _, a := range found {
		if len(hits) == max {
			break
		}
		hits = append(hits, RuleHit{Kind: a.Kind, Ref: strings.TrimSpace(a.Title + a.Label), Title: a.Title, Text: a.Text, Reason: a.Reason})
	}
	return hits, nil
}

// Lookup resolves a citation; bare articles are read as Criminal Law ones.
// An unreadable citation is ErrInvalid, an unknown provision ErrNotFound.
func (r RuleLibrary) Lookup(_ context.Context, citation string) ([]RuleHit, error) {
	refs, err := r.Lib.Lookup(citation, "中华人民共和国刑法")
	if len(refs) == 0 && err != nil {
		var re *rules.ResolveError
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
		hits = append(hits, RuleHit{Kind: "article", Ref: ref.LawTitle + ref.Label, Title: strings.Join(ref.Hierarchy, " › "), Text: text, Reason: "按引用查得"})
	}
	return hits, nil
}
