package evals

import (
	"context"
	"leian/corpus/rules"
	"math"
	"testing"

	"leian/internal/dataset"
)

// TestLawBenchArticleF1 checks the reproduction of LawBench's
// compute_ljp_article on the prediction forms models write.
func TestLawBenchArticleF1(t *testing.T) {
	tests := []struct {
		pred string
		gold []int
		want float64
	}{
		{"刑法第264条", []int{264}, 1},
		{"刑法第264条、刑法第67条", []int{264}, 2.0 / 3},
		// LawBench's lazy 第(.*?)款 runs from the first 第 to 款 and so
		// deletes the article too: an article with a 款 scores 0 there.
		{"刑法第二百六十四条第一款", []int{264}, 0},
		{"刑法第二百六十四条", []int{264}, 1},
		{"第一百三十三条之一", []int{133}, 1},
		{"刑法第266条", []int{266, 159}, 2.0 / 3},
		{"", []int{264}, 0},
		{"无法判断", []int{264}, 0},
		{"刑法第385条、第386条、第383条", []int{383, 385, 386}, 1},
	}
	for _, tt := range tests {
		if got := lawBenchArticleF1(tt.pred, tt.gold); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("lawBenchArticleF1(%q, %v) = %v, want %v", tt.pred, tt.gold, got, tt.want)
		}
	}
}

func TestSplitLawBenchQuestion(t *testing.T) {
	facts, charges := splitLawBenchQuestion("事实:公诉机关指控：被告人颜某在本市洪山区马湖新村…\r\n罪名:盗窃;伪造、变造居民身份证。")
	if facts != "公诉机关指控：被告人颜某在本市洪山区马湖新村…" || len(charges) != 2 || charges[1] != "伪造、变造居民身份证" {
		t.Errorf("got %q %q", facts, charges)
	}
}

func TestArticlesSuiteSlice(t *testing.T) {
	dataset.Path(t, "lawbench/3-1.json")
	dir, _ := dataset.Dir()
	res, err := Articles().Run(context.Background(), Input{DataDir: dir, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if res.N != 100 {
		t.Errorf("N = %d", res.N)
	}
	if f1 := res.Metrics["f1"]; f1 < 70 || f1 < res.Baselines["constant_264"]["f1"] {
		t.Errorf("f1 = %.2f, want ≥ 70 (the first 100 items score lower than all 300) and above the constant baseline %v", f1, res.Baselines["constant_264"])
	}
	if res.Metrics["f1"] < res.Baselines["principal_only"]["f1"] {
		t.Errorf("f1 %.2f below principal-only %.2f", res.Metrics["f1"], res.Baselines["principal_only"]["f1"])
	}
}

// TestChargeTableOracle checks the in-sample ceiling on hand-computed
// groups: each group takes its best single gold answer.
func TestChargeTableOracle(t *testing.T) {
	lists := []string{"盗窃", "盗窃", "盗窃", "诈骗"}
	golds := [][]int{{264}, {264}, {264, 65}, {266}}
	// 盗窃: answer 264 scores 1, 1 and 2/3; answer {264,65} scores 2/3, 2/3, 1.
	// 诈骗: 1. Mean = (1 + 1 + 2/3 + 1) / 4.
	got, groups := chargeTableOracle(lists, golds)
	if want := (3 + 2.0/3) / 4; math.Abs(got-want) > 1e-12 || groups != 2 {
		t.Errorf("chargeTableOracle = %g over %d groups, want %g over 2", got, groups, want)
	}
}

// TestUnknownChargeIsAMiss: an item whose charge the library cannot name
// stays in the denominator and scores 0; gold is never re-read through the
// library.
func TestUnknownChargeIsAMiss(t *testing.T) {
	dataset.Path(t, "laws")
	dir, _ := dataset.Dir()
	lib, err := rules.Load(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	pred, known := predictArticles(lib, "", []string{"骗购外汇"}, true, false)
	if known || len(pred) != 0 {
		t.Fatalf("predictArticles(骗购外汇) = %v known %v, want nothing", pred, known)
	}
	if f1 := lawBenchArticleF1(renderArticles(pred), []int{190}); f1 != 0 {
		t.Errorf("an abstention scores %g, want 0", f1)
	}
}
