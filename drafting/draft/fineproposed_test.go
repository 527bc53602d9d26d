package draft

import "testing"

func TestSameProposalFine(t *testing.T) {
	tests := []struct {
		name  string
		facts string
		names []string
		fines [2]float64
		want  float64
	}{
		// tune 450b69c0: the court fined both 4,000 元.
		{"two defendants together", "建议本院对二被告人判处拘役三个月至五个月，并处罚金。", []string{"甲", "乙"}, [2]float64{8000, 6000}, 8000},
		// tune 1320e92b: the court fined both 7,500 元.
		{"named together", "建议对被告人杨育仁、肖永红以非法占用农用地罪判处一年零六个月以下有期徒刑，并处罚金。", []string{"杨育仁", "肖永红"}, [2]float64{20000, 15000}, 20000},
		{"different proposals", "建议对被告人马某某在有期徒刑九年至十一年，并处罚金的幅度内处罚；对被告人朱某某在有期徒刑一年以下，并处罚金的幅度内处罚。", []string{"马某某", "朱某某"}, [2]float64{3000, 1000}, 1000},
		{"no proposal", "公诉机关认为，被告人甲、乙的行为已构成盗窃罪。", []string{"甲", "乙"}, [2]float64{8000, 6000}, 6000},
		{"the later one not fined", "建议本院对二被告人判处拘役三个月至五个月，并处罚金。", []string{"甲", "乙"}, [2]float64{8000, 0}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := proposedTerms(tt.facts, tt.names)
			p := Penalty{FineYuan: tt.fines[1]}
			sameProposalFine(&p, Penalty{FineYuan: tt.fines[0]}, ps[1], ps[0])
			if p.FineYuan != tt.want {
				t.Errorf("fine = %v, want %v (proposals %+v)", p.FineYuan, tt.want, ps)
			}
		})
	}
}
