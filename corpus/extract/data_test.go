package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"leian/internal/dataset"
)

// lecardDoc returns the full text of LeCaRD candidate id.
func lecardDoc(t *testing.T, id string) string { return lecardDocTB(t, id) }

func lecardDocTB(t testing.TB, id string) string {
	t.Helper()
	prefix := `{"id": "` + id + `"`
	var text string
	found := false
	dataset.Lines(t, "lecard/candidates.jsonl.gz", func(line int, b []byte) bool {
		if !strings.HasPrefix(string(b), prefix) {
			return true
		}
		var c struct{ Qw string }
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		text, found = c.Qw, true
		return false
	})
	if !found {
		t.Fatalf("lecard candidate %s not found", id)
	}
	return text
}

func TestExtractCriminal(t *testing.T) {
	e := Extract(lecardDoc(t, "13"), nil) // 叶勇、刘月、周文发等诈骗罪一案, five defendants
	if e.CaseType != "criminal" || !slices.Equal(e.Charges, []string{"诈骗罪"}) {
		t.Fatalf("case type %q charges %v", e.CaseType, e.Charges)
	}
	want := map[string]int{"刘月": 36, "叶勇": 26, "周文发": 24, "苏佳兴": 24, "赵中华": 23}
	if len(e.Defendants) != len(want) {
		t.Fatalf("defendants %+v", e.Defendants)
	}
	for _, d := range e.Defendants {
		if d.Penalty == nil || d.Penalty.Months != want[d.Name] || d.Penalty.FineYuan == 0 {
			t.Errorf("%s penalty %+v, want %d months with a fine", d.Name, d.Penalty, want[d.Name])
		}
	}
	hasKind := func(cs []Circumstance, k string) bool {
		return slices.ContainsFunc(cs, func(c Circumstance) bool { return c.Kind == k })
	}
	if !hasKind(e.Defendants[1].Circumstances, "从犯") || hasKind(e.Defendants[0].Circumstances, "从犯") {
		t.Errorf("从犯 should bind to 叶勇 only: %+v / %+v", e.Defendants[0].Circumstances, e.Defendants[1].Circumstances)
	}
	if len(e.Amounts) == 0 {
		t.Error("no amounts in the facts")
	}
}

func TestExtractCivil(t *testing.T) {
	f, err := os.Open(dataset.Path(t, "civil/cail2020_sfzy_train20.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	want := []struct{ cause, outcome string }{
		{"侵权责任纠纷", "驳回"}, {"租赁合同纠纷", "驳回"}, {"租赁合同纠纷", "支持"},
	}
	for i := 0; i < len(want) && sc.Scan(); i++ {
		var rec struct{ Text []struct{ Sentence string } }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, s := range rec.Text {
			lines = append(lines, s.Sentence)
		}
		e := Extract(strings.Join(lines, "\n"), nil)
		if e.CaseType != "civil" || e.Cause != want[i].cause || e.Outcome != want[i].outcome {
			t.Errorf("record %d: type %q cause %q outcome %q, want civil %q %q", i+1, e.CaseType, e.Cause, e.Outcome, want[i].cause, want[i].outcome)
		}
	}
}

// BenchmarkExtract parses and extracts LeCaRD candidate 13 (five defendants).
func BenchmarkExtract(b *testing.B) {
	text := lecardDocTB(b, "13")
	for b.Loop() {
		Extract(text, nil)
	}
}
