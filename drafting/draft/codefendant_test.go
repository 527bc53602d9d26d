package draft

import (
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
	two := func(a, b int) precedent { return precedent{penalties: []*extract.Penalty{pen(a), pen(b)}} }
	first := Penalty{Defendant: "乙", Kind: "有期徒刑", Months: 24, FineYuan: 4000}
	principal, accessory := coRole{role: "主"}, coRole{role: "从"}
	tests := []struct {
		name          string
		same          []precedent
		later, leader coRole
		proposal      termProposal
		months        int
		fine          float64
	}{
		{"later defendants got half", []precedent{two(24, 12), two(36, 18), two(12, 6)}, accessory, principal, termProposal{}, 12, 2000},
		// Fewer than laterMin cases: the corpus's ratio for the second place (0.833).
		{"too few cases with two defendants", []precedent{two(24, 12), two(36, 18), {penalties: []*extract.Penalty{pen(10)}}}, coRole{}, coRole{}, termProposal{}, 20, 3000},
		{"equal terms", []precedent{two(24, 24), two(12, 12), two(6, 6)}, coRole{}, coRole{}, termProposal{}, 24, 4000},
		// The corpus's ratio for an accessory after a principal (0.556).
		{"accessory after a principal", nil, accessory, principal, termProposal{}, 13, 2000},
		// A recidivist second defendant, parts not stated (0.959).
		{"recidivist", nil, coRole{recidivist: true}, coRole{}, termProposal{}, 23, 4000},
		// No group for a recidivist principal after an accessory: the
		// parts alone (0.956).
		{"recidivist principal after an accessory", nil, coRole{role: "主", recidivist: true}, accessory, termProposal{}, 23, 4000},
		// The prosecution proposed a range for this defendant: its lower
		// end, the fine in step.
		{"own proposal", nil, accessory, principal, termProposal{lo: 6, hi: 12}, 6, 1000},
		{"own proposal equal to the first's term", nil, accessory, principal, termProposal{lo: 24, hi: 24, exact: true}, 24, 4000},
		{"own ceiling above the ratio's term", nil, accessory, principal, termProposal{hi: 18}, 13, 2000},
	}
	for _, tt := range tests {
		got := laterDefendant(first, 1, tt.same, tt.later, tt.leader, tt.proposal)
		if got.Months != tt.months || got.FineYuan != tt.fine {
			t.Errorf("%s: %d months, fine %.0f; want %d, %.0f", tt.name, got.Months, got.FineYuan, tt.months, tt.fine)
		}
	}
	// With no similar case of as many defendants and no part stated, each
	// later place takes the corpus's ratio: the sixth and later the last.
	for i, want := range map[int]int{2: 15, 3: 12, 5: 7, 8: 7} {
		if got := laterDefendant(first, i, nil, coRole{}, coRole{}, termProposal{}); got.Months != want {
			t.Errorf("defendant %d with no similar case: %d months, want %d", i+1, got.Months, want)
		}
	}
}
