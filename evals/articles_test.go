package evals

import (
	"context"
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
