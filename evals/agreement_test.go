package evals

import (
	"strings"
	"testing"

	"leian/internal/cail"
	"leian/internal/dataset"
	"leian/internal/lecard"
)

// TestAgreementLinesNeverTuned fails if `leian tune`'s agreement objective
// (cail.Tuning, as the command calls it) reads a line `leian eval agreement
// --limit N` scores, or a case with such a line's facts or a LeCaRD dev
// query's, for the limits the README reports and the whole first fold.
func TestAgreementLinesNeverTuned(t *testing.T) {
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	cases, err := cail.ReadBundle(dir)
	if err != nil {
		t.Fatal(err)
	}
	set, err := lecard.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	dev := map[string]bool{}
	var devFacts []string
	for _, q := range set.Queries {
		dev[strings.TrimSpace(q.Facts)] = true
		devFacts = append(devFacts, q.Facts)
	}
	tuning := cail.Tuning(cases, devFacts, cail.TuningCases)
	if len(tuning) != cail.TuningCases {
		t.Fatalf("tuning reads %d cases, want %d", len(tuning), cail.TuningCases)
	}
	firstFold := 0
	for _, c := range cases {
		if cail.ScoredFirst(c.Line) {
			firstFold++
		}
	}
	for _, limit := range []int{120, 400, firstFold} {
		scoredLine, scoredFacts := map[int]bool{}, map[string]bool{}
		for _, c := range agreementOrder(cases, limit) {
			scoredLine[c.Line], scoredFacts[strings.TrimSpace(c.Facts)] = true, true
		}
		for _, c := range tuning {
			f := strings.TrimSpace(c.Facts)
			if scoredLine[c.Line] || scoredFacts[f] || dev[f] {
				t.Errorf("--limit %d: tuning reads line %d (scored %v, a scored line's facts %v, a dev query's %v)",
					limit, c.Line, scoredLine[c.Line], scoredFacts[f], dev[f])
			}
		}
	}
}
