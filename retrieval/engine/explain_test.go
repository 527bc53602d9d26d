package engine

import (
	"strings"
	"testing"

	"leian/retrieval"
	"leian/retrieval/elements"
	"leian/retrieval/rank"
)

// A case shown for an alternative charge says so among its reasons.
func TestExplainReserved(t *testing.T) {
	req := &rank.Request{Query: retrieval.Query{NoHighlights: true}}
	card := Card{Title: "某某抢夺案", Charges: []string{"抢夺罪"}}
	for _, tc := range []struct {
		name     string
		reserved bool
		want     bool
	}{
		{"ranked", false, false},
		{"reserved", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := explain(req, nil, rank.Candidate{ID: "x", Reserved: tc.reserved}, card, elements.Case{})
			if r.Reserved != tc.reserved {
				t.Errorf("Reserved = %v, want %v", r.Reserved, tc.reserved)
			}
			said := false
			for _, why := range r.Reasons {
				said = said || strings.Contains(why.Text, "备选罪名抢夺罪")
			}
			if said != tc.want {
				t.Errorf("reasons %v: reserved reason %v, want %v", r.Reasons, said, tc.want)
			}
		})
	}
}
