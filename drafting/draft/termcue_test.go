package draft

import (
	"math"
	"testing"

	"leian/corpus/rules"
	"leian/drafting/sentencing"
)

func TestWithCueScale(t *testing.T) {
	factor := func(kind string, w float64) float64 {
		for _, c := range cueScales {
			if c.kind == kind {
				return math.Exp(w*c.missed + (1-w)*c.effect)
			}
		}
		t.Fatalf("no factor for %s", kind)
		return 0
	}
	back, prior, alone := factor("退赃退赔", 0.5), factor("累犯", 0.5), factor("累犯", 1)
	if back >= 1 || prior <= 1 || alone <= 1 || alone >= prior {
		t.Fatalf("factors 退赃 %.3f, 累犯 %.3f, 累犯 by the estimator alone %.3f", back, prior, alone)
	}
	// 盗窃罪: 数额较大 三年以下; 数额巨大 三年以上十年以下 (art. 264).
	basic := &sentencing.TierLaw{Tier: rules.Tier{MinMonths: 0, MaxMonths: 36}}
	large := &sentencing.TierLaw{Tier: rules.Tier{MinMonths: 36, MaxMonths: 120}}
	one := []string{"张三"}
	tests := []struct {
		name  string
		m, w  float64
		q     SentenceQuery
		est   sentencing.Recommendation
		p     termProposal
		want  float64
		noted bool
	}{
		// 被告人李某系累犯。
		{"累犯 raises", 20, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"坦白", "累犯"}}, sentencing.Recommendation{Tier: basic}, termProposal{}, 20 * prior, true},
		{"the estimator alone (w = 1)", 20, 1, SentenceQuery{Defendants: one, Circumstances: []string{"累犯"}}, sentencing.Recommendation{Tier: basic}, termProposal{}, 20 * alone, true},
		// 案发后，被告人冯某退出赃款人民币150万元。
		{"退赃 lowers", 20, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"退赃退赔"}}, sentencing.Recommendation{Tier: basic}, termProposal{}, 20 * back, true},
		{"both", 20, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"累犯", "退赃退赔"}}, sentencing.Recommendation{}, termProposal{}, 20 * back * prior, true},
		{"no cue", 20, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"自首", "前科"}}, sentencing.Recommendation{Tier: basic}, termProposal{}, 20, false},
		{"several defendants", 20, 0.5, SentenceQuery{Defendants: []string{"张三", "李四"}, Circumstances: []string{"累犯"}}, sentencing.Recommendation{}, termProposal{}, 20, false},
		{"a proposed range decides", 20, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"累犯"}}, sentencing.Recommendation{}, termProposal{lo: 18, hi: 24}, 20, false},
		{"a proposed ceiling decides", 20, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"累犯"}}, sentencing.Recommendation{}, termProposal{hi: 24}, 20, false},
		{"a proposed life sentence decides", 200, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"累犯"}}, sentencing.Recommendation{}, termProposal{life: true}, 200, false},
		{"raised at most to the tier's maximum", 34, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"累犯"}}, sentencing.Recommendation{Tier: basic}, termProposal{}, 36, true},
		{"a term above the maximum is not lowered by the cap", 40, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"累犯"}}, sentencing.Recommendation{Tier: basic}, termProposal{}, 40, true},
		{"a voted charge's tier caps nothing", 34, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"累犯"}, Guessed: true}, sentencing.Recommendation{Tier: basic}, termProposal{}, 34 * prior, true},
		{"lowered at least to the tier's minimum", 40, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"退赃退赔"}}, sentencing.Recommendation{Tier: large}, termProposal{}, 36, true},
		{"below the minimum when 减轻 is open", 40, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"退赃退赔"}}, sentencing.Recommendation{Tier: large, Mitigated: true}, termProposal{}, 40 * back, true},
		{"a term already below the minimum is left to withTierFloor", 30, 0.5, SentenceQuery{Defendants: one, Circumstances: []string{"退赃退赔"}}, sentencing.Recommendation{Tier: large}, termProposal{}, 30, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var trace []string
			got := withCueScale(tt.m, tt.w, tt.q, tt.est, tt.p, &trace)
			if math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("got %.3f, want %.3f", got, tt.want)
			}
			if (len(trace) > 0) != tt.noted {
				t.Errorf("trace %q, noted %v", trace, tt.noted)
			}
		})
	}
}
