package draft

import (
	"slices"
	"testing"
)

// TestAttemptCircumstance: 未遂 is an attempted crime, not the accused's
// failed suicide after it. Sentences from tune items.
func TestAttemptCircumstance(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		want  bool
	}{
		{"attempted rape", "被告人于某某已经着手实行强奸犯罪，因意志以外的原因而未得逞，系犯罪未遂，可以比照既遂犯从轻处罚。", true},
		{"failed suicide after a killing", "被告人王家亮持菜刀砍击字秀英颈部，致其当场死亡。后被告人王家亮持菜刀切割自己颈部自杀未遂。", false},
		{"suicide and an attempt", "后被告人王家亮持菜刀切割自己颈部自杀未遂。被告人王家亮系犯罪未遂。", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slices.Contains(readFacts(tt.facts).circs, "未遂"); got != tt.want {
				t.Errorf("未遂 found = %v, want %v", got, tt.want)
			}
		})
	}
}
