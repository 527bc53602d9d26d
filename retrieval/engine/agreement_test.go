package engine

import (
	"context"
	"errors"
	"maps"
	"slices"
	"testing"

	"leian/internal/lecard"
	"leian/retrieval/rank"
)

// testAgreementObjective: the whole-store facts-only row is tuned on the
// LeCaRD queries of the other folds and every agreement case, never on a
// dev query; the pool rows on LeCaRD alone; the weights name the agreement
// cases; and a case holding a dev query's facts is refused.
func testAgreementObjective(t *testing.T, e *Engine, l *lecard.Set) {
	ctx := context.Background()
	var agree Agreement
	for _, id := range l.PoolIDs(l.Queries[1].ID)[:8] {
		card, err := e.sums.Card(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		agree.Cases = append(agree.Cases, AgreementCase{ID: "case " + id, Facts: card.Facts, Accusations: card.Charges, Own: []string{id}})
	}
	w, err := Tune(ctx, e, l, "embedded", false, &agree)
	if err != nil {
		t.Fatal(err)
	}
	samples, err := agreementSamples(ctx, e, &agree)
	if err != nil {
		t.Fatal(err)
	}
	if len(samples) == 0 {
		t.Fatal("no agreement case has a graded candidate: pick other cases")
	}
	var named []string
	for _, s := range samples {
		named = append(named, s.QueryID)
	}
	if !slices.Equal(w.AgreementCases, named) {
		t.Errorf("weights name agreement cases %v, want %v", w.AgreementCases, named)
	}
	grades := l.Grades()
	if len(w.CorpusKnownCharge.Folds) > 0 {
		t.Error("the whole-store known-charge row was tuned without --corpus")
	}
	type row struct{ known, corpus bool }
	for _, q := range l.Queries {
		for _, r := range []row{{false, false}, {true, false}, {false, true}} {
			var train []rank.Sample
			for _, o := range l.Queries {
				if o.ID == q.ID {
					continue
				}
				rq := PoolQuery(o, l.PoolIDs(o.ID), r.known)
				if r.corpus {
					rq = CorpusQuery(o, r.known)
				}
				cands, err := e.Features(ctx, rq)
				if err != nil {
					t.Fatal(err)
				}
				train = append(train, rank.Sample{QueryID: o.ID, Cands: cands, Grades: grades[o.ID]})
			}
			cutoff := poolCutoff
			if r.corpus {
				train, cutoff = append(train, samples...), CorpusDepth
			}
			want := rank.Tune(train, Signals, cutoff)
			got, ok := w.ForQuery(q.ID, r.known, r.corpus).(rank.Weighted)
			if !ok || got.K != want.K || !maps.Equal(got.Weights, want.Weights) {
				t.Errorf("query %s (%+v): fused with %+v, want %+v", q.ID, r, got, want)
			}
		}
	}
	leak := agree
	leak.Cases = append(slices.Clone(agree.Cases), AgreementCase{ID: "a dev query", Facts: l.Queries[0].Facts, Accusations: []string{"盗窃"}})
	if _, err := Tune(ctx, e, l, "embedded", false, &leak); !errors.Is(err, ErrNotTunable) {
		t.Errorf("Tune with a dev query's facts among the agreement cases: err = %v, want ErrNotTunable", err)
	}
}
