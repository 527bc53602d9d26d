package draft

import (
	"slices"
	"strings"
	"testing"
)

func TestUnnamedSurrender(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		names []string
		want  []string
	}{
		{"to the police", "2015年10月12日，被告人许某到公安机关投案，并如实供述了犯罪事实。", []string{"许某"}, []string{"许某"}},
		{"to a named bureau", "被告人陈宗明于2017年8月8日向儋州市公安局投案，如实供述了上述事实。", []string{"陈宗明"}, []string{"陈宗明"}},
		{"waited at the scene", "被告人李同岑明知有人报警，在超市门口等待民警，到案后如实供述了犯罪事实。", []string{"李同岑"}, nil},
		{"waited at the scene, so worded", "被告人邢某某让围观群众帮助报警，一直在现场等候，后如实供述了其犯罪事实。", []string{"邢某某"}, []string{"邢某某"}},
		{"telephone summons", "被告人张港口经公安机关电话通知到案，到案后如实供述了犯罪事实。", []string{"张港口"}, []string{"张港口"}},
		{"one of two", "被告人甲被抓获归案。被告人乙主动向公安机关投案，并如实供述了自己的罪行。", []string{"甲", "乙"}, []string{"乙"}},
		{"no confession", "被告人赵某到公安机关投案，但未如实供述主要犯罪事实。", []string{"赵某"}, nil},
		{"confessed apart", "2015年2月9日，被告人夏某某向公安机关投案。被告人夏某某归案后如实供述了犯罪事实。", []string{"夏某某"}, []string{"夏某某"}},
		{"assent at trial", "被告人吴某于2015年8月28日主动至公安机关投案。上述事实，被告人吴某在开庭审理过程中亦无异议。", []string{"吴某"}, []string{"吴某"}},
		{"denied in its sentence, lone", "同年10月31日，被告人董某甲被电话传唤到案，但并未如实供述其主要犯罪事实。被告人董某甲到案后如实供述了故意伤害的事实。", []string{"董某甲"}, nil},
		{"confessed apart, one of two", "被告人乙向公安机关投案。被告人甲、乙归案后如实供述了犯罪事实。", []string{"甲", "乙"}, nil},
		{"counsel's claim", "辩护人认为，被告人甲到公安机关投案，如实供述了罪行，系自首。", []string{"甲"}, nil},
		{"not surrendered", "被告人甲并非主动投案，到案后如实供述了罪行。", []string{"甲"}, nil},
		{"already named", "被告人甲主动投案，如实供述了罪行，系自首。", []string{"甲"}, nil},
	}
	for _, tt := range tests {
		got := unnamedSurrender(readFacts(tt.facts), tt.names)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestReasoningInferredSurrender(t *testing.T) {
	tests := []struct {
		name, reasoning string
		surrender       bool
	}{
		{"nothing said of the confession",
			"本院认为，被告人甲以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。", true},
		{"the adapted case already says 坦白",
			"本院认为，被告人甲以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。被告人甲经公安机关传唤后主动到案，并如实供述其罪行，系坦白，依法可以从轻处罚。", false},
	}
	facts := "公诉机关指控，被告人乙秘密窃取他人财物。被告人乙于2016年5月3日到公安机关投案，并如实供述了犯罪事实。"
	for _, tt := range tests {
		same := []precedent{{id: "p1", defendants: []string{"甲"}, reasoning: tt.reasoning}}
		text := (&Offline{}).reasoning(readFacts(facts), []string{"乙"}, []string{"盗窃罪"}, []string{"盗窃罪"}, same, nil).Text()
		if got := strings.Contains(text, "自首"); got != tt.surrender {
			t.Errorf("%s: 自首 %v, want %v:\n%s", tt.name, got, tt.surrender, text)
		}
	}
}
