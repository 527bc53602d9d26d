package judge

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/yanyiwu/gojieba"
)

// TestTokenizerAgreement measures token equality with Python jieba 0.42.1
// on the reference's 9,914 dev section texts.
func TestTokenizerAgreement(t *testing.T) {
	tk, err := DefaultTokenizer()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("tables: %s", tk.Source)
	same, n := agreement(t, tk.Cut)
	min := 0.99
	if strings.HasPrefix(tk.Source, "Python") {
		min = 1 // the same tables and algorithm: every token must agree
	}
	if float64(same) < min*float64(n) {
		t.Errorf("tokenizer agrees with Python jieba on only %d/%d texts", same, n)
	}
}

// TestGojiebaAgreement measures gojieba itself (cppjieba's MixSegment) and
// our algorithm on gojieba's tables, for the record.
func TestGojiebaAgreement(t *testing.T) {
	if testing.Short() {
		t.Skip("measurement only")
	}
	g := gojieba.NewJieba()
	defer g.Free()
	same, n := agreement(t, func(s string) []string { return g.Cut(s, true) })
	t.Logf("gojieba Cut(text, true): identical on %d/%d texts (%.2f%%)", same, n, 100*float64(same)/float64(n))
	tk, err := LoadTokenizer(gojieba.DICT_PATH, gojieba.HMM_PATH)
	if err != nil {
		t.Fatal(err)
	}
	same, n = agreement(t, tk.Cut)
	t.Logf("jieba's algorithm on gojieba's tables: identical on %d/%d texts (%.2f%%)", same, n, 100*float64(same)/float64(n))
	if float64(same) < 0.99*float64(n) {
		t.Errorf("only %d/%d texts agree on gojieba's tables", same, n)
	}
}

func agreement(t *testing.T, cut func(string) []string) (same, n int) {
	t.Helper()
	f, err := os.Open(filepath.Join(dataDir(t), "judge", "reference", "jieba-tokens-dev.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	shown := 0
	for sc.Scan() {
		var r struct {
			Text   string   `json:"text"`
			Tokens []string `json:"tokens"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		got := cut(r.Text)
		n++
		if slices.Equal(got, r.Tokens) {
			same++
			continue
		}
		if shown < 3 {
			shown++
			for i := range min(len(got), len(r.Tokens)) {
				if got[i] != r.Tokens[i] {
					t.Logf("text %d token %d: got %q want %q", n, i, got[i:min(i+5, len(got))], r.Tokens[i:min(i+5, len(r.Tokens))])
					break
				}
			}
		}
	}
	t.Logf("tokens identical on %d/%d texts (%.2f%%)", same, n, 100*float64(same)/float64(n))
	return same, n
}
