package draft

import (
	"testing"

	"leian/drafting/sentencing"
)

func TestSingleFineUnlawful(t *testing.T) {
	book := sentencing.NewLawBook(ruledOffline(t).Rules)
	tests := []struct {
		name, charge, defendant, kind string
		want                          bool
	}{
		// tune: the manager of a bribing company (被告人王谦犯单位行贿罪) and of a
		// company that had invoices issued to it (被告人梁×), drafted a fine alone
		{"单位行贿罪, a person", "单位行贿罪", "王谦", "单处罚金", true},
		{"虚开增值税专用发票罪, a person", "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪", "梁×", "单处罚金", true},
		{"a unit may be fined alone", "单位行贿罪", "昆山市健桥金属材料有限公司", "单处罚金", false},
		{"盗窃罪's basic tier allows a fine alone", "盗窃罪", "张某", "单处罚金", false},
		{"not a fine alone", "单位行贿罪", "王谦", "有期徒刑", false},
	}
	for _, tt := range tests {
		cl, ok := book.Charge(tt.charge)
		if !ok {
			t.Fatalf("%s: no law for %s", tt.name, tt.charge)
		}
		est := sentencing.Recommendation{Kind: "有期徒刑", Months: 12, Tier: &cl.Tiers[0]}
		if got := singleFineUnlawful(tt.kind, est, tt.defendant); got != tt.want {
			t.Errorf("%s: %v, want %v (tier fine %q)", tt.name, got, tt.want, cl.Tiers[0].Fine)
		}
	}
}
