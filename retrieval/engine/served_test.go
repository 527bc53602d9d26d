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
	w, err := Tune(ctx, e, l, "embedded", true, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := HeldOut{Engine: e, Weights: w, Store: "embedded"}
	grades := l.Grades()
	type row struct {
		known, corpus bool
		cutoff        int
	}
	for _, q := range l.Queries {
		for _, r := range []row{{false, false, poolCutoff}, {true, false, poolCutoff}, {false, true, CorpusDepth}, {true, true, CorpusDepth}} {
			query := func(o retrieval.CaseQuery) retrieval.Query {
				if r.corpus {
					return CorpusQuery(o, r.known)
				}
				return PoolQuery(o, l.PoolIDs(o.ID), r.known)
			}
			// Weights tuned without q, from the same served features.
			var others []rank.Sample
			for _, o := range l.Queries {
				if o.ID == q.ID {
					continue
				}
				cands, err := e.Features(ctx, query(o))
				if err != nil {
					t.Fatal(err)
				}
				others = append(others, rank.Sample{QueryID: o.ID, Cands: cands, Grades: grades[o.ID]})
			}
			want := rank.Tune(others, Signals, r.cutoff)
			got, ok := w.ForQuery(q.ID, r.known, r.corpus).(rank.Weighted)
			if !ok || got.K != want.K || !maps.Equal(got.Weights, want.Weights) {
				t.Errorf("query %s (%+v): fused with %+v, want the weights tuned without it %+v", q.ID, r, got, want)
			}
			served, err := h.rank(ctx, q.ID, query(q))
			if err != nil {
				t.Fatal(err)
			}
			direct, err := e.Rank(ctx, query(q), want)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(served, direct) {
				t.Errorf("query %s (%+v): the eval's ranking differs from the engine's with the held-out weights", q.ID, r)
			}
		}
	}
	if _, err := h.SearchHeldOut(ctx, "no-such-query", retrieval.Query{Facts: l.Queries[0].Facts, K: 10}); err == nil {
		t.Error("a query without a held-out fold was ranked")
	}
}
