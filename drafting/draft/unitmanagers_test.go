package draft

import (
	"testing"
)

func TestManagersUnfined(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct {
		charge string
		want   bool
	}{
		{"虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", true}, // art. 205 ¶3: 处三年以下有期徒刑或者拘役
		{"走私普通货物、物品罪", true},                 // art. 153 ¶2
		{"单位受贿罪", true},                      // art. 387
		{"单位行贿罪", true},                      // art. 393 fines them since the Ninth Amendment; courts mostly do not (unfinedByCourts)
		{"虚开发票罪", false},                     // art. 205-1 ¶2: 依照前款的规定处罚
		{"盗窃罪", false},                       // no unit crime
		{"没有这个罪", false},
	}
	for _, tt := range tests {
		if got := managersUnfined(o.Rules, tt.charge); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.charge, got, tt.want)
		}
	}
}

func TestWithUnfinedManagers(t *testing.T) {
	o := ruledOffline(t)
	const vat = "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪"
	unit := "被告单位某某有限公司，被告人张某系该公司法定代表人。"
	managers := "被告人张某作为某某有限公司直接负责的主管人员，虚开增值税专用发票。"
	tests := []struct {
		name    string
		facts   string
		charges []string
		pen     Penalty
		want    float64
	}{
		{"the company's manager", unit, []string{vat}, Penalty{Kind: "有期徒刑", Months: 36, FineYuan: 50000}, 0},
		{"a person alone is fined", "被告人张某虚开增值税专用发票。", []string{vat}, Penalty{Kind: "有期徒刑", Months: 36, FineYuan: 50000}, 50000},
		{"managers of a unit not accused are fined", managers, []string{vat}, Penalty{Kind: "有期徒刑", Months: 36, FineYuan: 50000}, 50000},
		{"a unit's charge whose managers are fined", unit, []string{"非法吸收公众存款罪"}, Penalty{Kind: "有期徒刑", Months: 36, FineYuan: 50000}, 50000},
		{"only the unfined count loses its fine", unit, []string{vat, "非法吸收公众存款罪"},
			Penalty{Kind: "有期徒刑", Months: 60, FineYuan: 80000, Counts: []Count{{Charge: vat, Months: 36, FineYuan: 50000}, {Charge: "非法吸收公众存款罪", Months: 36, FineYuan: 30000}}}, 30000},
		{"one fine for two charges stays", unit, []string{vat, "非法吸收公众存款罪"}, Penalty{Kind: "有期徒刑", Months: 60, FineYuan: 80000}, 80000},
		{"a unit-only charge", "被告人李某代表某局收受财物。", []string{"单位受贿罪"}, Penalty{Kind: "有期徒刑", Months: 12, FineYuan: 10000}, 0},
	}
	for _, tt := range tests {
		pens := []Penalty{tt.pen}
		withUnfinedManagers(o.Rules, pens, tt.charges, tt.facts)
		if pens[0].FineYuan != tt.want {
			t.Errorf("%s: fine %v, want %v", tt.name, pens[0].FineYuan, tt.want)
		}
		if moved := tt.pen.FineYuan - tt.want; pens[0].companyFine != moved {
			t.Errorf("%s: the company's fine %v, want %v", tt.name, pens[0].companyFine, moved)
		}
	}
}
