package draft

import "testing"

// Verdict fragments from LeCaRD first-instance judgments.
func TestUnitFine(t *testing.T) {
	tests := []struct {
		name     string
		fines    []float64
		moved    []float64 // companyFine
		verdicts []string
		want     float64
	}{
		{name: "a fined manager: left blank", fines: []float64{50000}, want: 0},
		{name: "a later person fined: left blank", fines: []float64{0, 20000}, want: 0},
		{
			name:  "no person fined: the similar cases' company fines",
			fines: []float64{0},
			verdicts: []string{
				"一、被告单位上海某某建设工程有限公司犯单位行贿罪，判处罚金人民币一百万元；二、被告人刘某犯单位行贿罪，判处有期徒刑一年，缓刑一年。",
				"一、被告单位临沂某某公司犯单位行贿罪，判处罚金人民币30万元。",
				"一、被告单位某某公司犯单位行贿罪，判处罚金人民币400000元。",
			},
			want: 400000,
		},
		{
			name:     "no person fined, no similar company fined",
			fines:    []float64{0},
			verdicts: []string{"被告人张某犯单位行贿罪，判处有期徒刑一年。"},
			want:     unitFineAlone,
		},
		{
			name:     "no similar company fined: the fine moved from the managers",
			fines:    []float64{0, 0},
			moved:    []float64{60000, 30000},
			verdicts: []string{"被告人张某犯单位行贿罪，判处有期徒刑一年。"},
			want:     60000,
		},
		{
			name:     "the fine moved from the managers before the similar cases'",
			fines:    []float64{0},
			moved:    []float64{60000},
			verdicts: []string{"一、被告单位临沂某某公司犯单位行贿罪，判处罚金人民币30万元。"},
			want:     60000,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pens []Penalty
			for i, f := range tt.fines {
				pens = append(pens, Penalty{FineYuan: f})
				if i < len(tt.moved) {
					pens[i].companyFine = tt.moved[i]
				}
			}
			var same []precedent
			for _, v := range tt.verdicts {
				same = append(same, precedent{verdict: v})
			}
			if got := unitFine(pens, same); got != tt.want {
				t.Errorf("unitFine = %v, want %v", got, tt.want)
			}
		})
	}
}
