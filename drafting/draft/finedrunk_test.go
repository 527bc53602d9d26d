package draft

import "testing"

func TestDrunkTariffFine(t *testing.T) {
	tests := []struct {
		name         string
		facts        string
		months       int
		fine         float64
		wantMonths   int
		wantFineYuan float64
	}{
		{"longer term, larger fine", "经鉴定，陈晨每100毫升血液中含有乙醇275毫克。", 2, 4000, 3, 5000},
		{"shorter term, smaller fine", "被告人祁传剑当晚抽取的血液中乙醇含量为172mg／100ml。", 4, 8000, 2, 5000},
		{"same term, same fine", "被告人祁传剑当晚抽取的血液中乙醇含量为172mg／100ml。", 2, 4000, 2, 4000},
		{"proposed fine stands", "经鉴定，陈晨每100毫升血液中含有乙醇275毫克。建议判处被告人陈晨拘役一个月，并处罚金人民币三千元。", 1, 3000, 3, 3000},
		{"no fine stays none", "经鉴定，陈晨每100毫升血液中含有乙醇275毫克。", 1, 0, 3, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &Recommendation{Kind: "拘役", Months: tt.months, FineYuan: tt.fine}
			withDrunkTariff(rec, drunkCharge, tt.facts, termProposal{})
			if rec.Months != tt.wantMonths || rec.FineYuan != tt.wantFineYuan {
				t.Errorf("got %d months, %v 元; want %d, %v", rec.Months, rec.FineYuan, tt.wantMonths, tt.wantFineYuan)
			}
		})
	}
}
