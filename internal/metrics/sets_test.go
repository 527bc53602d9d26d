package metrics

import "testing"

func TestSetPRF(t *testing.T) {
	tests := []struct {
		name       string
		pred, gold []int
		want       PRF
	}{
		{"exact", []int{264}, []int{264}, PRF{1, 1, 1}},
		{"half right", []int{264, 67}, []int{264}, PRF{0.5, 1, 2.0 / 3}},
		{"duplicates count once", []int{264, 264, 67}, []int{264, 52}, PRF{0.5, 0.5, 0.5}},
		{"empty prediction", nil, []int{264}, PRF{0, 0, 0}},
		{"empty gold", []int{264}, nil, PRF{0, 0, 0}},
		{"disjoint", []int{1}, []int{2}, PRF{0, 0, 0}},
	}
	for _, tt := range tests {
		got := SetPRF(tt.pred, tt.gold)
		if !near(got.Precision, tt.want.Precision) || !near(got.Recall, tt.want.Recall) || !near(got.F1, tt.want.F1) {
			t.Errorf("%s: SetPRF = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
