package draft

import "testing"

// Sentences from LeCaRD judgments outside dev and tune.
func TestPrepaidFine(t *testing.T) {
	tests := []struct {
		name, facts string
		want        float64
	}{
		{"family paid", "另查明，2015年12月18日，被告人李某某家属向本院缴纳罚金5000元。", 5000},
		{"paid himself", "另查明，2018年8月16日，上诉人李光满主动缴纳罚金20000元。", 20000},
		{"in 万", "另查，被告人赵树飞在起诉阶段签署了认罪认罚具结书，并缴纳了罚金5万元。", 50000},
		{"decimal 万", "被告人夏涛在庭审期间认罪认罚，并缴纳了罚金0.5万元。", 5000},
		{"预交 with 人民币", "被告人康东京向本院预交罚金人民币80000元。", 80000},
		{"a former sentence's fine", "曾因犯盗窃罪于2013年12月30日被贵州省黔西县人民法院判处有期徒刑六个月，并处罚金1000元。", 0},
		{"a former fine paid", "张宁因犯信用卡诈骗罪，判处有期徒刑八个月，缓刑一年，罚金人民币二万元（已缴纳）。", 0},
		{"a proposal", "建议判处其拘役二个月以下，不适用缓刑，并处罚金三千元以下。", 0},
		{"willing to pay, no amount", "被告人有悔罪表现，愿意缴纳罚金，建议从轻处罚。", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := prepaidFine(tt.facts); got != tt.want {
				t.Errorf("prepaidFine(%q) = %v, want %v", tt.facts, got, tt.want)
			}
		})
	}
}

func TestWithPrepaidFine(t *testing.T) {
	facts := "另查明，被告人家属主动代其缴纳罚金三万元。"
	tests := []struct {
		name    string
		ps      []Penalty
		finable bool
		want    float64
	}{
		{"one defendant: the amount paid", []Penalty{{Kind: "有期徒刑", Months: 12, FineYuan: 20000}}, true, 30000},
		{"unfined draft is fined", []Penalty{{Kind: "拘役", Months: 4}}, true, 30000},
		{"the law fines none", []Penalty{{Kind: "有期徒刑", Months: 12}}, false, 0},
		{"several counts keep theirs", []Penalty{{Kind: "有期徒刑", Months: 12, FineYuan: 20000, Counts: []Count{{}, {}}}}, true, 20000},
		{"life sentence", []Penalty{{Kind: "无期徒刑"}}, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			withPrepaidFine(tt.ps, facts, tt.finable)
			if got := tt.ps[0].FineYuan; got != tt.want {
				t.Errorf("fine = %v, want %v", got, tt.want)
			}
		})
	}
	two := []Penalty{{Kind: "有期徒刑", FineYuan: 20000}, {Kind: "有期徒刑", FineYuan: 10000}}
	if withPrepaidFine(two, facts, true); two[0].FineYuan != 20000 {
		t.Errorf("several defendants: first fine = %v, want 20000", two[0].FineYuan)
	}
}
