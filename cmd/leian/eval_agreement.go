package main

import (
	"context"
	"fmt"

	"leian/corpus/docstore"
	"leian/corpus/ingest"
	"leian/evals"
	"leian/retrieval/engine"
)

// foldSearcher is the served engine for `leian eval agreement`: the one
// `leian serve` pushes through, its charge predictor retrained per fold.
type foldSearcher struct {
	eng  *engine.Engine
	docs *docstore.Store
	data *engine.ChargeData
}

func openFoldSearcher(ctx context.Context, a *app) (evals.FoldSearcher, func(), error) {
	data, err := loadChargeData(a)
	if err != nil {
		return nil, nil, err
	}
	docs, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
	if err != nil {
		return nil, nil, err
	}
	eng, closeStore, err := openEngineWith(ctx, a, docs, func(stale error) {
		a.log.Warn("the search store may be stale or empty", "store", a.cfg.Store, "err", stale)
	}, false)
	if err != nil {
		docs.Close()
		return nil, nil, err
	}
	return &foldSearcher{eng: eng, docs: docs, data: data}, func() { closeStore(); docs.Close() }, nil
}

func (f *foldSearcher) Searcher(ctx context.Context, heldOut func(line int) bool) (evals.CaseSearcher, error) {
	m, err := f.data.Train(ctx, heldOut)
	if err != nil {
		return nil, err
	}
	return f.eng.WithCharges(m), nil
}

func (f *foldSearcher) Same(ctx context.Context, facts string) ([]string, error) {
	docs, err := f.docs.ByHash(ctx, ingest.ContentHash(facts))
	if err != nil {
		return nil, fmt.Errorf("documents of the same text: %w", err)
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	return ids, nil
}

func (f *foldSearcher) Amounts(ctx context.Context, facts string, ids []string) (float64, []float64, error) {
	return f.eng.Amounts(ctx, facts, ids)
}
