package engine

import (
	"context"
	"fmt"

	"leian/corpus"
	"leian/retrieval/rank"
)

// Folds is the number of cross-validation folds over LeCaRD dev queries.
const Folds = 5

// Tune learns fusion weights on the LeCaRD dev labels: features for every
// query's pool from p, then Folds-fold cross-validation (per-fold weights
// and held-out NDCG@30) and weights on all queries for everything else.
func Tune(ctx context.Context, l *LeCaRD, docs map[string]*corpus.Document, p *Pool) (*Weights, error) {
	var samples []rank.Sample
	for _, q := range l.Queries {
		pool := make([]*corpus.Document, 0, len(l.Pools[q.ID]))
		for _, id := range l.Pools[q.ID] {
			d, ok := docs[id]
			if !ok {
				return nil, fmt.Errorf("tune: query %s pools %s, which is not among the documents", q.ID, id)
			}
			pool = append(pool, d)
		}
		cands, err := p.Features(ctx, q, pool)
		if err != nil {
			return nil, fmt.Errorf("tune: %w", err)
		}
		samples = append(samples, rank.Sample{QueryID: q.ID, Cands: cands, Grades: l.Grades[q.ID]})
	}
	cv := rank.CrossValidate(samples, Signals, Folds, 30)
	w := &Weights{All: rank.Tune(samples, Signals, 30).Weights, FoldOf: cv.FoldOf, CV: cv.NDCG}
	for _, f := range cv.Folds {
		w.Folds = append(w.Folds, f.Weights)
	}
	return w, nil
}
