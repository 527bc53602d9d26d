package draft

import (
	"context"
	"testing"
)

func TestLastAlone(t *testing.T) {
	names := []string{"唐拥武", "贺彼凤", "曾狄元"}
	served := Penalty{Kind: "有期徒刑", Months: 24}
	suspended := Penalty{Kind: "有期徒刑", Months: 24, ProbationMonths: 36}
	tests := []struct {
		name  string
		i     int
		names []string
		out   []Penalty
		want  bool
	}{
		{"the last, no one before suspended", 2, names, []Penalty{served, served}, true},
		{"the last, the first suspended", 2, names, []Penalty{suspended, served}, false},
		{"the last, the second suspended", 2, names, []Penalty{served, suspended}, false},
		{"not the last", 1, names, []Penalty{served}, false},
		{"a lone defendant", 0, names[:1], nil, false},
		{"the second of two", 1, names[:2], []Penalty{served}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lastAlone(tt.i, tt.names, tt.out); got != tt.want {
				t.Errorf("lastAlone(%d) = %v, want %v", tt.i, got, tt.want)
			}
		})
	}
}

func TestProbationLastThreshold(t *testing.T) {
	m, err := TrainProbation(context.Background(), probationCases())
	if err != nil {
		t.Fatal(err)
	}
	// A gang's lesser member, as the corpus writes it.
	c := ProbationCase{Facts: "被告人唐拥武纠集被告人贺彼凤、曾狄元等人，在某村开设赌场，被告人曾狄元负责望风，从中获利。", Charge: "开设赌场罪", Kind: "有期徒刑", Months: 15}
	chance := m.Chance(c)
	last := c
	last.LastAlone = true
	tests := []struct {
		name string
		rule ProbationRule
		c    ProbationCase
		want int
	}{
		{"the last alone from the lower chance", ProbationRule{Model: m, Threshold: chance + 0.1, LastThreshold: chance / 2}, last, 15},
		{"the last alone below it", ProbationRule{Model: m, Threshold: chance + 0.1, LastThreshold: chance + 0.05}, last, 0},
		{"another defendant keeps the threshold", ProbationRule{Model: m, Threshold: chance + 0.1, LastThreshold: chance / 2}, c, 0},
		{"no such rule", ProbationRule{Model: m, Threshold: chance + 0.1}, last, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _, err := tt.rule.Decide(tt.c, nil); err != nil || (got > 0) != (tt.want > 0) {
				t.Errorf("Decide = %d, %v; want %d", got, err, tt.want)
			}
		})
	}
}
