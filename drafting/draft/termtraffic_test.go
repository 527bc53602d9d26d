package draft

import "testing"

func TestTrafficGrave(t *testing.T) {
	tests := []struct {
		name, facts string
		want        bool
	}{
		{"the tier named, three deaths and the main blame (tune)",
			"公诉机关认为，被告人康喜安违反交通运输管理法规，因而发生重大事故，致三人死亡，负事故主要责任，属于交通肇事有其他特别恶劣情节，其行为触犯了《中华人民共和国刑法》第一百三十三条", true},
		{"two deaths and the main blame, the tier unnamed (tune)",
			"公诉机关认为，被告人张某违反交通运输管理法规，发生重大事故，致二人死亡，一人轻伤，负事故的主要责任，其行为已触犯《中华人民共和国刑法》第一百三十三条之规定", true},
		{"one death and an escape: the estimator's tier (tune)",
			"被告人李华香违反交通运输管理法规，致一人当场死亡，发生交通肇事后逃逸，其行为触犯了《中华人民共和国刑法》第一百三十三条", false},
		{"a serious injury and the main blame (tune)",
			"造成王某乙受伤及两车受损的重大交通事故。经遂川县公安局交警大队认定，被告人郭某负此次事故的主要责任。", false},
		{"the tier denied by counsel (corpus)",
			"故陈凤生对事故发生不起主要作用，不应承担主要责任，更不属情节特别恶劣的情况。", false},
	}
	for _, tt := range tests {
		if got := trafficGrave(tt.facts); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestWithTrafficTier(t *testing.T) {
	facts := "公诉机关认为，被告人康喜安违反交通运输管理法规，因而发生重大事故，致三人死亡，负事故主要责任，属于交通肇事有其他特别恶劣情节。"
	tests := []struct {
		name   string
		charge string
		rec    Recommendation
		p      termProposal
		want   int
	}{
		{"raised to three years", trafficCharge, Recommendation{Kind: "有期徒刑", Months: 11, ProbationMonths: 12}, termProposal{}, 36},
		{"a proposal stands", trafficCharge, Recommendation{Kind: "有期徒刑", Months: 11}, termProposal{lo: 12, hi: 24}, 11},
		{"another charge", "危险驾驶罪", Recommendation{Kind: "拘役", Months: 3}, termProposal{}, 3},
		{"longer already", trafficCharge, Recommendation{Kind: "有期徒刑", Months: 48}, termProposal{}, 48},
	}
	for _, tt := range tests {
		r := tt.rec
		withTrafficTier(&r, tt.charge, facts, tt.p)
		if r.Months != tt.want || (r.ProbationMonths > 0 && r.ProbationMonths < r.Months) {
			t.Errorf("%s: %d months (probation %d), want %d", tt.name, r.Months, r.ProbationMonths, tt.want)
		}
	}
}
