package rank

import (
	"context"
	"fmt"

	"leian/retrieval"
)

// Lexical is the BM25 signal: the store's full-text ranking of the facts.
type Lexical struct {
	Store retrieval.Store
}

// Generate returns the k best full-text matches within the query's filter.
func (l Lexical) Generate(ctx context.Context, r *Request, k int) ([]retrieval.Scored, error) {
	got, err := l.Store.Lexical(ctx, r.Facts, r.Query.Filter, k)
	if err != nil {
		return nil, fmt.Errorf("bm25 signal: %w", err)
	}
	return got, nil
}

// Feature names the BM25 score among a candidate's features.
func (Lexical) Feature() string { return "bm25" }

// Score returns the BM25 score of each of ids.
func (l Lexical) Score(ctx context.Context, r *Request, ids []string) (map[string]Features, error) {
	f := r.Query.Filter
	f.IDs = ids
	got, err := l.Store.Lexical(ctx, r.Facts, f, len(ids))
	if err != nil {
		return nil, fmt.Errorf("bm25 signal over %d candidates: %w", len(ids), err)
	}
	return asFeatures(l.Feature(), got), nil
}

func asFeatures(name string, ss []retrieval.Scored) map[string]Features {
	out := make(map[string]Features, len(ss))
	for _, s := range ss {
		out[s.ID] = Features{name: s.Score}
	}
	return out
}
