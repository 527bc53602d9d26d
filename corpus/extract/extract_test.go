package extract

import (
	"slices"
	"testing"
)

// Verdict clauses below are quoted from lecard/candidates.jsonl.gz (ids in
// the names).
func TestPenalty(t *testing.T) {
	tests := []struct {
		name, clause string
		want         Penalty
	}{
		{"8 一年五个月", "被告人应国平犯交通肇事罪，判处有期徒刑一年五个月。", Penalty{Kind: "有期徒刑", Months: 17}},
		{"41 拘役 and fine", "被告人蒋某犯危险驾驶罪，判处拘役三个月，并处罚金人民币三千元。", Penalty{Kind: "拘役", Months: 3, FineYuan: 3000}},
		{"6014 缓刑", "被告人张国栋犯贷款诈骗罪，判处有期徒刑一年，缓刑一年六个月；并处罚金人民币30000元。",
			Penalty{Kind: "有期徒刑", Months: 12, Probation: true, ProbationMonths: 18, FineYuan: 30000}},
		{"1382 又", "被告人曹仁犯非法经营罪，判处有期徒刑二年又六个月，并处罚金人民币二万元。", Penalty{Kind: "有期徒刑", Months: 30, FineYuan: 20000}},
		{"17994 无期", "被告人刘红伟犯走私、运输毒品罪，判处无期徒刑，剥夺政治权利终身，并处没收个人全部财产。",
			Penalty{Kind: "无期徒刑", Accessory: []string{"剥夺政治权利终身", "没收个人全部财产"}}},
		{"735 死缓", "被告人江捷环犯贩卖、运输毒品罪，判处死刑，缓期二年执行，剥夺政治权利终身，并处没收个人全部财产。",
			Penalty{Kind: "死刑", Probation: true, ProbationMonths: 24, Accessory: []string{"剥夺政治权利终身", "没收个人全部财产"}}},
		{"1336 免予刑事处罚", "被告人董志刚犯挪用资金罪，免予刑事处罚。", Penalty{Kind: "免予刑事处罚"}},
		{"355 数罪并罚", "被告人黎義才犯敲诈勒索罪，判处有期徒刑五年，并处罚金人民币五万元；犯诈骗罪，判处有期徒刑一年，并处罚金人民币一万元；犯非法拘禁罪，判处有期徒刑二年。决定执行有期徒刑七年六个月，并处罚金人民币六万元。",
			Penalty{Kind: "有期徒刑", Months: 90, FineYuan: 60000}},
		{"32948 合并执行, 万元", "被告人许某犯行贿罪，判处有期徒刑五年，并处罚金50万元，犯串通投标罪，判处有期徒刑二年，并处罚金5万元，数罪并罚，决定合并执行有期徒刑六年，并处罚金55万元；",
			Penalty{Kind: "有期徒刑", Months: 72, FineYuan: 550000}},
		{"11924 剥夺政治权利 years", "被告人刘鸿志犯贩卖毒品罪，判处有期徒刑十五年，剥夺政治权利三年，并处没收财产计人民币50000元",
			Penalty{Kind: "有期徒刑", Months: 180, Accessory: []string{"剥夺政治权利三年", "没收财产计人民币50000元"}}},
		{"14909 单处罚金", "被告四平市铁东区石岭镇联信农民专业合作社犯非法吸收公众存款罪，判处罚金人民币20万元。", Penalty{Kind: "单处罚金", FineYuan: 200000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := penalty(tt.clause, 0)
			if p == nil {
				t.Fatal("no penalty")
			}
			got := *p
			got.Span = tt.want.Span
			if got.Kind != tt.want.Kind || got.Months != tt.want.Months || got.Probation != tt.want.Probation ||
				got.ProbationMonths != tt.want.ProbationMonths || got.FineYuan != tt.want.FineYuan ||
				!slices.Equal(got.Accessory, tt.want.Accessory) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			if r := []rune(tt.clause); p.Span.End > len(r) || p.Span.Start >= p.Span.End {
				t.Errorf("span %+v outside clause of %d runes", p.Span, len(r))
			}
		})
	}
}

