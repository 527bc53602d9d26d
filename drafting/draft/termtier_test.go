package draft

import (
	"testing"

	"leian/corpus/rules"
	"leian/drafting/sentencing"
)

func TestWithTierFloor(t *testing.T) {
	// 交通肇事后逃逸或者有其他特别恶劣情节的，处三年以上七年以下有期徒刑 (art. 133).
	flight := &sentencing.TierLaw{Tier: rules.Tier{MinMonths: 36, MaxMonths: 84, Kinds: []string{"有期徒刑"}}}
	basic := &sentencing.TierLaw{Tier: rules.Tier{MinMonths: 0, MaxMonths: 36, Kinds: []string{"有期徒刑", "拘役"}}}
	tests := []struct {
		name   string
		in     Recommendation
		est    sentencing.Recommendation
		p      termProposal
		voted  bool
		kind   string
		months int
	}{
		{"below an unmitigated floor", Recommendation{Kind: "有期徒刑", Months: 19}, sentencing.Recommendation{Tier: flight}, termProposal{}, false, "有期徒刑", 36},
		{"拘役 below a floor", Recommendation{Kind: "拘役", Months: 5}, sentencing.Recommendation{Tier: flight}, termProposal{}, false, "有期徒刑", 36},
		{"mitigated (自首)", Recommendation{Kind: "有期徒刑", Months: 19}, sentencing.Recommendation{Tier: flight, Mitigated: true}, termProposal{}, false, "有期徒刑", 19},
		{"within the tier", Recommendation{Kind: "有期徒刑", Months: 42}, sentencing.Recommendation{Tier: flight}, termProposal{}, false, "有期徒刑", 42},
		{"basic tier", Recommendation{Kind: "拘役", Months: 4}, sentencing.Recommendation{Tier: basic}, termProposal{}, false, "拘役", 4},
		{"no tier", Recommendation{Kind: "有期徒刑", Months: 8}, sentencing.Recommendation{}, termProposal{}, false, "有期徒刑", 8},
		{"a proposal stands", Recommendation{Kind: "有期徒刑", Months: 19}, sentencing.Recommendation{Tier: flight}, termProposal{lo: 18, hi: 24}, false, "有期徒刑", 19},
		{"a voted charge lifts nothing", Recommendation{Kind: "有期徒刑", Months: 19}, sentencing.Recommendation{Tier: flight}, termProposal{}, true, "有期徒刑", 19},
		{"life is not a term", Recommendation{Kind: "无期徒刑"}, sentencing.Recommendation{Tier: flight}, termProposal{}, false, "无期徒刑", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.in
			withTierFloor(&r, tt.est, tt.p, tt.voted)
			if r.Kind != tt.kind || r.Months != tt.months {
				t.Errorf("got %s %d, want %s %d", r.Kind, r.Months, tt.kind, tt.months)
			}
		})
	}
}
