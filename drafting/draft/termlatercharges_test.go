package draft

import (
	"slices"
	"testing"
)

func TestUnreadCharges(t *testing.T) {
	charges := []string{"盗窃罪", "掩饰、隐瞒犯罪所得罪"}
	written := []string{"盗窃罪", "掩饰、隐瞒犯罪所得罪"}
	tests := []struct {
		name  string
		who   string
		names []string
		want  []string
	}{
		{"lone defendant gets every charge", "甲", []string{"甲"}, charges},
		{"first of several gets every charge", "甲", []string{"甲", "乙", "丙"}, charges},
		{"second gets the principal alone", "乙", []string{"甲", "乙", "丙"}, []string{"盗窃罪"}},
		{"third gets the principal alone", "丙", []string{"甲", "乙", "丙"}, []string{"盗窃罪"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, w := range unreadCharges(tt.who, tt.names, charges, written) {
				got = append(got, w.charge)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("unreadCharges(%s) = %q, want %q", tt.who, got, tt.want)
			}
		})
	}
}
