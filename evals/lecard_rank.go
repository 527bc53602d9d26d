package evals

import (
	"context"
	"fmt"
	"strings"

	"leian/corpus"
	"leian/internal/lecard"
	"leian/retrieval"
)

// rankLeCaRDPools asks in.Ranker to order every query's pool twice: from
// the facts alone (the headline) and with the query's gold charges (a
// judge who knows the charge). Pool documents are read from
// lecard/candidates.jsonl.gz (only the pooled ids) and handed over as
// corpus documents with ID "lecard:<id>".
func rankLeCaRDPools(ctx context.Context, in Input, d *lecardData) (factsOnly, known map[string][]string, err error) {
	path := lecard.CandidatesPath(in.DataDir)
	docs, err := lecard.ReadCandidates(ctx, path, d.Pooled())
	if err != nil {
		return nil, nil, err
	}
	d.files = append(d.files, path)
	if h, ok := in.Ranker.(HeldOutRanker); ok {
		ids := make([]string, len(d.Queries))
		for i, q := range d.Queries {
			ids[i] = q.ID
		}
		if err := h.HeldOut(ids); err != nil {
			return nil, nil, fmt.Errorf("lecard: %w", err)
		}
	}
	factsOnly = make(map[string][]string, len(d.Queries))
	known = make(map[string][]string, len(d.Queries))
	for _, q := range d.Queries {
		pool := make([]*corpus.Document, 0, len(d.Pools[q.ID]))
		for _, id := range d.Pools[q.ID] {
			doc, ok := docs[id]
			if !ok {
				return nil, nil, fmt.Errorf("lecard: pool of query %s lists candidate %s, missing from %s", q.ID, id, path)
			}
			pool = append(pool, doc)
		}
		for _, row := range []struct {
			q   retrieval.CaseQuery
			out map[string][]string
		}{{retrieval.CaseQuery{ID: q.ID, Facts: q.Facts}, factsOnly}, {q, known}} {
			ranked, err := in.Ranker.RankPool(ctx, row.q, pool)
			if err != nil {
				return nil, nil, fmt.Errorf("lecard: rank pool of query %s: %w", q.ID, err)
			}
			for i, id := range ranked {
				ranked[i] = strings.TrimPrefix(id, lecard.IDPrefix)
			}
			row.out[q.ID] = ranked
		}
	}
	return factsOnly, known, nil
}
