package draft

import (
	"slices"
	"testing"

	"leian/corpus/extract"
)

func TestCoRoles(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		names []string
		want  map[string]coRole
	}{
		{"parts listed together", "公诉机关认为，被告人甲在共同犯罪中起主要作用，系主犯；被告人乙、丙起次要作用，系从犯。",
			[]string{"甲", "乙", "丙"}, map[string]coRole{"甲": {role: "主"}, "乙": {role: "从"}, "丙": {role: "从"}}},
		{"one named with 和", "被告人张三和被告人李四起辅助作用。被告人王五系累犯，应当从重处罚。",
			[]string{"王五", "张三", "李四"}, map[string]coRole{"王五": {recidivist: true}, "张三": {role: "从"}, "李四": {role: "从"}}},
		{"a name inside a longer one is the longer one's", "被告人张某甲系从犯。被告人张某参与抢劫。",
			[]string{"张某", "张某甲"}, map[string]coRole{"张某": {}, "张某甲": {role: "从"}}},
		{"从犯 wins over 主犯", "公诉机关认为被告人甲系主犯。本院认为被告人甲起次要作用。",
			[]string{"甲"}, map[string]coRole{"甲": {role: "从"}}},
		{"a cue before any name speaks of none", "主犯在逃。被告人甲参与盗窃。",
			[]string{"甲"}, map[string]coRole{"甲": {}}},
	}
	for _, tt := range tests {
		got := coRoles(tt.facts, tt.names)
		for n, w := range tt.want {
			if got[n] != w {
				t.Errorf("%s: %s is %+v, want %+v", tt.name, n, got[n], w)
			}
		}
	}
}

func TestLaterDefendant(t *testing.T) {
	pen := func(months int) *extract.Penalty { return &extract.Penalty{Kind: "有期徒刑", Months: months} }
	cas := func(ms ...int) precedent {
		var ps []*extract.Penalty
		for _, m := range ms {
			ps = append(ps, pen(m))
		}
		return precedent{penalties: ps}
	}
	first := Penalty{Defendant: "乙", Kind: "有期徒刑", Months: 24, FineYuan: 4000}
	principal, accessory := coRole{role: "主"}, coRole{role: "从"}
	tests := []struct {
		name          string
		same          []precedent
		i             int
		later, leader coRole
		prev          int
		proposal      termProposal
		months        int
		fine          float64
	}{
		{"later defendants got half", []precedent{cas(24, 12), cas(36, 18), cas(12, 6)}, 1, accessory, principal, 24, termProposal{}, 12, 2000},
		{"equal terms", []precedent{cas(24, 24), cas(12, 12), cas(6, 6)}, 1, coRole{}, coRole{}, 24, termProposal{}, 24, 4000},
		// One of three cases repeats the first term: the other two's
		// ratios decide, not a median pulled up by the repeat's 1.0.
		{"a repeat does not count among the ratios", []precedent{cas(24, 24), cas(36, 18), cas(12, 6)}, 1, coRole{}, coRole{}, 24, termProposal{}, 12, 2000},
		// The third defendant: in two of three cases the same as the
		// second, so the previous drafted term (15 months).
		{"most took the previous term", []precedent{cas(24, 12, 12), cas(36, 18, 18), cas(12, 6, 3)}, 2, coRole{}, coRole{}, 15, termProposal{}, 15, 3000},
		// A third defendant sentenced as the first (a repeat of an
		// earlier term, not of the previous one) is no ratio either.
		{"a repeat of the first", []precedent{cas(24, 12, 24), cas(36, 18, 9), cas(12, 6, 3)}, 2, coRole{}, coRole{}, 15, termProposal{}, 6, 1000},
		// Fewer than laterMin cases: the corpus's fit for the second
		// place (0.733 of the distinct terms).
		{"too few cases with two defendants", []precedent{cas(24, 12), cas(36, 18), cas(10)}, 1, coRole{}, coRole{}, 24, termProposal{}, 18, 3000},
		// The corpus's fit for an accessory after a principal (0.524).
		{"accessory after a principal", nil, 1, accessory, principal, 24, termProposal{}, 13, 2000},
		// No group for a principal after an accessory: the place alone.
		{"principal after an accessory", nil, 1, principal, accessory, 24, termProposal{}, 18, 3000},
		// The sixth accessory after a principal: 0.506 of them took the
		// previous term.
		{"sixth accessory after a principal", nil, 5, accessory, principal, 8, termProposal{}, 8, 1000},
		// The prosecution proposed a range for this defendant: its lower
		// end, the fine in step.
		{"own proposal", nil, 1, accessory, principal, 24, termProposal{lo: 6, hi: 12}, 6, 1000},
		{"own proposal equal to the first's term", nil, 1, accessory, principal, 24, termProposal{lo: 24, hi: 24, exact: true}, 24, 4000},
		{"own ceiling above the ratio's term", nil, 1, accessory, principal, 24, termProposal{hi: 18}, 13, 2000},
		// No part stated, no similar case: each later place takes the
		// corpus's ratio, the sixth and later the last.
		{"third, no part", nil, 2, coRole{}, coRole{}, 18, termProposal{}, 13, 2000},
		{"fourth, no part", nil, 3, coRole{}, coRole{}, 13, termProposal{}, 10, 2000},
		{"sixth, no part", nil, 5, coRole{}, coRole{}, 8, termProposal{}, 7, 1000},
		{"ninth, no part", nil, 8, coRole{}, coRole{}, 7, termProposal{}, 7, 1000},
	}
	for _, tt := range tests {
		got := laterDefendant(first, tt.i, tt.same, tt.later, tt.leader, tt.prev, tt.proposal, 0)
		if got.Months != tt.months || got.FineYuan != tt.fine {
			t.Errorf("%s: %d months, fine %.0f; want %d, %.0f", tt.name, got.Months, got.FineYuan, tt.months, tt.fine)
		}
	}
}

