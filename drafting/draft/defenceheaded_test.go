package draft

import (
	"slices"
	"testing"
)

// The sentences are tune facts (LeCaRD first-instance judgments outside
// JuDGE dev) whose counsel the drafter had not answered.
func TestCounselHeaded(t *testing.T) {
	tests := []struct {
		name, facts string
		want        [][2]string
	}{
		{"headed 辩护意见如下",
			"被告人杨某甲的辩护人辩护意见如下：1、现有证据不能认定杨某甲是此次打砸事件的领导者，最多只能是积极参与者。",
			[][2]string{{"杨某甲", "1、现有证据不能认定杨某甲是此次打砸事件的领导者，最多只能是积极参与者"}}},
		{"发表了以下辩护意见",
			"辩护人张月丽、顾仕俊发表了以下辩护意见：1．公诉机关指控被告人白刚犯故意伤害罪的证据不足，指控的犯罪不能成立。",
			[][2]string{{"", "1．公诉机关指控被告人白刚犯故意伤害罪的证据不足，指控的犯罪不能成立"}}},
		{"辩护：",
			"辩护人辩护： 1、被告人任洪珠不构成妨害公务罪。",
			[][2]string{{"", "1、被告人任洪珠不构成妨害公务罪"}}},
		{"as the ground of the defence",
			"其辩护人以被告人张某危险驾驶后为抗拒检查而殴打民警，应危险驾驶罪一罪从重处罚，故被告人张某的行为不构成妨害公务罪为由进行辩护。",
			[][2]string{{"", "被告人张某危险驾驶后为抗拒检查而殴打民警，应危险驾驶罪一罪从重处罚，故被告人张某的行为不构成妨害公务罪"}}},
		{"after a joint assent",
			"被告人关玲玲及其辩护人当庭对公诉机关指控关玲玲贪污的犯罪事实均未提出异议，另提出：关玲玲到案后能如实供述所犯贪污罪行，建议法庭对关玲玲从轻处罚。",
			[][2]string{{"关玲玲", "关玲玲到案后能如实供述所犯贪污罪行，建议法庭对关玲玲从轻处罚"}}},
		{"read once where counselStatedRe reads it",
			"被告人王某的辩护人的辩护意见是：王某系从犯。",
			[][2]string{{"王某", "王某系从犯"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := counselOpinions(tt.facts); !slices.Equal(got, tt.want) {
				t.Errorf("counselOpinions = %q, want %q", got, tt.want)
			}
		})
	}
}
