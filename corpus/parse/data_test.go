package parse

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"

	"leian/evals/metrics"
	"leian/internal/dataset"
)

// TestSectionsMatchLeCaRD checks the section split on the first LeCaRD
// candidates against the sections LeCaRD itself cut; the full-data numbers
// come from the extract eval suite.
func TestSectionsMatchLeCaRD(t *testing.T) {
	const docs = 150
	f, err := os.Open(dataset.Path(t, "lecard/candidates.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	sum := map[SectionKind]float64{}
	n := map[SectionKind]int{}
	for i := 0; i < docs && sc.Scan(); i++ {
		var c struct{ Qw, Ajjbqk, Cpfxgc, Pjjg string }
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		s := Parse(c.Qw)
		for k, gold := range map[SectionKind]string{Facts: c.Ajjbqk, Reasoning: c.Cpfxgc, Verdict: c.Pjjg} {
			if gold != "" {
				sum[k] += metrics.CharF1(s.SectionText(k), gold)
				n[k]++
			}
		}
	}
	for _, k := range []SectionKind{Facts, Reasoning, Verdict} {
		if n[k] == 0 {
			t.Fatalf("no %s labels read", k)
		}
		if f1 := sum[k] / float64(n[k]); f1 < 0.97 {
			t.Errorf("%s char F1 %.4f over %d documents, want ≥ 0.97", k, f1, n[k])
		}
	}
}

// BenchmarkParse parses the first 50 LeCaRD judgments per iteration.
func BenchmarkParse(b *testing.B) {
	texts := lecardTexts(b, 50)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Parse(t)
		}
	}
}

func lecardTexts(tb testing.TB, n int) []string {
	f, err := os.Open(dataset.Path(tb, "lecard/candidates.jsonl.gz"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []string
	for len(out) < n && sc.Scan() {
		var c struct{ Qw string }
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			tb.Fatal(err)
		}
		out = append(out, c.Qw)
	}
	return out
}
