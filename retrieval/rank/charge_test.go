package rank

import (
	"maps"
	"math"
	"testing"
)

func TestChargeOdds(t *testing.T) {
	both := func(c string) []string {
		if c == "盗窃" {
			return []string{"盗窃罪"}
		}
		return []string{c + "罪", "官方" + c + "罪"}
	}
	tests := []struct {
		name   string
		ranked []Prediction
		want   map[string]float64
	}{
		{"none", nil, map[string]float64{}},
		{"best gets 1, a close second most of it, a far third nothing",
			[]Prediction{{"盗窃", 0.5}, {"抢劫", 0.475}, {"诈骗", 0.39}},
			map[string]float64{"盗窃罪": 1, "抢劫罪": 0.75, "官方抢劫罪": 0.75}},
		{"a score of zero predicts nothing", []Prediction{{"盗窃", 0}}, map[string]float64{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ChargeOdds(tc.ranked, both)
			if !maps.EqualFunc(got, tc.want, func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }) {
				t.Errorf("ChargeOdds = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestChargeOddsOfACandidate(t *testing.T) {
	odds := map[string]float64{"盗窃罪": 1, "抢劫罪": 0.4}
	tests := []struct {
		charges []string
		want    float64
	}{
		{[]string{"抢劫罪", "盗窃罪"}, 1},
		{[]string{"抢劫罪"}, 0.4},
		{[]string{"诈骗罪"}, 0},
		{nil, 0},
	}
	for _, tc := range tests {
		if got := chargeOdds(odds, tc.charges); got != tc.want {
			t.Errorf("chargeOdds(%v) = %g, want %g", tc.charges, got, tc.want)
		}
	}
}
