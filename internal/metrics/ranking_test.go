package metrics

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestNDCG(t *testing.T) {
	l2, l3, l4 := math.Log2(2), math.Log2(3), math.Log2(4)
	tests := []struct {
		name   string
		ranked []float64
		judged []float64
		k      int
		want   float64
	}{
		{"perfect", []float64{3, 2, 1}, []float64{1, 3, 2}, 3, 1},
		{"reversed", []float64{1, 2, 3}, []float64{3, 2, 1}, 3,
			(1/l2 + 2/l3 + 3/l4) / (3/l2 + 2/l3 + 1/l4)},
		{"ideal from all judged, not only retrieved", []float64{3, 0}, []float64{3, 3}, 2,
			(3 / l2) / (3/l2 + 3/l3)},
		{"k larger than both lists", []float64{0, 2}, []float64{2}, 10, (2 / l3) / (2 / l2)},
		{"empty relevance", []float64{0, 0}, []float64{0, 0}, 2, 0},
		{"no judgments", []float64{1}, nil, 5, 0},
		{"ties keep their value", []float64{2, 2}, []float64{2, 2}, 2, 1},
		{"k cuts", []float64{0, 3}, []float64{3}, 1, 0},
	}
	for _, tt := range tests {
		if got := NDCG(tt.ranked, tt.judged, tt.k); !near(got, tt.want) {
			t.Errorf("%s: NDCG = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNDCGDoesNotReorderJudged(t *testing.T) {
	judged := []float64{1, 3, 2}
	NDCG([]float64{3}, judged, 3)
	if judged[0] != 1 || judged[1] != 3 {
		t.Errorf("NDCG sorted its caller's slice: %v", judged)
	}
}

func TestPrecisionRecall(t *testing.T) {
	r := []bool{true, false, true}
	tests := []struct {
		name      string
		rel       []bool
		k, total  int
		wantP     float64
		wantR     float64
		wantRecOK bool
	}{
		{"k within list", r, 2, 4, 0.5, 0.25, true},
		{"k larger than list divides by k", r, 5, 2, 0.4, 1, true},
		{"empty list", nil, 5, 3, 0, 0, true},
		{"no relevant at all", []bool{false}, 1, 0, 0, 0, true},
		{"k zero", r, 0, 2, 0, 0, true},
	}
	for _, tt := range tests {
		if got := PrecisionAt(tt.rel, tt.k); !near(got, tt.wantP) {
			t.Errorf("%s: P@%d = %v, want %v", tt.name, tt.k, got, tt.wantP)
		}
		if got := RecallAt(tt.rel, tt.k, tt.total); !near(got, tt.wantR) {
			t.Errorf("%s: R@%d = %v, want %v", tt.name, tt.k, got, tt.wantR)
		}
	}
}

func TestAveragePrecision(t *testing.T) {
	tests := []struct {
		name  string
		rel   []bool
		total int
		want  float64
	}{
		{"two hits, all found", []bool{true, false, true}, 2, (1 + 2.0/3) / 2},
		{"trec denominator counts missed relevant", []bool{false, true}, 3, 0.5 / 3},
		{"lecard denominator counts retrieved relevant", []bool{false, true}, 1, 0.5},
		{"none relevant", []bool{false, false}, 0, 0},
		{"empty ranking", nil, 2, 0},
	}
	for _, tt := range tests {
		if got := AveragePrecision(tt.rel, tt.total); !near(got, tt.want) {
			t.Errorf("%s: AP = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMean(t *testing.T) {
	if Mean(nil) != 0 || !near(Mean([]float64{1, 2, 4}), 7.0/3) {
		t.Errorf("Mean wrong: %v %v", Mean(nil), Mean([]float64{1, 2, 4}))
	}
}
