package sentencing

import (
	"testing"
)

func TestReadFacts(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		check func(Facts) bool
	}{
		{"stated total wins over parts", "盗走现金1500元、手机一部（价值2000元），共计价值人民币3500元。", func(f Facts) bool { return f.AmountYuan == 3500 && f.AmountMax == 3500 }},
		{"sum of distinct amounts", "骗得人民币5000元；次日又骗得2万元。", func(f Facts) bool { return f.AmountYuan == 25000 }},
		{"元 masked as 某 after 万", "骗得被害人李某购房款人民币25万某；又骗取王某1.5万余某。", func(f Facts) bool { return f.AmountYuan == 265000 }},
		{"a name after a numeral is no amount", "被告人伙同张三万某盗窃现金800元。", func(f Facts) bool { return f.AmountYuan == 800 }},
		{"blood alcohol with a full-width slash", "血液中乙醇含量为128.1毫克／100毫升。", func(f Facts) bool { return f.BAC == 128.1 }},
		{"drug weight in kilograms", "贩卖甲基苯丙胺1.2千克。", func(f Facts) bool { return f.Drugs["甲基苯丙胺"] == 1200 }},
		{"drug weight apart from the drug's name", "查获可疑物品1包，经鉴定，净重0.65克，从中检出甲基苯丙胺成份。", func(f Facts) bool { return f.Drugs["甲基苯丙胺"] == 0.65 }},
		{"drug weight in brackets", "起获上述毒品（经称量，重0.36克）。", func(f Facts) bool { return f.Drugs["毒品"] == 0.36 }},
		{"street name read as the drug", "将净重10.3克的毒品K粉贩卖给覃某某。", func(f Facts) bool { return f.Drugs["氯胺酮"] == 10.3 && len(f.Drugs) == 1 }},
		{"unnamed drug is the text's drug", "贩卖毒品“k粉”给叶某。查扣的19包毒品总重量为24.44克。", func(f Facts) bool { return f.Drugs["氯胺酮"] == 24.44 && len(f.Drugs) == 1 }},
		{"a mixture counts as methamphetamine", "净重3克，检出甲基苯丙胺、咖啡因成分。", func(f Facts) bool { return f.Drugs["甲基苯丙胺"] == 3 && len(f.Drugs) == 1 }},
		{"a stated grand total replaces its parts", "卖给岳某海洛因0.1克。查获海洛因7.49克。综上，共计海洛因约7.89克。", func(f Facts) bool { return f.Drugs["海洛因"] == 7.89 }},
		{"the prosecution's finding is the total", "贩卖一包白色晶体给赵某（净重2.4克，含甲基苯丙胺成分）。查获白色晶体（净重为1.95克，含甲基苯丙胺成分）。公诉机关认为，被告人贩卖甲基苯丙胺4.35克给他人。", func(f Facts) bool { return f.Drugs["甲基苯丙胺"] == 4.35 }},
		{"a net weight named by the next sentence's assay", "上述4包白色晶体净重合计16.8克；经上海市毒品检验中心鉴定，送检的4包白色晶体中均检出甲基苯丙胺成分。", func(f Facts) bool { return f.Drugs["甲基苯丙胺"] == 16.8 }},
		{"a weight with its own assay is not the next one's", "浅绿色药片4片检出硝甲西泮成份，净重0.77克；褐色植物碎屑1盒检出大麻成份。", func(f Facts) bool { return len(f.Drugs) == 0 }},
		{"an assay that found no drug names none", "2粒绿色药片净重0.38克。10粒药片，未检出海洛因成分。", func(f Facts) bool { return f.Drugs["海洛因"] == 0 }},
		{"gross and unit weights do not count", "查获冰毒一包，毛重5.2克，净重4.8克，分装成每袋0.25克。", func(f Facts) bool { return f.Drugs["甲基苯丙胺"] == 4.8 }},
		{"sales counted", "将海洛因卖给岳某。次日又卖给潘某。", func(f Facts) bool { return f.DrugSales == 2 }},
		{"injury grade", "经鉴定，被害人的损伤程度为轻伤一级。", func(f Facts) bool { return f.Injury == 3 }},
		{"death", "被害人经抢救无效死亡。", func(f Facts) bool { return f.Injury == 6 && f.Deaths == 1 }},
		{"prosecution's range", "建议判处被告人一年六个月以上三年以下有期徒刑，并处罚金。", func(f Facts) bool { return f.Proposal == [2]int{18, 36} }},
		{"prosecution's ceiling and probation", "建议判处一年以下××，可适用××。", func(f Facts) bool { return f.Proposal == [2]int{0, 12} && f.ProposalProbation }},
		{"province from the text", "被告人在湖北省武汉市盗窃。", func(f Facts) bool { return f.Province == "湖北" }},
		{"circumstances", "被告人到案后如实供述自己的罪行，系累犯。", func(f Facts) bool { return f.Has("如实供述") && f.Has("累犯") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if f := ReadFacts(tt.text, ""); !tt.check(f) {
				t.Errorf("ReadFacts(%q) = %+v", tt.text, f)
			}
		})
	}
	if f := ReadFacts("被告人在本市盗窃。", "湖南省长沙市中级人民法院"); f.Province != "湖南" {
		t.Errorf("province from the court = %q, want 湖南", f.Province)
	}
}

func TestMonthsWords(t *testing.T) {
	for m, want := range map[float64]string{0: "零", 5: "5个月", 12: "1年", 18: "1年6个月", 17.6: "1年6个月"} {
		if got := MonthsWords(m); got != want {
			t.Errorf("MonthsWords(%v) = %q, want %q", m, got, want)
		}
	}
}

func TestAmountLevel(t *testing.T) {
	lv := [3]float64{2000, 60000, 400000}
	tests := []struct {
		amount float64
		level  int
	}{{1000, 0}, {2000, 1}, {59999, 1}, {60000, 2}, {500000, 3}}
	for _, tt := range tests {
		if got, p := amountLevel(tt.amount, lv); got != tt.level || p < 0 || p > 1 {
			t.Errorf("amountLevel(%v) = %d, %v; want %d with progress in [0,1]", tt.amount, got, p, tt.level)
		}
	}
}

func FuzzReadFacts(f *testing.F) {
	for _, s := range []string{"共计人民币3500元", "建议判处一年六个月至三年", "乙醇含量为128mg/100ml", "甲基苯丙胺1.2千克", "致二人死亡", "伤残等级为十级", "骗取人民币25万某"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fa := ReadFacts(s, "")
		if fa.AmountYuan < 0 || fa.DrugSales < 0 || fa.Injury < 0 || fa.Injury > 6 || fa.Proposal[0] < 0 || fa.Proposal[1] < 0 {
			t.Fatalf("ReadFacts(%q) = %+v", s, fa)
		}
		for name, g := range fa.Drugs {
			if g <= 0 {
				t.Fatalf("ReadFacts(%q): %s weighs %v g", s, name, g)
			}
		}
	})
}
