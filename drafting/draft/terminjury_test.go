package draft

import (
	"math"
	"testing"

	"leian/drafting/sentencing"
)

func TestWithMinorInjury(t *testing.T) {
	one := []string{"刘峰"}
	light := func(grade int) sentencing.Recommendation {
		var r sentencing.Recommendation
		r.Facts.Injury = grade
		return r
	}
	dead := light(6)
	dead.Facts.Deaths = 1
	tests := []struct {
		name  string
		q     SentenceQuery
		est   sentencing.Recommendation
		p     termProposal
		want  float64
		noted bool
	}{
		// 致被害人张某左侧第7肋骨骨折，经鉴定为轻伤二级。
		{"轻伤二级", SentenceQuery{Charge: "故意伤害罪", Defendants: one}, light(2), termProposal{}, 14 * minorInjuryScale, true},
		// 经鉴定，被害人的损伤程度为轻伤一级。
		{"轻伤一级", SentenceQuery{Charge: "故意伤害罪", Defendants: one}, light(3), termProposal{}, 14 * minorInjuryScale, true},
		// 经鉴定，被害人王某的损伤程度为重伤二级。
		{"重伤 stays", SentenceQuery{Charge: "故意伤害罪", Defendants: one}, light(4), termProposal{}, 14, false},
		{"a death stays", SentenceQuery{Charge: "故意伤害罪", Defendants: one}, dead, termProposal{}, 14, false},
		{"no injury read", SentenceQuery{Charge: "故意伤害罪", Defendants: one}, light(0), termProposal{}, 14, false},
		{"another charge", SentenceQuery{Charge: "寻衅滋事罪", Defendants: one}, light(2), termProposal{}, 14, false},
		{"several defendants", SentenceQuery{Charge: "故意伤害罪", Defendants: []string{"刘峰", "王某"}}, light(2), termProposal{}, 14, false},
		// 建议判处被告人有期徒刑一年至二年。
		{"a proposed range decides", SentenceQuery{Charge: "故意伤害罪", Defendants: one}, light(2), termProposal{lo: 12, hi: 24}, 14, false},
		{"a proposed ceiling decides", SentenceQuery{Charge: "故意伤害罪", Defendants: one}, light(2), termProposal{hi: 18}, 14, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var trace []string
			got := withMinorInjury(14, tt.q, tt.est, tt.p, &trace)
			if math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("got %.3f, want %.3f", got, tt.want)
			}
			if (len(trace) > 0) != tt.noted {
				t.Errorf("trace %q, noted %v", trace, tt.noted)
			}
		})
	}
}
