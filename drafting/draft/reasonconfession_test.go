package draft

import (
	"strings"
	"testing"
)

// The facts' closing formulae are LeCaRD first-instance judgments'.
func TestConfessedAtTrial(t *testing.T) {
	same := []precedent{{id: "p1", defendants: []string{"甲"},
		reasoning: "本院认为，被告人甲以非法占有为目的，秘密窃取他人财物，数额较大，其行为已构成盗窃罪。"}}
	tests := []struct {
		name, facts  string
		want, stated bool // confessedAtTrial; the reasoning states 坦白 (by this rule or the facts' own)
	}{
		{"findings undisputed at trial", "公诉机关指控，被告人乙秘密窃取他人财物。上述事实，被告人乙在开庭审理过程中亦无异议，并有证人证言等证据证实。", true, true},
		{"charge admitted", "公诉机关指控，被告人乙秘密窃取他人财物。被告人乙对起诉书指控的事实供认不讳。", true, true},
		{"surrender is the circumstance rule's", "公诉机关指控，被告人乙秘密窃取他人财物，后主动投案自首。上述事实，被告人乙在开庭审理过程中亦无异议。", false, false},
		{"confession already stated", "公诉机关指控，被告人乙秘密窃取他人财物，到案后如实供述。上述事实，被告人乙在开庭审理过程中亦无异议。", false, true},
		{"nothing admitted", "公诉机关指控，被告人乙秘密窃取他人财物。被告人乙辩称其没有盗窃。", false, false},
	}
	for _, tt := range tests {
		f := readFacts(tt.facts)
		if got := confessedAtTrial(f); got != tt.want {
			t.Errorf("%s: confessedAtTrial = %v, want %v", tt.name, got, tt.want)
		}
		text := (&Offline{}).reasoning(f, []string{"乙"}, []string{"盗窃罪"}, []string{"盗窃罪"}, same, nil).Text()
		if got := strings.Contains(text, "被告人乙到案后如实供述自己的罪行"); got != tt.stated {
			t.Errorf("%s: the reasoning states the confession %v, want %v:\n%s", tt.name, got, tt.stated, text)
		}
	}
}
