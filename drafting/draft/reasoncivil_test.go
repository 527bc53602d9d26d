package draft

import (
	"slices"
	"testing"
)

func TestWithCivilClaim(t *testing.T) {
	finding, basis := theftReasoning()
	tests := []struct {
		name      string
		facts     string
		names     []string
		reasoning []Sentence
		want      string // the sentence before the basis
	}{
		{"claim with heads", "附带民事诉讼原告人何某、何某1诉称：因被告人冉淑慧的犯罪行为给他们造成的经济损失医疗费4328.06元、丧葬费32772.5元、死亡赔偿金643860元，共计680960.56元，请求依法判决冉淑慧赔偿。", []string{"冉淑慧"}, nil,
			"被告人冉淑慧的犯罪行为给附带民事诉讼原告人何某、何某1造成的经济损失，依法应予赔偿。附带民事诉讼原告人何某、何某1请求赔偿医疗费、丧葬费、死亡赔偿金等经济损失，其合理部分本院予以支持。"},
		{"claim without heads", "附带民事诉讼原告人高某甲要求：1、对被告人马守才从重处罚。2、判令被告人赔偿其损失29160元。", []string{"马守才"}, nil,
			"被告人马守才的犯罪行为给附带民事诉讼原告人高某甲造成的经济损失，依法应予赔偿。"},
		{"two defendants", "附带民事诉讼原告人许某提出如下诉讼请求：要求被告人甲、乙赔偿医药费、误工费、护理费等各项损失合计人民币2万元。", []string{"甲", "乙"}, nil,
			"被告人甲、乙的犯罪行为给附带民事诉讼原告人许某造成的经济损失，依法应予赔偿。附带民事诉讼原告人许某请求赔偿医药费、误工费、护理费等经济损失，其合理部分本院予以支持。"},
		{"no plaintiff", "被告人甲赔偿了被害人医疗费5000元。", []string{"甲"}, nil, finding.Text},
		{"already spoken of", "附带民事诉讼原告人乙诉称，请求赔偿医疗费。", []string{"甲"},
			[]Sentence{{Text: "被告人甲应承担民事赔偿责任。"}}, "被告人甲应承担民事赔偿责任。"},
	}
	for _, tt := range tests {
		in := slices.Concat([]Sentence{finding}, tt.reasoning, []Sentence{basis})
		got := withCivilClaim(in, tt.facts, tt.names)
		if got[len(got)-1] != basis {
			t.Errorf("%s: the basis is no longer last", tt.name)
		}
		if before := got[len(got)-2].Text; before != tt.want {
			t.Errorf("%s: before the basis %q, want %q", tt.name, before, tt.want)
		}
	}
}
