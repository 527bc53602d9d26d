package metrics

import (
	"reflect"
	"testing"
)

func TestCharEdits(t *testing.T) {
	tests := []struct {
		src, dst string
		want     []CharEdit
	}{
		{"上诉证据合法", "上述证据合法", []CharEdit{{1, 2, "述"}}},
		{"被告嬴荡赔偿", "被告应当赔偿", []CharEdit{{2, 4, "应当"}}},
		{"曾于2月曾申请", "曾于2月申请", []CharEdit{{4, 5, ""}}},
		{"接申请后", "接到申请后", []CharEdit{{1, 1, "到"}}},
		{"一样", "一样", nil},
		{"墙翻进入", "翻墙进入", []CharEdit{{0, 2, "翻墙"}}},
	}
	for _, tt := range tests {
		if got := CharEdits(tt.src, tt.dst); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("CharEdits(%q, %q) = %v, want %v", tt.src, tt.dst, got, tt.want)
		}
	}
}

func TestEditCountsPRF(t *testing.T) {
	var c EditCounts
	c.Add([]CharEdit{{1, 2, "述"}}, []CharEdit{{1, 2, "述"}})
	c.Add([]CharEdit{{0, 1, "x"}}, []CharEdit{{3, 4, "y"}})
	c.Add(nil, []CharEdit{{2, 3, "z"}})
	p, r, f := c.PRF(0.5)
	if p != 0.5 || r != 1.0/3 || f < 0.4545 || f > 0.4546 {
		t.Fatalf("P=%v R=%v F=%v", p, r, f)
	}
	var none EditCounts
	none.Add(nil, []CharEdit{{0, 1, "a"}})
	if _, _, f := none.PRF(0.5); f != 0 {
		t.Fatalf("copying the input scores %v, want 0", f)
	}
}
