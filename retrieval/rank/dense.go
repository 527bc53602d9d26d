package rank

import (
	"context"
	"fmt"

	"leian/retrieval"
)

// Dense is the embedding signal: cosine similarity of the query's vector to
// each document's.
type Dense struct {
	Store retrieval.Store
}

// Generate returns the k nearest documents within the query's filter.
func (d Dense) Generate(ctx context.Context, r *Request, k int) ([]retrieval.Scored, error) {
	if r.Vector == nil {
		return nil, nil
	}
	got, err := d.Store.Nearest(ctx, r.Vector, r.Query.Filter, k)
	if err != nil {
		return nil, fmt.Errorf("dense signal: %w", err)
	}
	return got, nil
}

// Feature names the cosine among a candidate's features.
func (Dense) Feature() string { return "dense" }

// Score returns the cosine similarity of each of ids.
func (d Dense) Score(ctx context.Context, r *Request, ids []string) (map[string]Features, error) {
	if r.Vector == nil {
		return nil, nil
	}
	f := r.Query.Filter
	f.IDs = ids
	got, err := d.Store.Nearest(ctx, r.Vector, f, len(ids))
	if err != nil {
		return nil, fmt.Errorf("dense signal over %d candidates: %w", len(ids), err)
	}
	return asFeatures(d.Feature(), got), nil
}
