package draft

import (
	"testing"

	"leian/corpus/extract"
)

func TestCombinedTerm(t *testing.T) {
	tests := []struct {
		name   string
		counts []Count
		kind   string
		months int
		ok     bool
	}{
		// 判处有期徒刑二年零九个月…二年零八个月，决定执行有期徒刑五年零二个月
		// (tune): 33 + 0.7·32 = 55.
		{"two fixed terms", []Count{{Kind: "有期徒刑", Months: 33}, {Kind: "有期徒刑", Months: 32}}, "有期徒刑", 55, true},
		{"拘役 beside 有期徒刑 is not executed", []Count{{Kind: "有期徒刑", Months: 12}, {Kind: "拘役", Months: 4}}, "有期徒刑", 12, true},
		{"拘役 at most a year", []Count{{Kind: "拘役", Months: 6}, {Kind: "拘役", Months: 6}, {Kind: "拘役", Months: 5}}, "拘役", 12, true},
		{"at most twenty years", []Count{{Kind: "有期徒刑", Months: 180}, {Kind: "有期徒刑", Months: 120}}, "有期徒刑", 240, true},
		{"twenty-five when they add up to 35 years", []Count{{Kind: "有期徒刑", Months: 180}, {Kind: "有期徒刑", Months: 180}, {Kind: "有期徒刑", Months: 120}}, "有期徒刑", 300, true},
		{"no term", []Count{{Kind: "无期徒刑"}, {Kind: "有期徒刑"}}, "", 0, false},
	}
	for _, tt := range tests {
		kind, months, ok := combinedTerm(tt.counts)
		if kind != tt.kind || months != tt.months || ok != tt.ok {
			t.Errorf("%s: %s %d %v, want %s %d %v", tt.name, kind, months, ok, tt.kind, tt.months, tt.ok)
		}
	}
}

func TestChargeFined(t *testing.T) {
	o := ruledOffline(t)
	tests := []struct {
		charge       string
		fined, known bool
	}{
		{"盗窃罪", true, true},
		{"危险驾驶罪", true, true},
		{"妨害公务罪", false, true}, // 或者罚金: a fine instead of a term
		{"故意伤害罪", false, true},
		{"强奸罪", false, true},
		{"寻衅滋事罪", true, true}, // 纠集他人多次实施前款行为…可以并处罚金
		{"没有这个罪", false, false},
	}
	for _, tt := range tests {
		if fined, known := chargeFined(o.Rules, tt.charge); fined != tt.fined || known != tt.known {
			t.Errorf("%s: fined %v known %v, want %v %v", tt.charge, fined, known, tt.fined, tt.known)
		}
	}
	if _, known := chargeFined(nil, "盗窃罪"); known {
		t.Error("no library: known")
	}
	// Tune: a bribe confessed in June 2013 and 玩忽职守罪, fined by none.
	const before = "经查，2013年6月，高占英首次接受司法机关讯问时，即供述了上述二起受贿事实"
	finables := []struct {
		charges []string
		facts   string
		want    bool
	}{
		{[]string{"滥用职权罪"}, "", false},
		{[]string{"受贿罪", "滥用职权罪"}, "", true},
		{[]string{"受贿罪", "玩忽职守罪"}, before, false},
		{[]string{"非法经营罪"}, "", true}, // 并处或者单处违法所得一倍以上五倍以下罚金
		{[]string{"故意伤害罪", "没有这个罪"}, "", true},
	}
	for _, tt := range finables {
		if got := finable(o.Rules, tt.charges, tt.facts); got != tt.want {
			t.Errorf("finable(%v) = %v, want %v", tt.charges, got, tt.want)
		}
	}
}

func TestLaterFine(t *testing.T) {
	life := &extract.Penalty{Kind: "无期徒刑"}
	term := func(months int, fine float64) *extract.Penalty {
		return &extract.Penalty{Kind: "有期徒刑", Months: months, FineYuan: fine}
	}
	tests := []struct {
		name string
		same []precedent
		want float64
	}{
		{"the second defendants' fine per month", []precedent{
			{charges: []string{"合同诈骗罪"}, penalties: []*extract.Penalty{life, term(120, 100000)}},
			{charges: []string{"合同诈骗罪"}, penalties: []*extract.Penalty{life, term(60, 50000)}},
		}, 50000}, // 60,000, written as courts do (commonFine)
		{"else the first defendants'", []precedent{
			{charges: []string{"合同诈骗罪"}, penalties: []*extract.Penalty{term(100, 200000)}},
		}, 150000},
		{"no fine anywhere", []precedent{
			{charges: []string{"合同诈骗罪"}, penalties: []*extract.Penalty{life, term(60, 0)}},
		}, 0},
	}
	for _, tt := range tests {
		if got := laterFine(tt.same, "合同诈骗罪", 1, 72); got != tt.want {
			t.Errorf("%s: %.0f, want %.0f", tt.name, got, tt.want)
		}
	}
}

func TestPenaltyAlone(t *testing.T) {
	counts := []Count{{Charge: "盗窃罪", Kind: "有期徒刑", Months: 12, FineYuan: 2000}, {Charge: "妨害公务罪", Kind: "拘役", Months: 4}}
	tests := []struct {
		name string
		p    Penalty
		c    Count
		want Penalty
	}{
		{"the count's term and fine", Penalty{Kind: "有期徒刑", Months: 15, FineYuan: 2000, Counts: counts}, counts[1],
			Penalty{Kind: "拘役", Months: 4}},
		{"probation at least the term", Penalty{Kind: "有期徒刑", Months: 15, ProbationMonths: 3, Counts: counts}, counts[0],
			Penalty{Kind: "有期徒刑", Months: 12, ProbationMonths: 12, FineYuan: 2000}},
		{"no probation beyond three years", Penalty{Kind: "有期徒刑", Months: 50, ProbationMonths: 60}, Count{Kind: "有期徒刑", Months: 40},
			Penalty{Kind: "有期徒刑", Months: 40}},
	}
	for _, tt := range tests {
		got := tt.p.alone(tt.c)
		if got.Kind != tt.want.Kind || got.Months != tt.want.Months || got.ProbationMonths != tt.want.ProbationMonths || got.FineYuan != tt.want.FineYuan || got.Counts != nil {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
