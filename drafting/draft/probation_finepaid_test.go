package draft

import (
	"slices"
	"testing"
)

// TestProbationCueFinePaid: a fine paid before the judgment is one of the
// probation model's cues; a paid compensation or fee is not.
func TestProbationCueFinePaid(t *testing.T) {
	if !slices.Contains(probationCues, finePaidRe) {
		t.Fatal("the paid fine is not a probation cue")
	}
	tests := []struct {
		facts string
		want  bool
	}{
		{"被告人李月预缴罚金人民币3000元。", true},
		{"被告人印力承已主动预缴罚金人民币5万元。", true},
		{"案发后，被告人家属代其缴纳罚金三万元。", true},
		{"被告人黄棋坡亲属预缴赔偿款人民币10000元。", false},
		{"生家属向本院预交赔偿款2万元。", false},
	}
	for _, tt := range tests {
		if got := finePaidRe.MatchString(tt.facts); got != tt.want {
			t.Errorf("%s: cue %v, want %v", tt.facts, got, tt.want)
		}
	}
}
