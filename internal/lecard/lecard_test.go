package lecard

import (
	"encoding/json"
	"slices"
	"strconv"
	"testing"

	"leian/internal/dataset"
)

func TestLeadingID(t *testing.T) {
	tests := []struct {
		line string
		id   string
		ok   bool
	}{
		{`{"id": "8", "ajId": "29b1"}`, "8", true},
		{`{"ajId": "x", "id": "8"}`, "", false},
		{`{"id": "a\"b"}`, "", false},
		{`{"id": "unterminated`, "", false},
	}
	for _, tt := range tests {
		if id, ok := leadingID([]byte(tt.line)); id != tt.id || ok != tt.ok {
			t.Errorf("leadingID(%s) = %q, %v; want %q, %v", tt.line, id, ok, tt.id, tt.ok)
		}
	}
}

// TestLoadKeepsFileOrder: every reader ranks and cuts (--limit, the gate's
// first 20) the labelled queries in the order of queries.jsonl.
func TestLoadKeepsFileOrder(t *testing.T) {
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	dataset.Lines(t, "lecard/queries.jsonl", func(_ int, b []byte) bool {
		var q struct {
			RIdx int `json:"ridx"`
		}
		if err := json.Unmarshal(b, &q); err != nil {
			t.Fatal(err)
		}
		if id := strconv.Itoa(q.RIdx); len(s.Labels[id]) > 0 {
			order = append(order, id)
		}
		return true
	})
	got := make([]string, len(s.Queries))
	for i, q := range s.Queries {
		got[i] = q.ID
	}
	if len(got) != 77 || !slices.Equal(got, order) {
		t.Errorf("queries %v, want the 77 labelled ones in file order %v", got, order)
	}
}
