package judge

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// readmeRows reads the 6-decimal table of judge/baselines/README.md:
// file → its 12 metric cells and 3 counts.
func readmeRows(t *testing.T, dir string) map[string][]float64 {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "judge", "baselines", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows := map[string][]float64{}
	in6 := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "### 6 decimals") {
			in6 = true
		}
		if !in6 || !strings.HasPrefix(l, "| ") {
			continue
		}
		cells := strings.Split(strings.Trim(l, "|"), "|")
		if len(cells) != 16 {
			continue
		}
		file := strings.Trim(strings.TrimSpace(cells[2]), "`")
		if file == "–" {
			file = "expected"
		}
		var vals []float64
		for _, c := range cells[3:] {
			v, err := strconv.ParseFloat(strings.TrimSpace(c), 64)
			if err != nil {
				break
			}
			vals = append(vals, v)
		}
		if len(vals) == 13 {
			rows[file] = vals
		}
	}
	return rows
}

// TestReproducesBaselineTable scores the 18 baseline files and the
// reference against itself and compares with the README: calc.py's
// metrics to 4 decimals (and 6), METEOR within ±0.005, counts exactly.
func TestReproducesBaselineTable(t *testing.T) {
	dir := dataDir(t)
	tk, err := DefaultTokenizer()
	if err != nil {
		t.Fatal(err)
	}
	exp := expectedDocs(t)
	rows := readmeRows(t, dir)
	if len(rows) != 19 {
		t.Fatalf("README table: %d rows, want 19", len(rows))
	}
	for _, name := range append([]string{"expected"}, baselineFiles...) {
		gen := exp
		if name != "expected" {
			if gen, err = ReadDocs(filepath.Join(dir, "judge", "baselines", name)); err != nil {
				t.Fatal(err)
			}
		}
		m := map[string]string{}
		for _, d := range gen {
			m[d.ID] = d.Document
		}
		s, err := Score(tk, exp, m)
		if err != nil {
			t.Fatal(err)
		}
		want := rows[name]
		got := []float64{s.Time, s.Amount, s.ChargeR, s.ChargeP, s.ChargeF1, s.ArticleR, s.ArticleP, s.ArticleF1, s.ReasonMeteor, s.JudgmentMeteor}
		for i, g := range got {
			tol := 5e-7 // the README's 6 decimals
			if i >= 8 {
				tol = 0.005
			}
			if math.Abs(g-want[i]) > tol {
				t.Errorf("%s metric %d: %.6f, README %.6f", name, i, g, want[i])
			}
		}
		if counts := []int{s.MeteorN, s.TimeN, s.AmountN}; fmt.Sprint(counts) != fmt.Sprint([]int{int(want[10]), int(want[11]), int(want[12])}) {
			t.Errorf("%s counts (METEOR n, time_num, amount_num) %v, README %v", name, counts, want[10:])
		}
		t.Logf("%-45s reasonΔ %+.6f judgmentΔ %+.6f", name, s.ReasonMeteor-want[8], s.JudgmentMeteor-want[9])
	}
}
