package rank

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// ChargeVote is the "charge_nb" feature: the share of the candidates
// nearest the facts in words and meaning (best by BM25 and cosine rank
// together) that share a charge with each candidate. A push naming no
// charge otherwise knows its charge only from the predictor, which names
// the first charge of a LeCaRD dev query right for about half of them;
// the cases the text search finds first mostly carry the charge the
// facts describe, and vote for it without a label.
type ChargeVote struct {
	Cases CaseSource
	// N is how many of the nearest candidates vote: ten, fixed by hand,
	// as many as a push shows.
	N int
}

// voteFeature names ChargeVote's feature.
const voteFeature = "charge_nb"

// voteK is the rank constant the voters are chosen and weighed by, as
// Weighted's default.
const voteK = DefaultK

// Derive sets every candidate's charge_nb from the others' charges.
func (v ChargeVote) Derive(ctx context.Context, cands []Candidate) error {
	if len(cands) < 2 || v.N < 1 {
		return nil
	}
	order := Weighted{K: voteK}
	near := make([]float64, len(cands))
	for _, name := range Ranked {
		for i, x := range order.normalised(cands, name) {
			if _, ok := cands[i].Features[name]; ok {
				near[i] += x
			}
		}
	}
	idx := make([]int, len(cands))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if near[a] != near[b] {
			if near[a] > near[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(cands[a].ID, cands[b].ID)
	})
	voters := idx[:min(v.N, len(idx))]
	charges := make(map[int][]string, len(voters))
	for _, i := range voters {
		c, err := v.Cases.Case(ctx, cands[i].ID)
		if err != nil {
			return fmt.Errorf("charge vote, candidate %s: %w", cands[i].ID, err)
		}
		charges[i] = c.Charges
	}
	for i := range cands {
		c, err := v.Cases.Case(ctx, cands[i].ID)
		if err != nil {
			return fmt.Errorf("charge vote, candidate %s: %w", cands[i].ID, err)
		}
		var agree, total float64
		for _, n := range voters {
			if n == i {
				continue // a candidate does not vote for itself
			}
			total += near[n]
			if shares(c.Charges, charges[n]) {
				agree += near[n]
			}
		}
		if total > 0 {
			cands[i].Features[voteFeature] = agree / total
		}
	}
	return nil
}

func shares(a, b []string) bool {
	return slices.ContainsFunc(a, func(x string) bool { return slices.Contains(b, x) })
}
