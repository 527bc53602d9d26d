package embedded

import (
	"context"
	"math/rand/v2"
	"testing"

	"leian/retrieval/storetest"
)

// benchDim is the dimension the dot-product benchmarks use.
const benchDim = storetest.BenchDim

func BenchmarkDot(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	x, y := storetest.RandomUnit(rng, benchDim), storetest.RandomUnit(rng, benchDim)
	b.SetBytes(2 * 4 * benchDim)
	for b.Loop() {
		dot(x, y)
	}
}

// BenchmarkDotSimple is the plain loop the unrolled dot is measured against.
func BenchmarkDotSimple(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	x, y := storetest.RandomUnit(rng, benchDim), storetest.RandomUnit(rng, benchDim)
	b.SetBytes(2 * 4 * benchDim)
	for b.Loop() {
		var s float32
		for i := range x {
			s += x[i] * y[i]
		}
		_ = s
	}
}

// BenchmarkNearest scans 10k synthetic 768-d vectors, whole and filtered.
func BenchmarkNearest(b *testing.B) {
	storetest.BenchNearest(b, openBench(b))
}

// BenchmarkLexical searches 1,000 real LeCaRD judgments with the facts of
// one of them, whole and within a pool of 100.
func BenchmarkLexical(b *testing.B) {
	storetest.BenchLexical(b, openBench(b))
}

func openBench(b *testing.B) *Store {
	s, err := Open(context.Background(), b.TempDir(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}
