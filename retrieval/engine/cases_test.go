package engine

import (
	"testing"

	"leian/retrieval/elements"
)

// TestLoadSummariesKeepsMannersRead: a case that states no manner comes
// back from an index that read manners as read (empty, not nil), so a push
// does not read it again from the facts; from an index that read none,
// every case is still unread.
func TestLoadSummariesKeepsMannersRead(t *testing.T) {
	for _, tc := range []struct {
		name     string
		cases    map[string]elements.Case
		wantRead map[string]bool
	}{
		{"read", map[string]elements.Case{"a": {Manners: []string{"入户"}}, "b": {Manners: []string{}}},
			map[string]bool{"a": true, "b": true}},
		{"before manners", map[string]elements.Case{"a": {}, "b": {}},
			map[string]bool{"a": false, "b": false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := saveSummaries(dir, tc.cases, nil); err != nil {
				t.Fatal(err)
			}
			s, err := LoadSummaries(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			for id, want := range tc.wantRead {
				if got := s.Cases[id].Manners != nil; got != want {
					t.Errorf("case %s: manners read %v, want %v", id, got, want)
				}
			}
		})
	}
}
