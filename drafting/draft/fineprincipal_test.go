package draft

import "testing"

func TestPrincipalFine(t *testing.T) {
	tests := []struct {
		name                     string
		months, raised, unraised int
		want                     int
	}{
		{"single defendant: nothing raised", 18, 18, 18, 18},
		{"first of several: the unraised term", 26, 26, 20, 20},
		{"proposal lowered the raised term: the proposal's", 24, 26, 20, 24},
		{"proposal set another term: the proposal's", 36, 26, 20, 36},
		{"a lone defendant's term lowered for 退赃: the unlowered term", 17, 17, 20, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := principalFine(tt.months, tt.raised, tt.unraised); got != tt.want {
				t.Errorf("principalFine(%d, %d, %d) = %d, want %d", tt.months, tt.raised, tt.unraised, got, tt.want)
			}
		})
	}
}
