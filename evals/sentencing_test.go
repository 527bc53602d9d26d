package evals

import (
	"math"
	"testing"

	"leian/drafting/deviation"
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

// TestCrossChoose picks each fold's band on the other folds only: a band
// that is perfect everywhere but on fold 0 is chosen for fold 0 (which it
// cannot see) and refused for the others when a rival is perfect there.
func TestCrossChoose(t *testing.T) {
	grid := []deviation.Band{{Use: 1}, {Use: 2}}
	n := 10
	cases := make([]*devCase, n)
	fold := make([]int, n)
	perBand := [][]devResult{make([]devResult, n), make([]devResult, n)}
	for i := range n {
		fold[i] = i % deviationFolds
		good := devResult{score: [3]float64{0.1, 0.9, 0.5}, hit: [3]bool{false, true, false}}
		bad := devResult{score: [3]float64{0.9, 0.1, 0.5}, hit: [3]bool{true, false, false}}
		perBand[0][i] = good // band 0 is right on every fold but 0
		if fold[i] == 0 {
			perBand[0][i] = bad
		}
		perBand[1][i] = good // band 1 is right on fold 0 only
		if fold[i] != 0 {
			perBand[1][i] = bad
		}
	}
	m, chosen := crossChoose(cases, fold, grid, perBand, func(deviation.Band) bool { return true })
	if chosen[0] != grid[0] {
		t.Errorf("fold 0 chose %+v, want band 0 (best on folds 1–4)", chosen[0])
	}
	for f := 1; f < deviationFolds; f++ {
		if chosen[f] != grid[0] {
			t.Errorf("fold %d chose %+v, want band 0 (folds 0, 2–4 favour it 3 to 1)", f, chosen[f])
		}
	}
	if want := 0.2; math.Abs(m["false_alarm"]-want) > 1e-9 {
		t.Errorf("false_alarm %v, want %v (fold 0's cases scored by band 0)", m["false_alarm"], want)
	}
	only1, chosen1 := crossChoose(cases, fold, grid, perBand, func(b deviation.Band) bool { return b.Use == 2 })
	if chosen1[3] != grid[1] || only1["detection"] != 0.2 {
		t.Errorf("restricted to band 1: chose %+v, detection %v, want band 1 and 0.2", chosen1[3], only1["detection"])
	}
}
