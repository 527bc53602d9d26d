package rank

import (
	"context"
	"slices"

	"leian/retrieval"
)

// ChargeScoped is a generator searching only the documents of the
// charges the case in hand is believed to have (stated, or predicted from
// the facts), beside the same generator over the whole store: the
// relevant cases of a theft share its charge, and an unscoped search
// fills its depth with look-alike texts of other offences (a robbery, a
// fraud) that push them out. It searches nothing when the query already
// filters by charge or ranks a given pool. The predictor's alternatives
// (Request.Alternatives) are searched with the predicted charges.
//
// Both stores score a document the same with or without a filter, so the
// scores it gives are its inner generator's feature.
type ChargeScoped struct {
	Generator
}

// Generate returns the inner generator's k best within the case's charges.
func (c ChargeScoped) Generate(ctx context.Context, r *Request, k int) ([]retrieval.Scored, error) {
	f := r.Query.Filter
	if len(f.Charges) > 0 || len(f.IDs) > 0 || len(r.Case.Charges) == 0 {
		return nil, nil
	}
	scoped := *r
	scoped.Query.Filter.Charges = scope(r)
	return c.Generator.Generate(ctx, &scoped, k)
}

// scope is the charges a charge-scoped search looks within: the case's
// and the predictor's alternatives, each name once.
func scope(r *Request) []string {
	out := slices.Clone(r.Case.Charges)
	for _, alt := range r.Alternatives {
		for _, name := range alt {
			if !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	return out
}
