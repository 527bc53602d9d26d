package parse

import (
	"encoding/json"
	"testing"

	"leian/internal/dataset"
	"leian/internal/metrics"
)

// TestSectionsMatchLeCaRD checks the section split on the first LeCaRD
// candidates against the sections LeCaRD itself cut; the full-data numbers
// come from the extract eval suite.
func TestSectionsMatchLeCaRD(t *testing.T) {
	const docs = 150
	sum := map[SectionKind]float64{}
	n := map[SectionKind]int{}
	dataset.Lines(t, "lecard/candidates.jsonl.gz", func(line int, b []byte) bool {
		var c struct{ Qw, Ajjbqk, Cpfxgc, Pjjg string }
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		s := Parse(c.Qw)
		for k, gold := range map[SectionKind]string{Facts: c.Ajjbqk, Reasoning: c.Cpfxgc, Verdict: c.Pjjg} {
			if gold != "" {
				sum[k] += metrics.CharF1(s.SectionText(k), gold)
				n[k]++
			}
		}
		return line < docs
	})
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
	var out []string
	dataset.Lines(tb, "lecard/candidates.jsonl.gz", func(line int, b []byte) bool {
		var c struct{ Qw string }
		if err := json.Unmarshal(b, &c); err != nil {
			tb.Fatalf("line %d: %v", line, err)
		}
		out = append(out, c.Qw)
		return len(out) < n
	})
	return out
}
