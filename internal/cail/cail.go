// Package cail reads cail2018/cases.jsonl as the charge-agreement eval and
// fusion tuning both read it, and decides which of its lines each may use:
// the eval scores every fifth line from line 5 first, so tuning never
// reads those.
package cail

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// File is the cases' path in the bundle.
const File = "cail2018/cases.jsonl"

// Case is one line of the file: the facts and the accusations as the
// source spells them ("[走私、贩卖、运输、制造]毒品", without 罪).
type Case struct {
	Line        int // 1-based
	Facts       string
	Accusations []string
}

// Read reads the file at path.
func Read(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cail2018 cases: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []Case
	for line := 1; sc.Scan(); line++ {
		var r struct {
			Fact string `json:"fact"`
			Meta struct {
				Accusation []string `json:"accusation"`
			} `json:"meta"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("cail2018 cases: %s line %d: %w", path, line, err)
		}
		if strings.TrimSpace(r.Fact) == "" || len(r.Meta.Accusation) == 0 {
			return nil, fmt.Errorf("cail2018 cases: %s line %d: field fact or meta.accusation is empty", path, line)
		}
		out = append(out, Case{Line: line, Facts: r.Fact, Accusations: r.Meta.Accusation})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cail2018 cases: %s: %w", path, err)
	}
	return out, nil
}

// ReadBundle reads the file from the bundle at dataDir.
func ReadBundle(dataDir string) ([]Case, error) { return Read(filepath.Join(dataDir, File)) }

// Folds is how many folds the agreement eval splits the lines into, by
// line number modulo Folds; it scores fold 0 (lines 5, 10, 15, …) first,
// so `--limit N` scores only lines of fold 0 while N is at most its size.
const Folds = 5

// Fold is the fold of a line.
func Fold(line int) int { return line % Folds }

// ScoredFirst reports whether the agreement eval scores line before any
// other fold's: the lines tuning must never read.
func ScoredFirst(line int) bool { return Fold(line) == 0 }

// TuningFold is the fold whose lines fusion tuning grades pushes on, and
// TuningCases how many of them it reads: 300 pushes add about a minute to
// `leian tune` on two cores.
const (
	TuningFold  = 1
	TuningCases = 300
)

// Tuning returns the first n cases of TuningFold (lines 1, 6, 11, …) whose
// facts are neither those of a line the eval scores first nor any of
// excluded (the LeCaRD dev queries' facts): the file repeats some facts on
// several lines, and a tuning case with a scored line's text would be that
// line.
func Tuning(cases []Case, excluded []string, n int) []Case {
	banned := map[string]bool{}
	for _, f := range excluded {
		banned[strings.TrimSpace(f)] = true
	}
	for _, c := range cases {
		if ScoredFirst(c.Line) {
			banned[strings.TrimSpace(c.Facts)] = true
		}
	}
	var out []Case
	for _, c := range cases {
		if len(out) == n {
			break
		}
		if Fold(c.Line) == TuningFold && !banned[strings.TrimSpace(c.Facts)] {
			out = append(out, c)
		}
	}
	return out
}

// ChargeSet spells charges for comparison only: CAIL writes
// "[走私、贩卖、运输、制造]毒品" without 罪, judgments "走私、贩卖、运输、制造毒品罪".
func ChargeSet(cs []string) map[string]bool {
	out := map[string]bool{}
	for _, c := range cs {
		c = strings.NewReplacer("[", "", "]", "", "、", "", " ", "").Replace(c)
		out[strings.TrimSuffix(c, "罪")] = true
	}
	return out
}

// Overlaps reports whether a and b share a charge.
func Overlaps(a, b map[string]bool) bool {
	for c := range a {
		if b[c] {
			return true
		}
	}
	return false
}

// SameSet reports whether a and b hold the same charges.
func SameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for c := range a {
		if !b[c] {
			return false
		}
	}
	return true
}

// AmountLevel is the order of magnitude of an amount in yuan: sentencing
// bands (较大, 巨大, 特别巨大) lie roughly a decade apart.
func AmountLevel(yuan float64) int {
	return int(math.Floor(math.Log10(max(1, yuan))))
}
