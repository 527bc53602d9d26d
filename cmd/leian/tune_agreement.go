package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"leian/corpus/docstore"
	"leian/corpus/ingest"
	"leian/internal/cail"
	"leian/internal/lecard"
	"leian/retrieval/classify"
	"leian/retrieval/engine"
)

// agreementTuning is the second objective of `leian tune`: the first
// cail.TuningCases cases of cail.TuningFold (lines 1, 6, 11, …; the agreement
// eval scores lines 5, 10, 15, … first), none with the facts of a scored
// line or of a LeCaRD dev query, each pushed with its own records left out
// and its charges predicted by a model trained without them.
func agreementTuning(ctx context.Context, a *app, set *lecard.Set) (*engine.Agreement, error) {
	all, err := cail.ReadBundle(a.cfg.Data)
	if err != nil {
		return nil, fmt.Errorf("tune: %w", err)
	}
	dev := make([]string, len(set.Queries))
	for i, q := range set.Queries {
		dev[i] = q.Facts
	}
	tuning := cail.Tuning(all, dev, cail.TuningCases)
	docs, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
	if err != nil {
		return nil, err
	}
	defer docs.Close()
	agree := &engine.Agreement{}
	facts := map[string]bool{}
	for _, c := range tuning {
		same, err := docs.ByHash(ctx, ingest.ContentHash(c.Facts))
		if err != nil {
			return nil, fmt.Errorf("tune: cail2018 line %d: documents of the same text: %w", c.Line, err)
		}
		own := make([]string, len(same))
		for i, d := range same {
			own[i] = d.ID
		}
		agree.Cases = append(agree.Cases, engine.AgreementCase{ID: "cail2018 line " + strconv.Itoa(c.Line), Facts: c.Facts, Accusations: c.Accusations, Own: own})
		facts[strings.TrimSpace(c.Facts)] = true
	}
	data, err := loadChargeData(a)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	m, dropped, err := data.TrainWithout(ctx, func(l classify.Labelled) bool { return facts[strings.TrimSpace(l.Facts)] })
	if err != nil {
		return nil, fmt.Errorf("tune: charge predictor without the agreement cases: %w", err)
	}
	a.log.Info("charge predictor for the agreement cases trained", "cases", len(agree.Cases), "left_out", dropped, "seconds", time.Since(start).Seconds())
	agree.Charges = m
	return agree, nil
}
