package evals

import (
	"slices"
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
		for _, c := range agreementOrder(cases, limit, 0) {
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

// TestAgreementOrderFold checks that --fold puts that fold's lines first,
// in line order, and that the default still scores lines 5, 10, 15, …
// first.
func TestAgreementOrderFold(t *testing.T) {
	var cases []cail.Case
	for line := 1; line <= 12; line++ {
		cases = append(cases, cail.Case{Line: line})
	}
	for _, tc := range []struct {
		first, limit int
		want         []int
	}{
		{0, 3, []int{5, 10, 1}},
		{2, 3, []int{2, 7, 12}},
		{4, 4, []int{4, 9, 5, 10}},
	} {
		var got []int
		for _, c := range agreementOrder(cases, tc.limit, tc.first) {
			got = append(got, c.Line)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("agreementOrder(fold %d, limit %d) = %v, want %v", tc.first, tc.limit, got, tc.want)
		}
	}
}
