package evals

import (
	"math"
	"testing"

	"leian/drafting/sentencing"
)

func TestCAILScore(t *testing.T) {
	tests := []struct {
		name string
		gold sentencing.Outcome
		pred sentPred
		want float64
	}{
		{"exact", sentencing.Outcome{Months: 12}, sentPred{"有期徒刑", 12}, 1},
		{"v just under 0.4", sentencing.Outcome{Months: 12}, sentPred{"有期徒刑", 17}, 0.8},
		{"far", sentencing.Outcome{Months: 12}, sentPred{"有期徒刑", 60}, 0},
		{"both none", sentencing.Outcome{Months: 0}, sentPred{"免予刑事处罚", 0}, 1},
		{"life matched", sentencing.Outcome{Life: true}, sentPred{"无期徒刑", 0}, 1},
		{"life missed", sentencing.Outcome{Life: true}, sentPred{"有期徒刑", 180}, 0},
		{"death predicted for a term", sentencing.Outcome{Months: 180}, sentPred{"死刑", 0}, 0},
	}
	for _, tt := range tests {
		if got := cailScore(tt.gold, tt.pred); got != tt.want {
			t.Errorf("%s: cailScore = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLawBenchScorers(t *testing.T) {
	options := chargeOptions()
	if len(options) != 189 {
		t.Fatalf("%d LawBench charge options, want 189", len(options))
	}
	// 合同诈骗 also names the option 诈骗, as LawBench's substring match does.
	if f1, _ := lawBenchChargeF1(options, "罪名:合同诈骗", []string{"合同诈骗"}); math.Abs(f1-2.0/3) > 1e-9 {
		t.Errorf("合同诈骗 F1 = %v, want 2/3", f1)
	}
	if f1, abs := lawBenchChargeF1(options, "不知道", []string{"盗窃"}); f1 != 0 || !abs {
		t.Errorf("no option = %v %v, want 0 and an abstention", f1, abs)
	}
	d, abs, ok, err := lawBenchImprison("刑期为一年", "刑期:12个月")
	if err != nil || !ok || abs || d != 0 {
		t.Errorf("一年 against 12 months = %v %v %v %v, want 0", d, abs, ok, err)
	}
	if d, abs, _, _ := lawBenchImprison("无法判断", "刑期:12个月"); !abs || d != math.Log(216) {
		t.Errorf("abstention = %v %v, want ln 216", d, abs)
	}
	if _, _, ok, _ := lawBenchImprison("12个月", "刑期:无期"); ok {
		t.Error("a life gold is skipped by LawBench")
	}
	if ok, _, err := lawBenchAmount("共计8500元", "上文涉及到的犯罪金额:8500.0元。"); !ok || err != nil {
		t.Errorf("8500 = %v %v, want correct", ok, err)
	}
}

func TestLeakSet(t *testing.T) {
	s := leakSet{}
	long := "公诉机关指控：2016年3月28日20时许，被告人颜某在本市洪山区马湖新村足球场马路边捡拾到被害人谢某的手机一部，并在同年盗走三千七百元。"
	s.add(long)
	if !s.has(" " + long) {
		t.Error("the same facts with other white space must match")
	}
	if !s.has(long[:len(long)-len("盗走三千七百元。")] + "盗走四千元。") {
		t.Error("facts sharing the first 60 characters must match")
	}
	if s.has("被告人张某醉酒驾驶机动车。") {
		t.Error("other facts must not match")
	}
}
