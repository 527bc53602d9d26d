package draft

import "testing"

func TestUnderCeiling(t *testing.T) {
	tests := []struct {
		name     string
		months   int
		proposal termProposal
		lead     bool
		want     int
		held     bool
	}{
		{"first above the ceiling", 20, termProposal{hi: 12}, true, 7, true},
		{"first between 0.6 and the ceiling", 10, termProposal{hi: 12}, true, 7, true},
		{"first below 0.6 of the ceiling", 6, termProposal{hi: 12}, true, 6, false},
		{"a later defendant", 20, termProposal{hi: 12}, false, 20, false},
		{"a range is no ceiling alone", 20, termProposal{lo: 6, hi: 12}, true, 20, false},
		{"one term named", 20, termProposal{lo: 12, hi: 12, exact: true}, true, 20, false},
		{"life proposed", 20, termProposal{life: true}, true, 20, false},
		{"below 无期徒刑 bars life only", 200, termProposal{hi: maxFixedTerm}, true, 200, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var trace []string
			got, held := underCeiling(tt.months, tt.proposal, tt.lead, &trace)
			if got != tt.want || held != tt.held {
				t.Errorf("underCeiling(%d, %+v, %v) = %d, %v; want %d, %v", tt.months, tt.proposal, tt.lead, got, held, tt.want, tt.held)
			}
		})
	}
}
