package draft

import (
	"slices"
	"testing"
)

func TestWithPaidFine(t *testing.T) {
	finding, basis := theftReasoning()
	tests := []struct {
		name  string
		facts string
		names []string
		want  string // the sentence before the basis
	}{
		{"paid in advance", "案发后，被告人甲预缴罚金人民币5000元。", []string{"甲"}, "被告人甲积极缴纳罚金，有悔罪表现，可酌情从轻处罚。"},
		{"paid by the family", "其家属代为缴纳罚金。", []string{"甲"}, "被告人甲积极缴纳罚金，有悔罪表现，可酌情从轻处罚。"},
		{"only the named of two", "被告人乙已预缴罚金。被告人甲到案后如实供述。", []string{"甲", "乙"}, "被告人乙积极缴纳罚金，有悔罪表现，可酌情从轻处罚。"},
		{"not paid", "被告人甲至今未缴纳罚金。", []string{"甲"}, finding.Text},
		{"a former sentence's", "被告人甲曾因犯盗窃罪被判处拘役三个月，并处罚金1000元，罚金已缴纳。", []string{"甲"}, finding.Text},
		{"nothing paid", "被告人甲到案后如实供述。", []string{"甲"}, finding.Text},
	}
	for _, tt := range tests {
		got := withPaidFine(slices.Clone([]Sentence{finding, basis}), tt.facts, tt.names)
		if got[len(got)-1] != basis {
			t.Errorf("%s: the basis is no longer last", tt.name)
		}
		if before := got[len(got)-2].Text; before != tt.want {
			t.Errorf("%s: before the basis %q, want %q", tt.name, before, tt.want)
		}
	}
}
