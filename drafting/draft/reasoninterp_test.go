package draft

import (
	"slices"
	"testing"
)

func TestInterpApplies(t *testing.T) {
	civil := "《最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释》第十七条"
	procedure := "《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第一百五十五条"
	surrender := "《最高人民法院关于处理自首和立功具体应用法律若干问题的解释》第一条"
	theft := "《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条"
	tests := []struct {
		name, facts string
		want        []string
	}{
		{"a civil claim: the civil ones apply", "附带民事诉讼原告人张某请求赔偿医疗费。被告人甲殴打张某。", []string{civil, procedure, theft}},
		{"no civil claim", "被告人甲殴打张某，致其轻伤。", []string{theft}},
		{"自首 stated", "被告人甲主动投案，如实供述。", []string{surrender, theft}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := applicableInterps([]string{civil, procedure, surrender, theft}, readFacts(tt.facts)); !slices.Equal(got, tt.want) {
				t.Errorf("applicableInterps = %q, want %q", got, tt.want)
			}
		})
	}
}
