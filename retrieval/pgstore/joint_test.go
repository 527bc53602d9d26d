package pgstore

import (
	"context"
	"math"
	"slices"
	"testing"

	"leian/retrieval"
	"leian/retrieval/storetest"
)

// separate is what the pipeline's generators and rescoring signals give
// without Joint: the union of the three searches, each candidate scored
// by Lexical and Nearest within its IDs.
func separate(t *testing.T, s *Store, q retrieval.JointQuery) map[string]retrieval.JointScored {
	t.Helper()
	ctx := context.Background()
	scoped := q.Filter
	scoped.Charges = q.Scope
	filters := []retrieval.Filter{q.Filter}
	if len(q.Scope) > 0 {
		filters = append(filters, scoped)
	}
	var ids []string
	for _, f := range filters {
		lex, err := s.Lexical(ctx, q.Text, f, q.K)
		if err != nil {
			t.Fatal(err)
		}
		for _, sc := range lex {
			ids = append(ids, sc.ID)
		}
	}
	near, err := s.Nearest(ctx, q.Vector, q.Filter, q.K)
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range near {
		ids = append(ids, sc.ID)
	}
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	out := map[string]retrieval.JointScored{}
	for _, id := range ids {
		out[id] = retrieval.JointScored{ID: id}
	}
	f := q.Filter
	f.IDs = ids
	lex, err := s.Lexical(ctx, q.Text, f, len(ids))
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range lex {
		c := out[sc.ID]
		c.Lexical, c.HasLexical = sc.Score, true
		out[sc.ID] = c
	}
	near, err = s.Nearest(ctx, q.Vector, f, len(ids))
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range near {
		c := out[sc.ID]
		c.Dense, c.HasDense = sc.Score, true
		out[sc.ID] = c
	}
	return out
}

// TestJointMatchesSeparate: Joint finds the same candidates with the same
// scores as the searches it replaces, whole, filtered and charge-scoped.
func TestJointMatchesSeparate(t *testing.T) {
	s := openTest(t)
	defer s.Close()
	docs := storetest.WithRandomVectors(storetest.LeCaRD(t, 300), storetest.Dim, 7)
	docs[3].Vector = nil // a document without an embedding is scored lexically only
	if err := s.Upsert(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		query int
		f     retrieval.Filter
		scope bool
		k     int
	}{
		{"whole", 10, retrieval.Filter{}, false, 20},
		{"whole-scoped", 20, retrieval.Filter{}, true, 20},
		{"year-scoped", 30, retrieval.Filter{YearFrom: 2015, YearTo: 2018}, true, 15},
		{"court-level", 40, retrieval.Filter{CourtLevel: "基层"}, false, 25},
		{"k-beyond-matches", 50, retrieval.Filter{}, true, 400},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := docs[tc.query]
			q := retrieval.JointQuery{Text: d.Text[retrieval.FieldFacts], Vector: d.Vector, Filter: tc.f, K: tc.k}
			if tc.scope {
				q.Scope = d.Meta.Charges
			}
			got, err := s.Joint(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			want := separate(t, s, q)
			if len(got) != len(want) {
				t.Errorf("%d candidates, want %d", len(got), len(want))
			}
			for _, g := range got {
				w, ok := want[g.ID]
				if !ok {
					t.Errorf("candidate %s not found by the separate searches", g.ID)
					continue
				}
				if g.HasLexical != w.HasLexical || g.HasDense != w.HasDense ||
					math.Abs(g.Lexical-w.Lexical) > 1e-9 || math.Abs(g.Dense-w.Dense) > 1e-9 {
					t.Errorf("%s: joint %+v, separate %+v", g.ID, g, w)
				}
			}
		})
	}
	if _, err := s.Joint(context.Background(), retrieval.JointQuery{Text: "，。", K: 5}); err == nil {
		t.Error("a query without terms: no error")
	}
}
