package draft

import (
	"slices"
	"strings"
	"testing"
)

// theftReasoning is a lone thief's finding and the basis sentence, between
// which the reasoning's weighing sentences are written.
func theftReasoning() (finding, basis Sentence) {
	return Sentence{Text: "本院认为，被告人甲以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。"},
		Sentence{Text: "依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：\n"}
}

func TestWithPrior(t *testing.T) {
	finding, basis := theftReasoning()
	tests := []struct {
		name  string
		facts string
		names []string
		drug  bool
		want  string // the sentence before the basis
	}{
		{"a stated record", "公诉机关认为，被告人甲有犯罪前科，建议从重处罚。", []string{"甲"}, false,
			"被告人甲有犯罪前科，可酌情从重处罚。"},
		{"a former sentence", "另查明，被告人甲曾因犯盗窃罪于2012年被判处有期徒刑六个月。", []string{"甲"}, false,
			"被告人甲有犯罪前科，可酌情从重处罚。"},
		{"only the named of two", "被告人乙曾因犯盗窃罪被判处拘役三个月。被告人甲到案后如实供述。", []string{"甲", "乙"}, false,
			"被告人乙有犯罪前科，可酌情从重处罚。"},
		{"unnamed of two: whose is unknown", "经查，有前科。", []string{"甲", "乙"}, false, finding.Text},
		{"denied", "证实被告人甲无违法犯罪前科；未发现其有犯罪记录。", []string{"甲"}, false, finding.Text},
		{"counsel's plea", "辩护人提出，被告人甲系初犯，没有前科。", []string{"甲"}, false, finding.Text},
		{"the evidence's name", "户籍证明、前科查询证明等证据。", []string{"甲"}, false, finding.Text},
		{"a probation period: punished together", "被告人甲曾因犯盗窃罪被判处有期徒刑一年，缓刑二年，在缓刑考验期内又犯新罪。", []string{"甲"}, false, finding.Text},
		{"a recidivist", "被告人甲曾因犯盗窃罪被判处有期徒刑，系累犯。", []string{"甲"}, false, finding.Text},
		{"a drug repeat", "被告人甲曾因贩卖毒品罪于2010年被判处有期徒刑一年。", []string{"甲"}, true,
			"被告人甲曾因毒品犯罪被判处刑罚，又犯贩卖毒品罪，系毒品再犯，依法应当从重处罚。"},
		{"no record", "被告人甲到案后如实供述自己的罪行。", []string{"甲"}, false, finding.Text},
	}
	for _, tt := range tests {
		f := readFacts(tt.facts)
		got := withPrior(slices.Clone([]Sentence{finding, basis}), f, tt.names, tt.drug, "贩卖毒品罪")
		if got[len(got)-1] != basis {
			t.Errorf("%s: the basis is no longer last", tt.name)
		}
		if before := got[len(got)-2].Text; before != tt.want {
			t.Errorf("%s: before the basis %q, want %q", tt.name, before, tt.want)
		}
	}
	weighed := []Sentence{{Text: "本院认为，被告人甲有前科，酌情从重处罚。"}, basis}
	if got := withPrior(slices.Clone(weighed), readFacts("被告人甲有前科。"), []string{"甲"}, false, "盗窃罪"); len(got) != 2 {
		t.Errorf("a reasoning weighing the record already got %q", got[1].Text)
	}
}

func TestPriorEvidence(t *testing.T) {
	finding, basis := theftReasoning()
	tests := []struct {
		name  string
		facts string
		names []string
		want  string
	}{
		{"a former judgment in the proofs", "上述事实，有户籍证明、刑事判决书、释放证明书等证据证实。", []string{"甲"}, "被告人甲有犯罪前科，可酌情从重处罚。"},
		{"a co-defendant's judgment", "上述事实，有户籍证明、同案人员刑事判决书等证据证实。", []string{"甲"}, finding.Text},
		{"denied", "有刑事判决书等证据证实。辩护人提出被告人甲系初犯。", []string{"甲"}, finding.Text},
		{"several: whose is unknown", "有刑事判决书等证据证实。", []string{"甲", "乙"}, finding.Text},
	}
	for _, tt := range tests {
		got := withPrior(slices.Clone([]Sentence{finding, basis}), readFacts(tt.facts), tt.names, false, "盗窃罪")
		if before := got[len(got)-2].Text; before != tt.want {
			t.Errorf("%s: before the basis %q, want %q", tt.name, before, tt.want)
		}
		// A record read only from the proofs is flagged for checking.
		if added := got[len(got)-2]; added.Text != finding.Text && !strings.Contains(added.Note, "请核对") {
			t.Errorf("%s: note %q does not ask the assistant to check the record", tt.name, added.Note)
		}
	}
}
