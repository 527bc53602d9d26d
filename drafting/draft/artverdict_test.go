package draft

import (
	"slices"
	"testing"

	"leian/corpus/cite"
)

// TestVerdictArticles: 第六十九条 needs one defendant with several charges
// (or the facts citing it), 第二十五条 a charge two defendants share, and an
// exemption brings 第三十七条; a charge's article goes when the verdict
// convicts no one of it, unless a defendant's own charges were not read.
func TestVerdictArticles(t *testing.T) {
	o := ruledOffline(t)
	base := []Article{
		{Law: criminalLaw, Number: 264, Why: "盗窃罪的罪状与法定刑"},
		{Law: criminalLaw, Number: 312, Why: "掩饰、隐瞒犯罪所得罪的罪状与法定刑"},
		{Law: criminalLaw, Number: 25},
		{Law: criminalLaw, Number: 69},
	}
	theft := wordedCharge{charge: "盗窃罪", written: "盗窃罪"}
	fence := wordedCharge{charge: "掩饰、隐瞒犯罪所得罪", written: "掩饰、隐瞒犯罪所得罪"}
	tests := []struct {
		name  string
		facts caseFacts
		own   map[string][]wordedCharge
		pens  []Penalty
		want  []int
	}{
		{"thief and fence", caseFacts{}, map[string][]wordedCharge{"甲": {theft}, "乙": {fence}},
			[]Penalty{{Defendant: "甲", Kind: "有期徒刑"}, {Defendant: "乙", Kind: "有期徒刑"}}, []int{264, 312}},
		{"joint theft, one also a fence", caseFacts{}, map[string][]wordedCharge{"甲": {theft, fence}, "乙": {theft}},
			[]Penalty{{Defendant: "甲", Kind: "有期徒刑"}, {Defendant: "乙", Kind: "有期徒刑"}}, []int{264, 312, 25, 69}},
		{"facts cite both", caseFacts{articles: []cite.Citation{{Law: criminalLaw, Article: 25}, {Law: criminalLaw, Article: 69}}},
			map[string][]wordedCharge{"甲": {theft}, "乙": {fence}},
			[]Penalty{{Defendant: "甲", Kind: "有期徒刑"}, {Defendant: "乙", Kind: "有期徒刑"}}, []int{264, 312, 25, 69}},
		{"one defendant, two charges", caseFacts{}, map[string][]wordedCharge{"甲": {theft, fence}},
			[]Penalty{{Defendant: "甲", Kind: "有期徒刑"}}, []int{264, 312, 25, 69}},
		{"exempted", caseFacts{}, map[string][]wordedCharge{"甲": {theft}},
			[]Penalty{{Defendant: "甲", Kind: "免予刑事处罚"}}, []int{264, 25, 37}},
		{"no one convicted of the fence's charge", caseFacts{}, map[string][]wordedCharge{"甲": {theft}, "乙": {theft}},
			[]Penalty{{Defendant: "甲", Kind: "有期徒刑"}, {Defendant: "乙", Kind: "有期徒刑"}}, []int{264, 25}},
		{"a defendant's charges unread", caseFacts{}, map[string][]wordedCharge{"甲": {theft}},
			[]Penalty{{Defendant: "甲", Kind: "有期徒刑"}, {Defendant: "乙", Kind: "有期徒刑"}}, []int{264, 312}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, a := range o.verdictArticles(base, tt.facts, tt.own, tt.pens) {
				got = append(got, a.Number)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("articles %v, want %v", got, tt.want)
			}
		})
	}
}
