package storetest

import (
	"testing"
	"time"

	"leian/retrieval"
	"leian/retrieval/analysis"
)

func TestZZTiming(t *testing.T) {
	docs := LeCaRD(t, 200)
	analysis.Load()
	var bytes int
	t0 := time.Now()
	for _, d := range docs {
		bytes += len(d.Text[retrieval.FieldFull])
		analysis.SearchTokens(d.Text[retrieval.FieldFull])
	}
	t.Logf("search tokens full: %d bytes %v", bytes, time.Since(t0))
	t0 = time.Now()
	for _, d := range docs {
		analysis.Simplify(d.Text[retrieval.FieldFull])
	}
	t.Logf("simplify full: %v", time.Since(t0))
	t0 = time.Now()
	for _, d := range docs {
		analysis.Bigrams(d.Text[retrieval.FieldFacts])
	}
	t.Logf("bigrams facts: %v", time.Since(t0))
	t0 = time.Now()
	for _, d := range docs[:20] {
		analysis.Tokens(d.Text[retrieval.FieldFacts])
	}
	t.Logf("tokens 20 facts: %v", time.Since(t0))
}
