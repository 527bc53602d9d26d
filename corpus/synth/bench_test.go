package synth

import (
	"context"
	"io"
	"testing"
)

// BenchmarkGenerate writes 1,000 records from 300 real LeCaRD judgments.
func BenchmarkGenerate(b *testing.B) {
	docs := lecard(b, 300)
	for b.Loop() {
		if _, err := Generate(context.Background(), docs, io.Discard, Options{N: 1000, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
