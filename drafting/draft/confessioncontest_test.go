package draft

import "testing"

// TestContestedConfession: an accused who denies the charge, with no
// 自首 and no admission recorded, has not confessed truthfully. Sentences
// from LeCaRD candidate judgments outside dev and tune.
func TestContestedConfession(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		want  bool
	}{
		{"denies the charge", "被告人吕宗勇到案后如实供述。被告人吕宗勇当庭否认犯罪，辩解称其没有参与非法吸收存款、没有获利。", true},
		{"pleads no crime", "被告人牛元学辩称：其行为不构成犯罪。", true},
		{"contests the charge's name", "被告人李有福辩称，公诉机关指控的事实不错，但工程项目是真实存在的，其不构成合同诈骗罪。", true},
		{"denies but assents to the facts", "被告人刘某对公诉机关指控的犯罪事实无异议，但辩称其不构成抢劫罪。", false},
		{"denies but surrendered", "被告人张通主动投案。被告人张通当庭否认公诉机关的指控，辩解其没有贩卖涉案冰毒给邓某。", false},
		{"confesses", "被告人王某到案后如实供述自己的罪行。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := contestedConfession(readFacts(tt.facts)); got != tt.want {
				t.Errorf("contestedConfession = %v, want %v", got, tt.want)
			}
		})
	}
}
