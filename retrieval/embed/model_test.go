package embed

import (
	"context"
	"encoding/json"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"leian/internal/dataset"
)

// lecardTexts reads the facts of the first n LeCaRD candidates.
func lecardTexts(t *testing.T, n int) []string {
	t.Helper()
	var out []string
	dataset.Lines(t, "lecard/candidates.jsonl.gz", func(line int, b []byte) bool {
		var rec struct{ Ajjbqk string }
		if err := json.Unmarshal(b, &rec); err != nil {
			t.Fatalf("candidate line %d: %v", line, err)
		}
		out = append(out, rec.Ajjbqk)
		return len(out) < n
	})
	return out
}

func trainSmall(t *testing.T, texts []string) *Model {
	t.Helper()
	o := DefaultTrainOptions()
	o.Dim, o.MaxTerms, o.MinDF = 32, 5000, 2
	each := func(fn func(string) error) error {
		for _, s := range texts {
			if err := fn(s); err != nil {
				return err
			}
		}
		return nil
	}
	m, err := Train(context.Background(), each, o)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestModelRoundTrip(t *testing.T) {
	texts := lecardTexts(t, 200)
	m := trainSmall(t, texts)
	if m.Dim != 32 {
		t.Fatalf("dim %d, want 32", m.Dim)
	}
	path := filepath.Join(t.TempDir(), "embedder.gob")
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts[:20] {
		a, b := m.Embed(text), got.Embed(text)
		if !slices.Equal(a, b) {
			t.Fatalf("embedding differs after reload for %.20q", text)
		}
		var n float64
		for _, x := range a {
			n += float64(x) * float64(x)
		}
		if math.Abs(n-1) > 1e-5 {
			t.Errorf("|v|² = %g, want 1", n)
		}
	}
	if _, err := Load(path, nil, "gse"); err == nil {
		t.Error("loading with a different tokenizer succeeded")
	}
	if v := m.Embed("!!!"); v != nil {
		t.Errorf("text without known terms embedded as %v", v[:3])
	}
}

func TestModelFindsItself(t *testing.T) {
	texts := lecardTexts(t, 200)
	m := trainSmall(t, texts)
	vs, err := m.EmbedDocuments(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	// A document's first half should be nearest to the whole document.
	hits := 0
	for i := 0; i < 50; i++ {
		rs := []rune(texts[i])
		q := m.Embed(string(rs[:len(rs)/2]))
		best, bestSim := -1, -2.0
		for j, v := range vs {
			if s := dot(q, v); s > bestSim {
				best, bestSim = j, s
			}
		}
		if best == i {
			hits++
		}
	}
	if hits < 40 {
		t.Errorf("half-document found its document %d of 50 times, want ≥ 40", hits)
	}
}

func dot(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}
