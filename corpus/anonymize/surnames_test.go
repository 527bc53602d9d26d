package anonymize

import "testing"

func TestHasSurname(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"张三", true}, {"欧阳明", true}, {"王某", true},
		{"不同意", false}, {"归案", false}, {"具有坦白", false}, {"", false},
	}
	for _, tt := range tests {
		if got := HasSurname(tt.name); got != tt.want {
			t.Errorf("HasSurname(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
