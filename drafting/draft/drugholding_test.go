package draft

import "testing"

func TestWithHoldingTerm(t *testing.T) {
	life := func() *Recommendation { return &Recommendation{Kind: "无期徒刑"} }
	top := []PrecedentSentence{
		{Kind: "有期徒刑", Months: 96, FineYuan: 20000, Weight: 1},
		{Kind: "有期徒刑", Months: 120, FineYuan: 30000, Weight: 0.8},
		{Kind: "有期徒刑", Months: 36, FineYuan: 5000, Weight: 0.6}, // below the top tier
		{Kind: "无期徒刑", Weight: 0.5},
	}
	tests := []struct {
		name       string
		rec        *Recommendation
		charge     string
		p          termProposal
		ps         []PrecedentSentence
		wantKind   string
		wantMonths int
		wantFine   float64
	}{
		{"the similar cases' top-tier terms", life(), holdingCharge, termProposal{}, top, "有期徒刑", 96, 20000},
		{"no top-tier case: the corpus median", life(), holdingCharge, termProposal{}, top[2:], "有期徒刑", holdingTerm, holdingFine},
		{"life proposed", life(), holdingCharge, termProposal{life: true}, top, "无期徒刑", 0, 0},
		{"another charge", life(), "贩卖毒品罪", termProposal{}, top, "无期徒刑", 0, 0},
		{"a fixed term stays", &Recommendation{Kind: "有期徒刑", Months: 90, FineYuan: 10000}, holdingCharge, termProposal{}, top, "有期徒刑", 90, 10000},
	}
	for _, tt := range tests {
		withHoldingTerm(tt.rec, tt.charge, tt.p, tt.ps)
		if tt.rec.Kind != tt.wantKind || tt.rec.Months != tt.wantMonths || tt.rec.FineYuan != tt.wantFine {
			t.Errorf("%s: %s %d months fine %v, want %s %d fine %v", tt.name, tt.rec.Kind, tt.rec.Months, tt.rec.FineYuan, tt.wantKind, tt.wantMonths, tt.wantFine)
		}
	}
	withHoldingTerm(nil, holdingCharge, termProposal{}, top) // no panic
}
