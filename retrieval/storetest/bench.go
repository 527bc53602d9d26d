package storetest

import (
	"context"
	"math/rand/v2"
	"testing"

	"leian/retrieval"
)

// BenchDim is a typical sentence-embedding size, for the Nearest benchmark.
const BenchDim = 768

// BenchNearest loads 10k synthetic BenchDim-d vectors into s (a store of
// that dimension) and times Nearest whole, year-filtered and within a pool
// of 100, so every store is benchmarked on the same work.
func BenchNearest(b *testing.B, s retrieval.Store) {
	ctx := context.Background()
	docs := Synthetic(10000, BenchDim, 3)
	upsertAll(b, s, docs, 1000)
	q := RandomUnit(rand.New(rand.NewPCG(4, 5)), BenchDim)
	runFiltered(b, docs[:100], func(f retrieval.Filter) error {
		_, err := s.Nearest(ctx, q, f, 30)
		return err
	}, benchCase{"year-filter", retrieval.Filter{YearFrom: 2015, YearTo: 2016}})
}

// BenchLexical loads 1,000 real LeCaRD judgments into s and times Lexical
// with the facts of one of them, whole and within a pool of 100.
func BenchLexical(b *testing.B, s retrieval.Store) {
	ctx := context.Background()
	docs := LeCaRD(b, 1000)
	upsertAll(b, s, docs, 250)
	q := docs[500].Text[retrieval.FieldFacts]
	runFiltered(b, docs[450:550], func(f retrieval.Filter) error {
		_, err := s.Lexical(ctx, q, f, 30)
		return err
	})
}

func upsertAll(b *testing.B, s retrieval.Store, docs []retrieval.Doc, batch int) {
	b.Helper()
	for i := 0; i < len(docs); i += batch {
		if err := s.Upsert(context.Background(), docs[i:min(i+batch, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
}

type benchCase struct {
	name string
	f    retrieval.Filter
}

// runFiltered times search with no filter, each of extra, and within a
// pool of the given documents.
func runFiltered(b *testing.B, pool []retrieval.Doc, search func(retrieval.Filter) error, extra ...benchCase) {
	ids := make([]string, len(pool))
	for i, d := range pool {
		ids[i] = d.ID
	}
	cases := append([]benchCase{{"all", retrieval.Filter{}}}, extra...)
	cases = append(cases, benchCase{"pool-of-100", retrieval.Filter{IDs: ids}})
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if err := search(bc.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
