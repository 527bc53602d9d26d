package storetest

import (
	"math"
	"testing"

	"leian/retrieval"
)

// testFilterKeepsScores: restricting a search to some documents does not
// change their scores. The ranking pipeline relies on it: a document the
// full-text search already found is not scored again when the candidates
// of all signals are, so both answers must agree.
func testFilterKeepsScores(t *testing.T, s retrieval.Store) {
	docs := WithRandomVectors(LeCaRD(t, 120), 16, 7)
	upsert(t, s, docs)
	q := commonest(docs)
	for _, f := range []retrieval.Filter{{}, {Charges: q.Meta.Charges}} {
		lex := lexical(t, s, q.Text[retrieval.FieldFacts], f, 40)
		near := nearest(t, s, q.Vector, f, 40)
		for _, tt := range []struct {
			what string
			all  []retrieval.Scored
			some func(retrieval.Filter) []retrieval.Scored
		}{
			{"Lexical", lex, func(g retrieval.Filter) []retrieval.Scored {
				return lexical(t, s, q.Text[retrieval.FieldFacts], g, 40)
			}},
			{"Nearest", near, func(g retrieval.Filter) []retrieval.Scored { return nearest(t, s, q.Vector, g, 40) }},
		} {
			if len(tt.all) < 10 {
				t.Fatalf("%s with filter %+v found %d documents, want at least 10", tt.what, f, len(tt.all))
			}
			want := map[string]float64{}
			g := f
			for i := 0; i < len(tt.all); i += 4 {
				g.IDs = append(g.IDs, tt.all[i].ID)
				want[tt.all[i].ID] = tt.all[i].Score
			}
			got := tt.some(g)
			if len(got) != len(want) {
				t.Errorf("%s restricted to %d found documents returned %d", tt.what, len(want), len(got))
			}
			for _, r := range got {
				if w, ok := want[r.ID]; !ok || math.Abs(r.Score-w) > 1e-6*math.Max(1, math.Abs(w)) {
					t.Errorf("%s restricted to IDs scores %s %g, unrestricted %g (found: %t)", tt.what, r.ID, r.Score, w, ok)
				}
			}
		}
	}
}

// commonest returns a document of the charge most documents share, so a
// search filtered on it still finds many.
func commonest(docs []retrieval.Doc) retrieval.Doc {
	n := map[string]int{}
	for _, d := range docs {
		for _, c := range d.Meta.Charges {
			n[c]++
		}
	}
	best := docs[0]
	for _, d := range docs {
		if len(d.Meta.Charges) > 0 && (len(best.Meta.Charges) == 0 || n[d.Meta.Charges[0]] > n[best.Meta.Charges[0]]) {
			best = d
		}
	}
	return best
}
