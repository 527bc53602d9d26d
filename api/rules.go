package api

import (
	"context"
	"errors"
	"fmt"

	"leian/corpus/rules"
	"leian/retrieval"
)

// RuleLibrary serves the rule library as the server's RuleFinder and
// LawFinder; which rules apply is the library's to decide (rules.ForPush,
// rules.Find), this only maps a push and errors onto them.
type RuleLibrary struct {
	Lib *rules.Library
	// Max caps the rules returned beside a push.
	Max int
}

// Applicable returns the rules beside a push (rules.Library.ForPush).
func (r RuleLibrary) Applicable(ctx context.Context, q retrieval.Query, cases []retrieval.Result) ([]RuleHit, error) {
	c := rules.PushCase{Facts: q.Facts, Charges: q.Charges, Articles: q.Articles}
	for _, res := range cases {
		c.SimilarCharges = append(c.SimilarCharges, res.Charges)
	}
	return r.Lib.ForPush(ctx, c, r.Max)
}

// Lookup answers a law lookup (rules.Library.Find); an unknown provision
// or case is ErrNotFound.
func (r RuleLibrary) Lookup(_ context.Context, query string) ([]RuleHit, error) {
	hits, err := r.Lib.Find(query)
	if errors.Is(err, rules.ErrNoRule) {
		return nil, fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	return hits, err
}
