package evals

import (
	"math"
	"testing"
)

// A query with labels {a:3, b:2, c:0, d:3} and a ranking that mixes in the
// unlabelled candidates x and y, scored by hand under both protocols.
func TestScoreLeCaRDQuery(t *testing.T) {
	labels := map[string]int{"a": 3, "b": 2, "c": 0, "d": 3}
	ranking := []string{"x", "a", "c", "y", "d", "b", "a"} // the repeated "a" counts once
	got := scoreLeCaRDQuery(ranking, labels)

	l := func(r int) float64 { return math.Log2(float64(r) + 1) } // rank is 1-based
	idcg := 3/l(1) + 3/l(2) + 2/l(3)
	// whole ranking: gains x0 a3 c0 y0 d3 b2
	whole := (3/l(2) + 3/l(5) + 2/l(6)) / idcg
	// labelled only: a3 c0 d3 b2
	labelled := (3/l(1) + 3/l(3) + 2/l(4)) / idcg
	want := map[string]float64{
		"ndcg@10":          whole,
		"ndcg@20":          whole,
		"ndcg@30":          whole,
		"p@5":              2.0 / 5, // a, d in the first five
		"p@10":             2.0 / 10,
		"map":              (1.0/2 + 2.0/5) / 2,
		"ndcg@30_labelled": labelled,
		"p@5_labelled":     2.0 / 5,
		"map_labelled":     (1.0/1 + 2.0/3) / 2,
	}
	for name, w := range want {
		if math.Abs(got[name]-w) > 1e-12 {
			t.Errorf("%s = %.6f, want %.6f", name, got[name], w)
		}
	}
}

func TestScoreLeCaRDQueryEdges(t *testing.T) {
	labels := map[string]int{"a": 3, "b": 1}
	tests := []struct {
		name    string
		ranking []string
		metric  string
		want    float64
	}{
		{"empty ranking", nil, "ndcg@30", 0},
		{"only unlabelled", []string{"x", "y"}, "map", 0},
		{"relevant missed: trec MAP divides by all relevant", []string{"b"}, "map", 0},
		{"relevant missed: LeCaRD MAP has no relevant to divide by", []string{"b"}, "map_labelled", 0},
		{"short list still divides P@5 by 5", []string{"a"}, "p@5_labelled", 0.2},
	}
	for _, tt := range tests {
		if got := scoreLeCaRDQuery(tt.ranking, labels)[tt.metric]; math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: %s = %v, want %v", tt.name, tt.metric, got, tt.want)
		}
	}
}
