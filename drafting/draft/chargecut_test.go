package draft

import "testing"

func TestCutWording(t *testing.T) {
	tests := []struct {
		w, c string
		want bool
	}{
		{"著作权罪", "侵犯著作权罪", true},
		{"侵犯著作权罪", "侵犯著作权罪", false},
		{"贩卖毒品罪", "走私、贩卖、运输、制造毒品罪", false},
		{"盗窃罪", "盗窃罪", false},
	}
	for _, tt := range tests {
		if got := cutWording(tt.w, tt.c); got != tt.want {
			t.Errorf("cutWording(%q, %q) = %v, want %v", tt.w, tt.c, got, tt.want)
		}
	}
}
