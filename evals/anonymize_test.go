package evals

import (
	"encoding/json"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"leian/corpus/anonymize"
	"leian/internal/dataset"
)

// TestAnonGenerator fills the masks of real LeCaRD judgments and checks
// that every truth span holds well-formed data of its kind, that the same
// mask always becomes the same name, and that the run is reproducible.
func TestAnonGenerator(t *testing.T) {
	idRe := regexp.MustCompile(`^[1-9]\d{16}[\dX]$`)
	var texts []string
	dataset.Lines(t, "lecard/candidates.jsonl.gz", func(_ int, b []byte) bool {
		var r struct{ Qw string }
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, r.Qw)
		return len(texts) < 200
	})
	kinds := map[anonymize.Kind]int{}
	for i, text := range texts {
		g := generate(text, rand.New(rand.NewPCG(1, uint64(i))))
		again := generate(text, rand.New(rand.NewPCG(1, uint64(i))))
		if g.text != again.text {
			t.Fatalf("document %d: the same seed gave two texts", i)
		}
		names := map[string]string{}
		for _, tr := range g.truths {
			v := g.text[tr.s:tr.e]
			kinds[tr.kind]++
			switch tr.kind {
			case anonymize.Name:
				if n := utf8.RuneCountInString(v); n < 2 || n > 3 || strings.Contains(v, "某") {
					t.Errorf("document %d: name %q", i, v)
				}
				if prev, ok := names[tr.person]; ok && prev != v {
					t.Errorf("document %d: mask %s became %q and %q", i, tr.person, prev, v)
				}
				names[tr.person] = v
			case anonymize.IDNumber:
				if !idRe.MatchString(v) || genIDCheck(v[:17]) != v[17] {
					t.Errorf("document %d: ID %q malformed", i, v)
				}
			case anonymize.BankCard:
				if !luhnOK(v) {
					t.Errorf("document %d: card %q fails Luhn", i, v)
				}
			}
		}
	}
	for _, k := range []anonymize.Kind{anonymize.Name, anonymize.BirthDate, anonymize.Plate, anonymize.Address} {
		if kinds[k] == 0 {
			t.Errorf("no %s generated in %d judgments", k, len(texts))
		}
	}
}

func genIDCheck(s string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := range 17 {
		sum += int(s[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}
