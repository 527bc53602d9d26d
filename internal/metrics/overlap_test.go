package metrics

import "testing"

func TestCharF1(t *testing.T) {
	tests := []struct {
		pred, gold string
		want       float64
	}{
		{"盗窃罪", "盗窃罪", 1},
		{"盗窃", "盗窃罪", 2 * 1 * (2.0 / 3) / (1 + 2.0/3)},
		{"诈骗", "盗窃", 0},
		{"", "", 1},
		{"", "盗窃", 0},
		{"窃窃", "窃", 2 * 0.5 * 1 / 1.5}, // repeated characters count as a multiset
		{" 盗 窃 ", "盗窃", 1},
	}
	for _, tt := range tests {
		if got := CharF1(tt.pred, tt.gold); !near(got, tt.want) {
			t.Errorf("CharF1(%q, %q) = %v, want %v", tt.pred, tt.gold, got, tt.want)
		}
	}
}
