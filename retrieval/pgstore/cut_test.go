package pgstore

import (
	"slices"
	"testing"

	"leian/retrieval"
	"leian/retrieval/analysis"
	"leian/retrieval/storetest"
)

// TestSearchTokensMemo: cutting a judgment's fields with one memo gives
// each field the tokens it gets cut alone.
func TestSearchTokensMemo(t *testing.T) {
	if err := analysis.Load(); err != nil {
		t.Fatal(err)
	}
	for _, d := range storetest.LeCaRD(t, 100) {
		got := searchTokens(d)
		for _, f := range []retrieval.Field{retrieval.FieldFull, retrieval.FieldFacts, retrieval.FieldReasoning, retrieval.FieldVerdict} {
			if want := analysis.SearchTokens(d.Text[f]); !slices.Equal(got[f], want) {
				t.Errorf("%s %s: %d tokens with the memo, %d without", d.ID, f, len(got[f]), len(want))
			}
		}
	}
}

// BenchmarkCut: a load's client work per judgment (tokens, tsvectors,
// ranks), on 100 real LeCaRD judgments.
func BenchmarkCut(b *testing.B) {
	if err := analysis.Load(); err != nil {
		b.Fatal(err)
	}
	docs := storetest.LeCaRD(b, 100)
	l := &Loader{Store: &Store{}}
	for b.Loop() {
		for _, d := range docs {
			if _, err := l.cut(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
