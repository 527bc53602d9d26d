package draft

import "testing"

// The opinions are counsel's in the facts of tune items 0a9051fa, 92e6b680
// and 639c54ba, as the base drafts restated them.
func TestDefenceOpinionClip(t *testing.T) {
	tests := []struct {
		name, facts, want string
		answered          bool
	}{
		{"the point's own close is cut",
			"辩护人提出对于刘某第一次脱管，由于对脱管时间计算的认识有误区，导致司法所将脱管的开始时间上报为2013年4月19日的辩解及辩护意见。",
			"关于辩护人提出对于刘某第一次脱管，由于对脱管时间计算的认识有误区，导致司法所将脱管的开始时间上报为2013年4月19日的辩护意见，经查，与本院查明的事实不符，本院不予采纳。", true},
		{"等辩护意见",
			"被告人李波的辩护人提出“公诉机关指控事实缺乏事实依据、证据严重不足，应依法对李波作出无罪判决”等辩护意见。",
			"关于被告人李波的辩护人提出“公诉机关指控事实缺乏事实依据、证据严重不足，应依法对李波作出无罪判决”的辩护意见，经查，与本院查明的事实不符，本院不予采纳。", true},
		{"no objection is not a denial",
			"辩护人提出指控的罪名没有意见。", "", false},
	}
	for _, tt := range tests {
		ops := defenceOpinions(tt.facts, noProbationRefused)
		if len(ops) > 0 != tt.answered {
			t.Errorf("%s: answered %v, want %v", tt.name, len(ops) > 0, tt.answered)
			continue
		}
		if len(ops) > 0 {
			if got := defenceSentence(ops[0]); got != tt.want {
				t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
			}
		}
	}
}
