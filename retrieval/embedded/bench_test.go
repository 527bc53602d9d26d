package embedded

import (
	"context"
	"math/rand/v2"
	"testing"

	"leian/retrieval"
	"leian/retrieval/storetest"
)

// benchDim is a typical sentence-embedding size.
const benchDim = 768

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
	ctx := context.Background()
	s, err := Open(ctx, b.TempDir(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docs := storetest.Synthetic(10000, benchDim, 3)
	for i := 0; i < len(docs); i += 2000 {
		if err := s.Upsert(ctx, docs[i:i+2000]); err != nil {
			b.Fatal(err)
		}
	}
	q := storetest.RandomUnit(rand.New(rand.NewPCG(4, 5)), benchDim)
	for _, bc := range []struct {
		name string
		f    retrieval.Filter
	}{
		{"all", retrieval.Filter{}},
		{"year-filter", retrieval.Filter{YearFrom: 2015, YearTo: 2016}},
		{"pool-of-100", retrieval.Filter{IDs: ids(docs[:100])}},
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
	s, err := Open(ctx, b.TempDir(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docs := storetest.LeCaRD(b, 1000)
	for i := 0; i < len(docs); i += 250 {
		if err := s.Upsert(ctx, docs[i:i+250]); err != nil {
			b.Fatal(err)
		}
	}
	q := docs[500].Text[retrieval.FieldFacts]
	for _, bc := range []struct {
		name string
		f    retrieval.Filter
	}{
		{"all", retrieval.Filter{}},
		{"pool-of-100", retrieval.Filter{IDs: ids(docs[450:550])}},
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

func ids(docs []retrieval.Doc) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.ID
	}
	return out
}
