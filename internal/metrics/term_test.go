package metrics

import "testing"

func TestTermScore(t *testing.T) {
	tests := []struct {
		name       string
		pred, gold Term
		want       float64
	}{
		{"exact months", Term{Months: 12}, Term{Months: 12}, 1},
		{"ln(13/10)=0.262 -> 0.8", Term{Months: 9}, Term{Months: 12}, 0.8},
		{"ln(13/7)=0.619 -> 0.4", Term{Months: 6}, Term{Months: 12}, 0.4},
		{"ln(37/13)=1.046 -> 0", Term{Months: 36}, Term{Months: 12}, 0},
		{"none vs none", Term{}, Term{}, 1},
		{"death right", Term{Death: true}, Term{Death: true}, 1},
		{"death missed", Term{Life: true}, Term{Death: true}, 0},
		{"life right", Term{Life: true}, Term{Life: true}, 1},
		{"life for fixed term", Term{Life: true}, Term{Months: 120}, 0},
	}
	for _, tt := range tests {
		if got := TermScore(tt.pred, tt.gold); !near(got, tt.want) {
			t.Errorf("%s: TermScore = %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := LogDistance(0, 215); !near(got, 5.3752784076841653) { // ln(216)
		t.Errorf("LogDistance(0, 215) = %v", got)
	}
}
