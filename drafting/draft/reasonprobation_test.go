package draft

import (
	"slices"
	"testing"
)

func TestWithProbation(t *testing.T) {
	basis := Sentence{Text: "依照《中华人民共和国刑法》第二百六十四条、第七十二条第一款、第七十三条第二款之规定，判决如下：\n"}
	finding := Sentence{Text: "本院认为，被告人叶某以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。"}
	tests := []struct {
		name  string
		sents []Sentence
		pens  []Penalty
		want  string // the sentence before the basis
	}{
		{"suspended", []Sentence{finding, basis}, []Penalty{{Defendant: "叶某", ProbationMonths: 12}},
			"鉴于被告人叶某犯罪情节较轻，有悔罪表现，没有再犯罪的危险，宣告缓刑对所居住社区没有重大不良影响，依法可以宣告缓刑。"},
		{"only the suspended of two", []Sentence{finding, basis}, []Penalty{{Defendant: "甲"}, {Defendant: "乙", ProbationMonths: 24}},
			"鉴于被告人乙犯罪情节较轻，有悔罪表现，没有再犯罪的危险，宣告缓刑对所居住社区没有重大不良影响，依法可以宣告缓刑。"},
		{"not suspended", []Sentence{finding, basis}, []Penalty{{Defendant: "叶某"}}, finding.Text},
		{"the reasoning already speaks of it", []Sentence{finding, {Text: "根据被告人叶某的犯罪情节和悔罪表现，适用缓刑确实不致再危害社会，可宣告缓刑。"}, basis},
			[]Penalty{{Defendant: "叶某", ProbationMonths: 12}}, "根据被告人叶某的犯罪情节和悔罪表现，适用缓刑确实不致再危害社会，可宣告缓刑。"},
	}
	for _, tt := range tests {
		got := withProbation(slices.Clone(tt.sents), probationers(tt.pens))
		if got[len(got)-1] != basis {
			t.Errorf("%s: the basis is no longer last", tt.name)
		}
		if before := got[len(got)-2].Text; before != tt.want {
			t.Errorf("%s: before the basis %q, want %q", tt.name, before, tt.want)
		}
	}
}
