package judge

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// baselineFiles are the 18 JuDGE baseline outputs on the dev ids, plus the
// reference scored against itself.
var baselineFiles = []string{
	"direct/qwen2.5-3B-Instruct-direct.jsonl", "direct/qwen2.5-7B-Instruct-direct.jsonl",
	"law_llm/hanfei/hanfei-direct.jsonl", "law_llm/lexilaw/lexilaw-direct.jsonl",
	"fewshot/qwen2.5-3B-Instruct.jsonl", "fewshot/qwen2.5-7B-Instruct.jsonl",
	"law_llm/hanfei/hanfei-fewshot.jsonl", "law_llm/lexilaw/lexilaw-fewshot.jsonl",
	"finetune/qwen2.5-3B.jsonl", "finetune/qwen2.5-3B-Instruct.jsonl",
	"finetune/qwen2.5-7B.jsonl", "finetune/qwen2.5-7B-Instruct.jsonl",
	"law_llm/hanfei/hanfei-finetune.jsonl", "law_llm/lexilaw/lexilaw-finetune.jsonl",
	"multi/qwen2.5-3B.jsonl", "multi/qwen2.5-3B-Instruct.jsonl",
	"multi/qwen2.5-7B.jsonl", "multi/qwen2.5-7B-Instruct.jsonl",
}

func readRefDocs(t *testing.T, path string) []DocScore {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []DocScore
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d DocScore
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

func expectedDocs(t *testing.T) []Doc {
	t.Helper()
	cases, err := ReadCases(filepath.Join(dataDir(t), "judge", "judge.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]Doc, len(cases))
	for i, c := range cases {
		docs[i] = Doc{ID: c.TextID, Document: c.FD}
	}
	return docs
}

func same(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// TestPerDocumentReference compares every extraction and METEOR value with
// the upstream scorer's, document by document, for all 18 baselines and
// the reference against itself.
func TestPerDocumentReference(t *testing.T) {
	dir := dataDir(t)
	tk, err := DefaultTokenizer()
	if err != nil {
		t.Fatal(err)
	}
	exp := expectedDocs(t)
	files := append([]string{""}, baselineFiles...)
	var extractBad, meteorBad, meteorN int
	var maxDiff float64
	for _, name := range files {
		gen := exp
		refPath := filepath.Join(dir, "judge", "reference", "per-document", "expected.jsonl")
		if name != "" {
			if gen, err = ReadDocs(filepath.Join(dir, "judge", "baselines", name)); err != nil {
				t.Fatal(err)
			}
			refPath = filepath.Join(dir, "judge", "reference", "per-document", name)
		}
		ref := readRefDocs(t, refPath)
		if len(ref) != len(exp) || len(gen) != len(exp) {
			t.Fatalf("%s: %d reference lines, %d generated, %d expected", name, len(ref), len(gen), len(exp))
		}
		for i, e := range exp {
			got := ScoreDoc(tk, e.ID, e.Document, gen[i].Document)
			want := ref[i]
			if got.ID != want.ID {
				t.Fatalf("%s line %d: id %s, reference %s", name, i+1, got.ID, want.ID)
			}
			for _, c := range []struct {
				field     string
				got, want []string
			}{{"ec", got.EC, want.EC}, {"gc", got.GC, want.GC}, {"el", got.EL, want.EL}, {"gl", got.GL, want.GL}} {
				if !same(c.got, c.want) {
					extractBad++
					t.Errorf("%s %s: %s = %q, want %q", name, e.ID, c.field, c.got, c.want)
				}
			}
			for _, c := range []struct {
				field     string
				got, want int
			}{{"et", got.ET, want.ET}, {"gt", got.GT, want.GT}, {"ea", got.EA, want.EA}, {"ga", got.GA, want.GA}} {
				if c.got != c.want {
					extractBad++
					t.Errorf("%s %s: %s = %d, want %d", name, e.ID, c.field, c.got, c.want)
				}
			}
			if (got.ReasonMeteor == nil) != (want.ReasonMeteor == nil) {
				t.Errorf("%s %s: METEOR skipped = %v, reference skipped = %v", name, e.ID, got.ReasonMeteor == nil, want.ReasonMeteor == nil)
				continue
			}
			if got.ReasonMeteor == nil {
				continue
			}
			for _, p := range [][2]float64{{*got.ReasonMeteor, *want.ReasonMeteor}, {*got.JudgmentMeteor, *want.JudgmentMeteor}} {
				meteorN++
				d := math.Abs(p[0] - p[1])
				maxDiff = max(maxDiff, d)
				if d > 1e-9 {
					meteorBad++
				}
			}
		}
	}
	t.Logf("extraction mismatches: %d; METEOR values off by >1e-9: %d/%d (max |diff| %.4g)", extractBad, meteorBad, meteorN, maxDiff)
	if float64(meteorBad) > 0.02*float64(meteorN) {
		t.Errorf("%d/%d METEOR values differ from the reference", meteorBad, meteorN)
	}
}
