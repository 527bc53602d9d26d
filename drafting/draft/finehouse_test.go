package draft

import (
	"context"
	"testing"

	"leian/corpus"
)

// houseJudgment is a stored first-instance judgment convicting of charge
// alone, its one defendant sentenced to months and fined.
func houseJudgment(id, court, code, charge string, months int, fine float64) *corpus.Document {
	d := habitJudgment(id, court, code, fine, 264, 52)
	d.Elements.Charges = []string{charge}
	d.Elements.Defendants[0].Penalty.Months = months
	return d
}

func TestFineRate(t *testing.T) {
	store := habitCorpus{
		// 临海 fines thefts 1,000 元 a year, 2,000 元 for 1.5 years.
		houseJudgment("a1", "浙江省临海市人民法院", "浙1082", "盗窃罪", 12, 1000),
		houseJudgment("a2", "浙江省临海市人民法院", "浙1082", "盗窃罪", 6, 500),
		houseJudgment("a3", "浙江省临海市人民法院", "浙1082", "盗窃罪", 18, 2000),
		// One fraud only: too few for a tariff.
		houseJudgment("a4", "浙江省临海市人民法院", "浙1082", "诈骗罪", 12, 10000),
		// Unfined and several-charge judgments do not count.
		houseJudgment("a5", "浙江省临海市人民法院", "浙1082", "诈骗罪", 12, 0),
		func() *corpus.Document {
			d := houseJudgment("a6", "浙江省临海市人民法院", "浙1082", "诈骗罪", 12, 50000)
			d.Elements.Charges = append(d.Elements.Charges, "盗窃罪")
			return d
		}(),
	}
	h, err := BuildHabits(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		where   bench
		charge  string
		want    float64
		exclude []string
	}{
		{"the court's median rate", bench{prosecutor: "临海市人民检察院"}, "盗窃罪", 1000.0 / 12, nil},
		{"one judgment is no tariff", bench{prosecutor: "临海市人民检察院"}, "诈骗罪", 0, nil},
		{"the case's own judgment left out", bench{prosecutor: "临海市人民检察院", exclude: []string{"a1"}}, "盗窃罪", (500.0/6 + 2000.0/18) / 2, nil},
		{"a court the store lacks", bench{prosecutor: "北京市海淀区人民检察院"}, "盗窃罪", 0, nil},
	}
	for _, tt := range tests {
		if got := h.fineRate(tt.where, tt.charge); got < tt.want-1e-9 || got > tt.want+1e-9 {
			t.Errorf("%s: rate %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := (*Habits)(nil).fineRate(bench{prosecutor: "临海市人民检察院"}, "盗窃罪"); got != 0 {
		t.Errorf("no habits: %v", got)
	}
}

func TestWithHouseFines(t *testing.T) {
	store := habitCorpus{
		houseJudgment("a1", "浙江省临海市人民法院", "浙1082", "盗窃罪", 12, 1000),
		houseJudgment("a2", "浙江省临海市人民法院", "浙1082", "盗窃罪", 12, 1000),
	}
	h, err := BuildHabits(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	o := &Offline{Habits: h}
	where := bench{prosecutor: "临海市人民检察院"}
	pens := []Penalty{
		{Defendant: "甲", Kind: "有期徒刑", Months: 11, FineYuan: 4000},
		{Defendant: "乙", Kind: "拘役", Months: 5, FineYuan: 2000},
		{Defendant: "丙", Kind: "有期徒刑", Months: 8}, // unfined: stays so
	}
	o.withHouseFines(pens, where, []string{"盗窃罪"}, "经审理查明，被告人甲盗窃……")
	for i, want := range []float64{1000, 400, 0} {
		if pens[i].FineYuan != want {
			t.Errorf("%s: fine %v, want %v", pens[i].Defendant, pens[i].FineYuan, want)
		}
	}
	// The prosecution's proposed fine stands.
	pens = []Penalty{{Defendant: "甲", Kind: "有期徒刑", Months: 11, FineYuan: 3000}}
	o.withHouseFines(pens, where, []string{"盗窃罪"}, "公诉机关建议判处被告人甲有期徒刑十一个月，并处罚金人民币三千元。")
	if pens[0].FineYuan != 3000 {
		t.Errorf("proposed fine: %v, want 3000", pens[0].FineYuan)
	}
}

func TestWithHouseFinesBribeBand(t *testing.T) {
	store := habitCorpus{
		houseJudgment("a1", "浙江省临海市人民法院", "浙1082", "受贿罪", 12, 12000),
		houseJudgment("a2", "浙江省临海市人民法院", "浙1082", "受贿罪", 12, 12000),
	}
	h, err := BuildHabits(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	o := &Offline{Habits: h}
	pens := []Penalty{{Defendant: "甲", Kind: "有期徒刑", Months: 12, FineYuan: 200000}}
	o.withHouseFines(pens, bench{prosecutor: "临海市人民检察院"}, []string{"受贿罪"}, "经审理查明，被告人甲收受他人财物……")
	if pens[0].FineYuan != 100000 {
		t.Errorf("fine %v, want the band's floor 100000 (法释〔2016〕9号 art. 19)", pens[0].FineYuan)
	}
}
