package engine

import (
	"strings"
	"testing"
)

// TestSearchable: facts are searchable when any part holds a term, within
// the prefix tried first or only after it.
func TestSearchable(t *testing.T) {
	filler := strings.Repeat("，。", searchablePrefix)
	for _, tc := range []struct {
		name  string
		facts string
		want  bool
	}{
		{"term first", "被告人王某窃得手机一部。" + filler, true},
		{"term after the prefix", filler + "被告人王某窃得手机一部。", true},
		{"punctuation only", filler, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := searchable(tc.facts); got != tc.want {
				t.Errorf("searchable = %v, want %v", got, tc.want)
			}
		})
	}
}
