package pgstore

import (
	"context"
	"testing"

	"leian/retrieval/pgstore/pgtest"
	"leian/retrieval/storetest"
)

// The benchmarks use their own stores, of another dimension than the tests,
// in this run's database: a store's dimension is fixed, so each drops the
// schema first.
func openBench(b *testing.B, dim int) *Store {
	b.Helper()
	pgtest.Require(b, testURL)
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
	storetest.BenchNearest(b, openBench(b, storetest.BenchDim))
}

// BenchmarkLexical searches 1,000 real LeCaRD judgments with the facts of
// one of them, whole and within a pool of 100.
func BenchmarkLexical(b *testing.B) {
	storetest.BenchLexical(b, openBench(b, storetest.Dim))
}
