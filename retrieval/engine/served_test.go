package engine

import (
	"context"
	"maps"
	"slices"
	"testing"

	"leian/internal/lecard"
	"leian/retrieval"
	"leian/retrieval/rank"
)

// testHeldOut fails if any LeCaRD query is scored with fusion weights that
// saw its labels: through the served engine (as `leian eval lecard` and
// `leian eval recall` rank), each query must be fused with exactly the
// weights tuned on the other queries alone, in both rows, and a query
// outside the tuning set must be refused rather than ranked with weights
// tuned on everything.
func testHeldOut(t *testing.T, e *Engine, l *lecard.Set) {
	ctx := context.Background()
	if len(l.Queries) < 2 {
		t.Fatalf("%d queries: the check needs two", len(l.Queries))
	}
	w, err := Tune(ctx, e, l, "embedded")
	if err != nil {
		t.Fatal(err)
	}
	h := HeldOut{Engine: e, Weights: w, Store: "embedded"}
	grades := l.Grades()
	for _, q := range l.Queries {
		for _, known := range []bool{false, true} {
			// Weights tuned without q, from the same served features.
			var others []rank.Sample
			for _, o := range l.Queries {
				if o.ID == q.ID {
					continue
				}
				cands, err := e.Features(ctx, PoolQuery(o, l.PoolIDs(o.ID), known))
				if err != nil {
					t.Fatal(err)
				}
				others = append(others, rank.Sample{QueryID: o.ID, Cands: cands, Grades: grades[o.ID]})
			}
			want := rank.Tune(others, Signals, 30)
			got, ok := w.ForQuery(q.ID, known).(rank.Weighted)
			if !ok || got.K != want.K || !maps.Equal(got.Weights, want.Weights) {
				t.Errorf("query %s (known charge %t): fused with %+v, want the weights tuned without it %+v", q.ID, known, got, want)
			}
			pq := retrieval.CaseQuery{ID: q.ID, Facts: q.Facts}
			if known {
				pq.Charges = q.Charges
			}
			docs := l.PoolIDs(q.ID)
			served, err := h.rank(ctx, q.ID, PoolQuery(pq, docs, known))
			if err != nil {
				t.Fatal(err)
			}
			direct, err := e.Rank(ctx, PoolQuery(pq, docs, known), want)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(served, direct) {
				t.Errorf("query %s (known charge %t): the eval's ranking differs from the engine's with the held-out weights", q.ID, known)
			}
		}
	}
	if _, err := h.SearchHeldOut(ctx, "no-such-query", retrieval.Query{Facts: l.Queries[0].Facts, K: 10}); err == nil {
		t.Error("a query without a held-out fold was ranked")
	}
}
