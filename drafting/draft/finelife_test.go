package draft

import "testing"

func TestLifeFine(t *testing.T) {
	tests := []struct {
		kind       string
		fine, want float64
	}{
		{"无期徒刑", 23714000, 0},
		{"死刑", 50000, 0},
		{"有期徒刑", 50000, 50000},
		{"拘役", 2000, 2000},
		{"单处罚金", 10000, 10000},
	}
	for _, tt := range tests {
		r := &Recommendation{Kind: tt.kind, FineYuan: tt.fine}
		if lifeFine(r); r.FineYuan != tt.want {
			t.Errorf("%s: fine %v, want %v", tt.kind, r.FineYuan, tt.want)
		}
	}
	lifeFine(nil) // no recommendation: nothing to do
}
