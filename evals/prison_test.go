package evals

import (
	"slices"
	"testing"

	"leian/corpus/rules"
)

// TestPrisonQuestion: a LawBench 3-4 question gives its facts, charges and
// the articles that resolve selective charge names.
func TestPrisonQuestion(t *testing.T) {
	tests := []struct {
		q       string
		facts   string
		charges []string
		cited   []rules.ArticleNo
	}{
		{"事实:被告人盗窃现金3723元。\n罪名:盗窃。法条:刑法第264条", "被告人盗窃现金3723元。", []string{"盗窃"}, []rules.ArticleNo{{Number: 264}}},
		{"事实:被告人容留他人卖淫。罪名:[组织、强迫、引诱、容留、介绍]卖淫;非法拘禁。法条:刑法第359条、第238条", "被告人容留他人卖淫。",
			[]string{"[组织、强迫、引诱、容留、介绍]卖淫", "非法拘禁"}, []rules.ArticleNo{{Number: 359}, {Number: 238}}},
		{"事实:被告人殴打他人。", "被告人殴打他人。", nil, nil},
	}
	for _, tt := range tests {
		facts, charges, cited := prisonQuestion(tt.q)
		if facts != tt.facts || !slices.Equal(charges, tt.charges) || !slices.Equal(cited, tt.cited) {
			t.Errorf("prisonQuestion(%q) = %q %v %v, want %q %v %v", tt.q, facts, charges, cited, tt.facts, tt.charges, tt.cited)
		}
	}
}
