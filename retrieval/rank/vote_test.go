package rank

import (
	"context"
	"errors"
	"math"
	"testing"

	"leian/retrieval/elements"
)

// caseMap is a CaseSource over fixed elements.
type caseMap map[string]elements.Case

func (m caseMap) Case(_ context.Context, id string) (elements.Case, error) {
	c, ok := m[id]
	if !ok {
		return elements.Case{}, errors.New("no case " + id)
	}
	return c, nil
}

func TestChargeVote(t *testing.T) {
	cases := caseMap{
		"a": {Charges: []string{"盗窃罪"}},
		"b": {Charges: []string{"盗窃罪", "抢劫罪"}},
		"c": {Charges: []string{"抢劫罪"}},
		"d": {Charges: []string{"诈骗罪"}},
	}
	// a and b lead on both signals, c is third, d last.
	cand := func(id string, bm25, dense float64) Candidate {
		return Candidate{ID: id, Features: Features{"bm25": bm25, "dense": dense}, Parts: map[string]float64{}}
	}
	// With K = 10, a candidate with r candidates ahead on a signal gets
	// 10/(10+r) from it: a 2, b 20/11, c 10/6, d 20/13.
	na, nb, nc := 2.0, 20.0/11, 10.0/6
	for _, tc := range []struct {
		name string
		n    int
		want map[string]float64 // absent: no feature
	}{
		{"two voters", 2, map[string]float64{"a": 1, "b": 1, "c": nb / (na + nb), "d": 0}},
		{"three voters", 3, map[string]float64{"a": nb / (nb + nc), "b": 1, "c": nb / (na + nb), "d": 0}},
		{"no voters", 0, map[string]float64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cands := []Candidate{cand("d", 1, 0.1), cand("c", 5, 0.5), cand("b", 9, 0.8), cand("a", 10, 0.9)}
			if err := (ChargeVote{Cases: cases, N: tc.n}).Derive(context.Background(), cands); err != nil {
				t.Fatal(err)
			}
			for _, c := range cands {
				got, ok := c.Features[voteFeature]
				want, wantOK := tc.want[c.ID]
				if ok != wantOK || math.Abs(got-want) > 1e-9 {
					t.Errorf("%s: charge_nb = %v (set %v), want %v (set %v)", c.ID, got, ok, want, wantOK)
				}
			}
		})
	}
}

func TestChargeVoteUnknownCase(t *testing.T) {
	cands := []Candidate{{ID: "x", Features: Features{"bm25": 1}}, {ID: "y", Features: Features{"bm25": 2}}}
	if err := (ChargeVote{Cases: caseMap{}, N: 2}).Derive(context.Background(), cands); err == nil {
		t.Error("Derive over candidates without elements: no error")
	}
}
