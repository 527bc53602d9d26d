package corpus

import "testing"

func TestDecided(t *testing.T) {
	months := func(n int) *int { return &n }
	tests := []struct {
		name   string
		labels []Labels
		kind   string
		months int
		ok     bool
	}{
		{"fixed term", []Labels{{Source: "cail2018", TermMonths: months(18)}}, "有期徒刑", 18, true},
		{"under six months is detention", []Labels{{Source: "cail2018", TermMonths: months(4)}}, "拘役", 4, true},
		{"no custodial term", []Labels{{Source: "cail2018", TermMonths: months(0)}}, "免予刑事处罚或单处罚金", 0, true},
		{"life", []Labels{{Source: "cail2018", Life: true}}, "无期徒刑", 0, true},
		{"death", []Labels{{Source: "cail2018", Death: true}}, "死刑", 0, true},
		{"a later source carries it", []Labels{{Source: "lecard"}, {Source: "cail2018", TermMonths: months(7)}}, "有期徒刑", 7, true},
		{"none", []Labels{{Source: "lecard"}}, "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, m, ok := (&Document{Labels: tt.labels}).Decided()
			if kind != tt.kind || m != tt.months || ok != tt.ok {
				t.Errorf("= %q %d %v, want %q %d %v", kind, m, ok, tt.kind, tt.months, tt.ok)
			}
		})
	}
}
