package draft

import (
	"testing"

	"leian/corpus/extract"
)

func TestFineRequired(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct {
		charge string
		want   bool
	}{
		{"贷款诈骗罪", true},           // art. 193: 并处二万元以上二十万元以下罚金 in every tier
		{"合同诈骗罪", true},           // art. 224: 并处或者单处罚金, 并处罚金, 并处罚金或者没收财产
		{"盗窃罪", true},             // art. 264
		{"非法持有毒品罪", true},         // art. 348
		{"寻衅滋事罪", false},          // 可以并处罚金 only for the ringleader's repeat
		{"故意伤害罪", false},          // no fine
		{"妨害公务罪", false},          // 或者罚金: instead of a term
		{"走私、贩卖、运输、制造毒品罪", false}, // art. 347's top tier: 并处没收财产
		{"没有这个罪", false},
	}
	for _, tt := range tests {
		if got := fineRequired(o.Rules, tt.charge); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.charge, got, tt.want)
		}
	}
	if fineRequired(nil, "盗窃罪") {
		t.Error("no library: required")
	}
}

func TestRequiredFine(t *testing.T) {
	pen := func(kind string, months int, fine float64) *extract.Penalty {
		return &extract.Penalty{Kind: kind, Months: months, FineYuan: fine}
	}
	same := []precedent{
		// First unfined (life), the second fined 60,000 for five years.
		{id: "a", charges: []string{"合同诈骗罪"}, penalties: []*extract.Penalty{pen("无期徒刑", 0, 0), pen("有期徒刑", 60, 60000)}},
		// Another charge's case does not count.
		{id: "b", charges: []string{"诈骗罪"}, penalties: []*extract.Penalty{pen("有期徒刑", 60, 5000)}},
	}
	if got := requiredFine(same, "合同诈骗罪", 120); got != 100000 {
		t.Errorf("ten years: %v, want 100000 (1,000 a month, snapped)", got)
	}
	if got := requiredFine(same[1:], "合同诈骗罪", 120); got != 0 {
		t.Errorf("nothing fined: %v, want 0", got)
	}
	// A case of several charges counts when no single-charge one fined.
	several := []precedent{{id: "c", charges: []string{"合同诈骗罪", "诈骗罪"}, penalties: []*extract.Penalty{pen("有期徒刑", 24, 24000)}}}
	if got := requiredFine(several, "合同诈骗罪", 12); got != 10000 {
		t.Errorf("several charges: %v, want 10000", got)
	}
}

func TestFineFloor(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct {
		charge string
		want   float64
	}{
		{"贷款诈骗罪", 20000}, // art. 193: 并处二万元以上二十万元以下罚金
		{"盗窃罪", 0},       // 并处或者单处罚金: the amount is left to art. 52
		{"故意伤害罪", 0},
	}
	for _, tt := range tests {
		if got := fineFloor(o.Rules, tt.charge); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.charge, got, tt.want)
		}
	}
}