func TestLaterFitOf(t *testing.T) {
	tests := []struct {
		name         string
		i            int
		later, first coRole
		want         laterFit
	}{
		{"second, no part", 1, coRole{}, coRole{}, laterFit{0.198, 0.733}},
		{"second accessory after a principal", 1, coRole{role: "从"}, coRole{role: "主"}, laterFit{0.072, 0.524}},
		{"a 累犯 does not change the group", 1, coRole{role: "从", recidivist: true}, coRole{role: "主"}, laterFit{0.072, 0.524}},
		{"no group: the place alone", 3, coRole{role: "主"}, coRole{role: "主"}, laterFit{0.292, 0.410}},
		{"seventh is the sixth's", 6, coRole{role: "从"}, coRole{role: "主"}, laterFit{0.506, 0.333}},
	}
	for _, tt := range tests {
		if got, _ := laterFitOf(tt.i, tt.later, tt.first); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestCircumstanceNames(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		names []string
		want  map[string][]string
	}{
		{"one of two surrendered", "被告人张三于2018年5月1日主动投案。被告人李四被抓获，到案后如实供述。被告人张三到案后亦如实供述。",
			[]string{"张三", "李四"}, map[string][]string{"自首": {"张三"}}},
		{"an accomplice named with another", "被告人甲起主要作用，系主犯；被告人乙、丙起次要作用，系从犯。",
			[]string{"甲", "乙", "丙"}, map[string][]string{"从犯": {"乙", "丙"}}},
		{"a cue with no name belongs to all", "被告人甲、乙伙同盗窃。二被告人到案后均如实供述。被告人乙如实供述。",
			[]string{"甲", "乙"}, map[string][]string{}},
		{"a denial is not the circumstance", "被告人甲主动投案。公诉机关认为被告人乙不构成自首。被告人丙被抓获。",
			[]string{"甲", "乙", "丙"}, map[string][]string{"自首": {"甲"}}},
		{"a circumstance of the crime is not attributed", "被告人甲伙同被告人乙盗窃，被告人乙盗窃未遂。",
			[]string{"甲", "乙"}, map[string][]string{}},
		{"one defendant needs no attribution", "被告人甲主动投案。", []string{"甲"}, nil},
	}
	for _, tt := range tests {
		got := circumstanceNames(tt.facts, tt.names)
		if len(got) != len(tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
			continue
		}
		for k, w := range tt.want {
			if !slices.Equal(got[k], w) {
				t.Errorf("%s: %s is %v, want %v", tt.name, k, got[k], w)
			}
		}
	}
}

func TestMisattributed(t *testing.T) {
	names := []string{"张三", "李四"}
	by := map[string][]string{"自首": {"张三"}, "从犯": {"李四"}}
	tests := []struct {
		sent string
		want bool
	}{
		{"被告人张三、李四犯罪以后自动投案，如实供述自己的罪行，是自首。", true},
		{"被告人张三犯罪以后自动投案，是自首，可以从轻处罚。", false},
		{"被告人李四系自首，依法可以从轻处罚。", true},
		{"被告人张三在共同犯罪中起次要作用，是从犯。", true},
		{"被告人李四在共同犯罪中起次要作用，是从犯。", false},
		{"被告人张三、李四的行为均已构成盗窃罪。", false},
		{"其有自首情节，可以从轻处罚。", false},
	}
	for _, tt := range tests {
		if got := misattributed(tt.sent, names, by); got != tt.want {
			t.Errorf("misattributed(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
	if misattributed("被告人张三、李四是自首。", names, nil) {
		t.Error("with no attribution nothing is misattributed")
	}
}

func TestLaterDefendantAfterLife(t *testing.T) {
	pen := func(kind string, months int) *extract.Penalty { return &extract.Penalty{Kind: kind, Months: months} }
	life := pen("无期徒刑", 0)
	cas := func(ps ...*extract.Penalty) precedent { return precedent{penalties: ps} }
	lifeFirst := Penalty{Defendant: "甲", Kind: "无期徒刑", FineYuan: 100000}
	death := Penalty{Defendant: "甲", Kind: "死刑"}
	principal, accessory := coRole{role: "主"}, coRole{role: "从"}
	tests := []struct {
		name          string
		first         Penalty
		same          []precedent
		i             int
		later, leader coRole
		proposal      termProposal
		term          int
		kind          string
		months        int
		fine          float64
	}{
		// Most similar cases whose first defendant got life gave their
		// second life too.
		{"similar cases' seconds got life", lifeFirst, []precedent{cas(life, life), cas(pen("死刑", 0), life), cas(life, pen("有期徒刑", 120))},
			1, coRole{}, coRole{}, termProposal{}, 0, "无期徒刑", 0, 100000},
		// Their seconds mostly got fixed terms: the weighted median, the
		// fine scaled from the estimator's term for the case.
		{"similar cases' seconds got terms", lifeFirst, []precedent{cas(life, pen("有期徒刑", 144)), cas(life, pen("有期徒刑", 120)), cas(life, life), cas(life, pen("有期徒刑", 96))},
			1, coRole{}, coRole{}, termProposal{}, 200, "有期徒刑", 120, 50000},
		// A proposed ceiling rules out life whatever the cases say.
		{"own ceiling against life cases", lifeFirst, []precedent{cas(life, life), cas(life, life), cas(life, life)},
			1, accessory, principal, termProposal{hi: 60}, 0, "有期徒刑", 60, 30000},
		// The cases whose first defendant got a fixed term say nothing of
		// a life case: the estimator's term times the accessory's ratio.
		{"cases with a fixed-term first do not count", lifeFirst, []precedent{cas(pen("有期徒刑", 60), pen("有期徒刑", 36)), cas(pen("有期徒刑", 48), pen("有期徒刑", 24)), cas(pen("有期徒刑", 36), pen("有期徒刑", 12))},
			1, accessory, principal, termProposal{}, 200, "有期徒刑", 105, 50000},
		// Fewer than laterMin cases, no estimator term: fifteen years
		// times the second place's ratio (0.733), the fine snapped to
		// the nearest amount courts write.
		{"no evidence: fifteen years scaled", lifeFirst, []precedent{cas(life, life)},
			1, coRole{}, coRole{}, termProposal{}, 0, "有期徒刑", 132, 100000},
		{"own proposal after death", death, nil, 2, coRole{}, coRole{}, termProposal{lo: 96, hi: 120}, 0, "有期徒刑", 96, 0},
		{"own proposal of 拘役 after life", lifeFirst, []precedent{cas(life, life, life), cas(life, life, life), cas(life, life, life)},
			2, coRole{}, coRole{}, termProposal{lo: 4, hi: 4, exact: true}, 0, "拘役", 4, 2000},
	}
	for _, tt := range tests {
		got := laterDefendant(tt.first, tt.i, tt.same, tt.later, tt.leader, 0, tt.proposal, tt.term)
		if got.Kind != tt.kind || got.Months != tt.months || got.FineYuan != tt.fine {
			t.Errorf("%s: %s %d months, fine %.0f; want %s %d, %.0f", tt.name, got.Kind, got.Months, got.FineYuan, tt.kind, tt.months, tt.fine)
		}
	}
}
