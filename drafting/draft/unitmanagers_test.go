package draft

import "testing"

func TestWithUnfinedManagers(t *testing.T) {
	const bribe = "单位行贿罪"
	tests := []struct {
		name    string
		charges []string
		pen     Penalty
		want    float64
	}{
		{"a manager of a unit that bribed", []string{bribe}, Penalty{Kind: "有期徒刑", Months: 12, FineYuan: 200000}, 0},
		{"a manager of a unit that took bribes", []string{"单位受贿罪"}, Penalty{Kind: "有期徒刑", Months: 12, FineYuan: 10000}, 0},
		{"a unit's charge whose managers are fined", []string{"非法吸收公众存款罪"}, Penalty{Kind: "有期徒刑", Months: 36, FineYuan: 50000}, 50000},
		{"only the unfined count loses its fine", []string{bribe, "受贿罪"},
			Penalty{Kind: "有期徒刑", Months: 60, FineYuan: 80000, Counts: []Count{{Charge: bribe, Months: 12, FineYuan: 50000}, {Charge: "受贿罪", Months: 36, FineYuan: 30000}}}, 30000},
		{"one fine for two charges stays", []string{bribe, "受贿罪"}, Penalty{Kind: "有期徒刑", Months: 60, FineYuan: 80000}, 80000},
	}
	for _, tt := range tests {
		pens := []Penalty{tt.pen}
		withUnfinedManagers(pens, tt.charges)
		if pens[0].FineYuan != tt.want {
			t.Errorf("%s: fine %v, want %v", tt.name, pens[0].FineYuan, tt.want)
		}
		if moved := tt.pen.FineYuan - tt.want; pens[0].companyFine != moved {
			t.Errorf("%s: the company's fine %v, want %v", tt.name, pens[0].companyFine, moved)
		}
	}
}
