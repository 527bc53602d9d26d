package draft

import (
	"testing"

	"leian/drafting/sentencing"
)

func TestFromEstimateFine(t *testing.T) {
	tests := []struct {
		name string
		rng  [2]float64
		want float64
	}{
		// tune 303e3f27 and 1abfc366: counts with no similar case of their
		// charge had been fined 7,250 and 14,375 元.
		{"between 6,000 and 8,000: written 10,000", [2]float64{2500, 12000}, 10000},
		{"between 10,000 and 15,000: written 20,000", [2]float64{8750, 20000}, 20000},
		{"4,000 is written 5,000", [2]float64{3000, 5000}, 5000},
		{"a usual amount stays", [2]float64{2000, 4000}, 3000},
		{"no range, no fine", [2]float64{}, 0},
	}
	for _, tt := range tests {
		r := fromEstimate(sentencing.Recommendation{Kind: "有期徒刑", Months: 15, Fine: sentencing.Fine{Range: tt.rng}})
		if r.FineYuan != tt.want {
			t.Errorf("%s: fine %v, want %v", tt.name, r.FineYuan, tt.want)
		}
	}
}
