package pgstore

import (
	"context"
	"math/rand/v2"
	"testing"

	"leian/retrieval"
	"leian/retrieval/storetest"
)

// The benchmarks use their own stores, of another dimension than the tests,
// in this run's database: a store's dimension is fixed, so each drops the
// schema first.
func openBench(b *testing.B, dim int) *Store {
	b.Helper()
	if testURL == "" {
		b.Skip("LEIAN_TEST_POSTGRES_URL is unset")
	}
	ctx := context.Background()
	s, err := Open(ctx, testURL, Options{Dim: storetest.Dim})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, "DROP SCHEMA leian CASCADE"); err != nil {
		b.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, testURL, Options{Dim: dim}); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		s.pool.Exec(ctx, "DROP SCHEMA leian CASCADE")
		s.Close()
	})
	return s
}

// BenchmarkNearest: HNSW search over 10k synthetic 768-d vectors, whole
// and filtered.
func BenchmarkNearest(b *testing.B) {
	ctx := context.Background()
	const dim = 768
	s := openBench(b, dim)
	docs := storetest.Synthetic(10000, dim, 3)
	for i := 0; i < len(docs); i += 1000 {
		if err := s.Upsert(ctx, docs[i:i+1000]); err != nil {
			b.Fatal(err)
		}
	}
	q := storetest.RandomUnit(rand.New(rand.NewPCG(4, 5)), dim)
	for _, bc := range []struct {
		name string
		f    retrieval.Filter
	}{
		{"all", retrieval.Filter{}},
		{"year-filter", retrieval.Filter{YearFrom: 2015, YearTo: 2016}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Nearest(ctx, q, bc.f, 30); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLexical searches 1,000 real LeCaRD judgments with the facts of
// one of them, whole and within a pool of 100.
func BenchmarkLexical(b *testing.B) {
	ctx := context.Background()
	s := openBench(b, storetest.Dim)
	docs := storetest.LeCaRD(b, 1000)
	for i := 0; i < len(docs); i += 250 {
		if err := s.Upsert(ctx, docs[i:i+250]); err != nil {
			b.Fatal(err)
		}
	}
	q := docs[500].Text[retrieval.FieldFacts]
	pool := make([]string, 100)
	for i := range pool {
		pool[i] = docs[450+i].ID
	}
	for _, bc := range []struct {
		name string
		f    retrieval.Filter
	}{
		{"all", retrieval.Filter{}},
		{"pool-of-100", retrieval.Filter{IDs: pool}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Lexical(ctx, q, bc.f, 30); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
