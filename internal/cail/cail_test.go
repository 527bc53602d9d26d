package cail

import (
	"fmt"
	"testing"
)

// TestTuning: tuning never reads a line the agreement eval scores first,
// nor another line with such a line's facts or a dev query's, and reads
// lines of its own fold in order up to n.
func TestTuning(t *testing.T) {
	var cases []Case
	for line := 1; line <= 40; line++ {
		cases = append(cases, Case{Line: line, Facts: fmt.Sprintf("事实%d", line), Accusations: []string{"盗窃"}})
	}
	cases[6-1].Facts = "事实10"  // line 6 repeats scored line 10
	cases[11-1].Facts = "查询甲 " // line 11 is a dev query (spaces aside)
	for _, tt := range []struct {
		name string
		dev  []string
		n    int
		want []int
	}{
		{"all", []string{"查询甲"}, 100, []int{1, 16, 21, 26, 31, 36}},
		{"first n", []string{"查询甲"}, 2, []int{1, 16}},
		{"no dev queries", nil, 3, []int{1, 11, 16}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Tuning(cases, tt.dev, tt.n)
			var lines []int
			for _, c := range got {
				lines = append(lines, c.Line)
				if ScoredFirst(c.Line) {
					t.Errorf("tuning reads line %d, which the eval scores", c.Line)
				}
			}
			if fmt.Sprint(lines) != fmt.Sprint(tt.want) {
				t.Errorf("Tuning lines = %v, want %v", lines, tt.want)
			}
		})
	}
}

// TestChargeAgreement: charges compare across CAIL's and the judgments'
// spellings, and amounts by their decade.
func TestChargeAgreement(t *testing.T) {
	gold := ChargeSet([]string{"[走私、贩卖、运输、制造]毒品"})
	for _, tt := range []struct {
		got           []string
		overlap, same bool
	}{
		{[]string{"走私、贩卖、运输、制造毒品罪"}, true, true},
		{[]string{"走私、贩卖、运输、制造毒品罪", "容留他人吸毒罪"}, true, false},
		{[]string{"盗窃罪"}, false, false},
	} {
		g := ChargeSet(tt.got)
		if Overlaps(gold, g) != tt.overlap || SameSet(gold, g) != tt.same {
			t.Errorf("%v: overlap %v same %v, want %v %v", tt.got, Overlaps(gold, g), SameSet(gold, g), tt.overlap, tt.same)
		}
	}
	for _, tt := range []struct {
		yuan float64
		want int
	}{{0, 0}, {999, 2}, {1000, 3}, {2183, 3}, {678000, 5}} {
		if got := AmountLevel(tt.yuan); got != tt.want {
			t.Errorf("AmountLevel(%v) = %d, want %d", tt.yuan, got, tt.want)
		}
	}
}
