package draft

import "testing"

func TestWithRequestedProbationCap(t *testing.T) {
	asked := "被告人到案后如实供述。辩护人请求对被告人从轻处罚并适用缓刑。"
	tests := []struct {
		name    string
		facts   string
		names   []string
		charges []string
		p       termProposal
		kind    string
		months  int
		want    int
	}{
		{"asked, within a year above three years", asked, []string{"甲"}, []string{"盗窃罪"}, termProposal{}, "有期徒刑", 45, 36},
		{"asked, just above", asked, []string{"甲"}, []string{"盗窃罪"}, termProposal{}, "有期徒刑", 37, 36},
		{"asked, more than a year above", asked, []string{"甲"}, []string{"盗窃罪"}, termProposal{}, "有期徒刑", 49, 49},
		{"asked, already suspendable", asked, []string{"甲"}, []string{"盗窃罪"}, termProposal{}, "有期徒刑", 30, 30},
		{"nobody asks", "被告人到案后如实供述。", []string{"甲"}, []string{"盗窃罪"}, termProposal{}, "有期徒刑", 45, 45},
		{"negated request", "公诉机关建议不予适用缓刑。", []string{"甲"}, []string{"盗窃罪"}, termProposal{}, "有期徒刑", 45, 45},
		{"revocation", "建议撤销对被告人宣告的缓刑。", []string{"甲"}, []string{"盗窃罪"}, termProposal{}, "有期徒刑", 45, 45},
		{"several defendants", asked, []string{"甲", "乙"}, []string{"盗窃罪"}, termProposal{}, "有期徒刑", 45, 45},
		{"several charges", asked, []string{"甲"}, []string{"盗窃罪", "诈骗罪"}, termProposal{}, "有期徒刑", 45, 45},
		{"a proposed term decides", asked, []string{"甲"}, []string{"盗窃罪"}, termProposal{lo: 42, hi: 48}, "有期徒刑", 45, 45},
		{"life", asked, []string{"甲"}, []string{"盗窃罪"}, termProposal{}, "无期徒刑", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &Recommendation{Kind: tt.kind, Months: tt.months}
			withRequestedProbationCap(rec, tt.facts, tt.names, tt.charges, tt.p)
			if rec.Months != tt.want {
				t.Errorf("months = %d, want %d", rec.Months, tt.want)
			}
		})
	}
	withRequestedProbationCap(nil, asked, []string{"甲"}, []string{"盗窃罪"}, termProposal{}) // no recommendation: no panic
}
