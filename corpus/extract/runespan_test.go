package extract

import "testing"

// TestRuneSpans: counting on from the last range gives spanOf's spans, in
// order, out of order and over multi-byte text.
func TestRuneSpans(t *testing.T) {
	s := "被告人张某于2019年盗窃现金3,000元，又骗取人民币二千元及1.5万元。"
	tests := []struct {
		name   string
		ranges [][2]int
	}{
		{"increasing", [][2]int{{0, 3}, {21, 28}, {45, 50}, {60, 70}}},
		{"repeated", [][2]int{{21, 28}, {21, 28}}},
		{"out of order", [][2]int{{45, 50}, {0, 9}, {60, 70}}},
		{"empty and at the end", [][2]int{{9, 9}, {len(s), len(s)}}},
	}
	for _, tt := range tests {
		r := newRuneSpans(s, 100)
		for _, b := range tt.ranges {
			if got, want := r.span(b[0], b[1]), spanOf(s, 100, b[0], b[1]); got != want {
				t.Errorf("%s: span(%d, %d) = %v, want %v", tt.name, b[0], b[1], got, want)
			}
		}
	}
}
