package rank

import (
	"context"
	"fmt"

	"leian/retrieval/elements"
)

// CaseSource gives a stored document's elements.
type CaseSource interface {
	Case(ctx context.Context, id string) (elements.Case, error)
}

// Elements is the legal-elements signal: one feature per element plus
// their weighted mean ("elements"), and "charge_p", the odds of the
// likeliest charge the candidate shares with the case in hand.
type Elements struct {
	Cases CaseSource
}

// Score compares each candidate's elements with the query's.
func (e Elements) Score(ctx context.Context, r *Request, ids []string) (map[string]Features, error) {
	out := make(map[string]Features, len(ids))
	for _, id := range ids {
		c, err := e.Cases.Case(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("elements signal, candidate %s: %w", id, err)
		}
		m := elements.Compare(r.Case, c)
		fs := Features{"elements": m.Score}
		for part, s := range m.Parts {
			fs[part] = s
		}
		if len(r.ChargeOdds) > 0 {
			fs["charge_p"] = chargeOdds(r.ChargeOdds, c.Charges)
		}
		out[id] = fs
	}
	return out, nil
}