func TestNormaliseCharge(t *testing.T) {
	tests := []struct{ in, want string }{
		{"交通肇事罪", "交通肇事罪"},
		{"盗窃", "盗窃罪"},
		{"贩卖毒品罪", "走私、贩卖、运输、制造毒品罪"},
		{"[走私、贩卖、运输、制造]毒品", "走私、贩卖、运输、制造毒品罪"},
		{"非法持有枪支罪", "非法持有、私藏枪支、弹药罪"},
		{"掩饰、隐瞒犯罪所得罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪"},
		{"伪造、买卖国家机关印章罪", "伪造、变造、买卖国家机关公文、证件、印章罪"},
	}
	for _, tt := range tests {
		if got, ok := NormaliseCharge(tt.in); !ok || got != tt.want {
			t.Errorf("NormaliseCharge(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if got, ok := NormaliseCharge("应国平"); ok {
		t.Errorf("a name normalised to %q", got)
	}
}

func TestChargesIn(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"被告人高良犯赌博罪，判处有期徒刑一年零十个月，并处罚金人民币100000元（已缴纳10000元）；犯诈骗罪，判处有期徒刑三年零二个月", []string{"赌博罪", "诈骗罪"}},
		{"被告人张会珍犯掩饰、隐瞒犯罪所得、犯罪所得收益罪，判处有期徒刑三年零七个月", []string{"掩饰、隐瞒犯罪所得、犯罪所得收益罪"}},
		{"对被告人邝辅之犯受贿罪、非法持有枪支罪的定罪和量刑部分", []string{"受贿罪", "非法持有枪支罪"}},
		{"其犯罪事实清楚", nil},
	}
	for _, tt := range tests {
		if got := chargesIn(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("chargesIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestAmounts(t *testing.T) {
	tests := []struct {
		text string
		want []float64
	}{
		{"非法开采的矿产品价值153，099.5元，情节严重。", []float64{153099.5}},
		{"医疗费99 122.26元（其中张涛垫付59 321元）、住院伙食补助费560元", []float64{99122.26, 59321, 560}},
		{"骗取他人财物人民币56100元，数额巨大", []float64{56100}},
		{"责令被告人郑某退赔被害人代某违法所得241万元", []float64{2410000}},
		{"并处罚金人民币三千元", []float64{3000}},
	}
	for _, tt := range tests {
		var got []float64
		for _, a := range amounts(tt.text, 0) {
			got = append(got, a.Yuan)
			if r := []rune(tt.text); string(r[a.Span.Start:a.Span.End]) != a.Text {
				t.Errorf("amount text %q is not its span %+v", a.Text, a.Span)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("amounts(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestChargeAtParenthesis(t *testing.T) {
	// LeCaRD ids 7673 and 31364.
	for in, want := range map[string]string{"故意伤害（致死）罪，判处有期徒刑八年": "故意伤害罪", "强奸（未遂）罪，判处有期徒刑一年": "强奸罪"} {
		if got, _ := chargeAt(in); got != want {
			t.Errorf("chargeAt(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormaliseChargeRenamedAndParts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"窝藏罪", "窝藏、包庇罪"},
		{"包庇罪", "窝藏、包庇罪"},
		{"偷税罪", "逃税罪"},
		{"强制猥亵妇女罪", "强制猥亵、侮辱罪"},
		{"故意销毁会计凭证、会计帐簿、财务会计报告罪", "隐匿、故意销毁会计凭证、会计账簿、财务会计报告罪"},
	}
	for _, tt := range tests {
		if got, ok := NormaliseCharge(tt.in); !ok || got != tt.want {
			t.Errorf("NormaliseCharge(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}
