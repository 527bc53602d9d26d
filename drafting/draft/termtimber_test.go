package draft

import "testing"

func TestTimberQuantity(t *testing.T) {
	tests := []struct {
		name         string
		facts        string
		cubic, trees float64
	}{
		{"volume and count", "滥伐集体人工林杨树2176株，造成419.1437立方米的林木损失。", 419.1437, 2176},
		{"largest of several", "被砍伐林木原木材积5.441立方米；被砍伐的3株树木活立木蓄积为2.57立方米", 5.441, 3},
		{"full-width", "林木蓄积为５６．２立方米", 56.2, 0},
		{"none", "被告人在未办理林木采伐许可证的情况下砍伐杨树。", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, n := timberQuantity(tt.facts)
			if c != tt.cubic || n != tt.trees {
				t.Errorf("timberQuantity = %v m³, %v trees; want %v, %v", c, n, tt.cubic, tt.trees)
			}
		})
	}
}

func TestWithTimberTier(t *testing.T) {
	const huge = "滥伐集体人工林杨树2176株，造成419.1437立方米的林木损失。"
	tests := []struct {
		name   string
		charge string
		facts  string
		p      termProposal
		in     Recommendation
		months int
	}{
		{"huge volume raised to the floor", timberCharge, huge, termProposal{}, Recommendation{Kind: "有期徒刑", Months: 8, ProbationMonths: 12}, 36},
		{"huge tree count", timberCharge, "砍伐根茎6cm以下，不计算蓄积的林木达7037株。", termProposal{}, Recommendation{Kind: "有期徒刑", Months: 12}, 36},
		{"large, not huge", timberCharge, "砍伐的林木蓄积共计为35.111立方米", termProposal{}, Recommendation{Kind: "有期徒刑", Months: 8}, 8},
		{"an accomplice may be mitigated", timberCharge, huge + "被告人甲起次要作用，系从犯。", termProposal{}, Recommendation{Kind: "有期徒刑", Months: 8}, 8},
		{"a proposal stands", timberCharge, huge, termProposal{lo: 12, hi: 24}, Recommendation{Kind: "有期徒刑", Months: 18}, 18},
		{"already above", timberCharge, huge, termProposal{}, Recommendation{Kind: "有期徒刑", Months: 48}, 48},
		{"other charge", "盗窃罪", huge, termProposal{}, Recommendation{Kind: "有期徒刑", Months: 8}, 8},
		{"拘役 becomes a fixed term", timberCharge, huge, termProposal{}, Recommendation{Kind: "拘役", Months: 5}, 36},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.in
			withTimberTier(&r, tt.charge, tt.facts, tt.p)
			if r.Months != tt.months {
				t.Errorf("months = %d, want %d", r.Months, tt.months)
			}
			if r.Months >= timberHugeFloor && r.Kind != "有期徒刑" {
				t.Errorf("kind = %s, want 有期徒刑", r.Kind)
			}
			if r.ProbationMonths > 0 && r.ProbationMonths < r.Months {
				t.Errorf("probation %d shorter than the term %d", r.ProbationMonths, r.Months)
			}
		})
	}
}
