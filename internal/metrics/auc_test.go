package metrics

import (
	"math"
	"testing"
)

func TestAUC(t *testing.T) {
	tests := []struct {
		name     string
		neg, pos []float64
		want     float64
	}{
		{"perfect", []float64{0.1, 0.2}, []float64{0.8, 0.9}, 1},
		{"inverted", []float64{0.8, 0.9}, []float64{0.1, 0.2}, 0},
		{"all tied", []float64{0.5, 0.5}, []float64{0.5}, 0.5},
		{"one swap", []float64{0.1, 0.6}, []float64{0.5, 0.9}, 0.75},
		{"empty", nil, []float64{1}, 0},
	}
	for _, tt := range tests {
		if got := AUC(tt.neg, tt.pos); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: AUC = %v, want %v", tt.name, got, tt.want)
		}
	}
}
