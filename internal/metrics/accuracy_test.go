package metrics

import "testing"

func TestAccuracy(t *testing.T) {
	tests := []struct {
		pred, gold []string
		want       float64
		wantErr    bool
	}{
		{[]string{"B", "C", "B", "B"}, []string{"B", "B", "B", "C"}, 0.5, false},
		{nil, nil, 0, false},
		{[]string{"B"}, []string{"B", "C"}, 0, true},
	}
	for _, tt := range tests {
		got, err := Accuracy(tt.pred, tt.gold)
		if (err != nil) != tt.wantErr || !near(got, tt.want) {
			t.Errorf("Accuracy(%v, %v) = %v, %v; want %v, err %v", tt.pred, tt.gold, got, err, tt.want, tt.wantErr)
		}
	}
}
