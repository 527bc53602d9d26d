package textwidth

import "testing"

func TestOf(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"ndcg@30", 7},
		{"本系统", 6},
		{"刑法264", 7},
		{"ＡＢ", 4},
	}
	for _, tt := range tests {
		if got := Of(tt.in); got != tt.want {
			t.Errorf("Of(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
