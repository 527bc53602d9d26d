package rank

import "slices"

// Reserve makes the first k of cands (sorted best first) hold a
// candidate of every group of charge names that has one among cands: the
// best candidate of each group missing from them takes one of the last
// places of the first k, in the groups' order, and the candidates it
// displaces move down. charges gives a candidate's charges.
//
// A push from facts alone ranks on the predicted charge; when the
// predictor hesitates, the alternatives' best cases stay in view instead
// of a tenth case of a charge that may be wrong.
func Reserve(cands []Candidate, k int, groups [][]string, charges func(id string) []string) {
	k = min(k, len(cands))
	if k == 0 || len(groups) == 0 {
		return
	}
	var picks []int
	for range len(groups) + 1 {
		// The picks taking the last len(picks) places leave the first
		// k-len(picks) of the rest shown; a group shown only below them
		// needs a pick too.
		shown := k - len(picks)
		next := picksFor(cands, shown, groups, charges)
		if len(next) == len(picks) {
			break
		}
		picks = next
	}
	if len(picks) == 0 {
		return
	}
	if len(picks) > k {
		picks = picks[:k]
	}
	out := make([]Candidate, 0, len(cands))
	taken := make([]bool, len(cands))
	for _, p := range picks {
		taken[p] = true
	}
	for i, c := range cands {
		if len(out) == k-len(picks) {
			break
		}
		if !taken[i] {
			out = append(out, c)
			taken[i] = true
		}
	}
	for _, p := range picks {
		c := cands[p]
		c.Reserved = true
		out = append(out, c)
	}
	for i, c := range cands {
		if !taken[i] {
			out = append(out, c)
		}
	}
	copy(cands, out)
}

// picksFor are, for each group no candidate among the first shown
// holds, the index of its best candidate below them, in the groups'
// order; a candidate already picked for another group covers this one.
func picksFor(cands []Candidate, shown int, groups [][]string, charges func(id string) []string) []int {
	var picks []int
	for _, g := range groups {
		at := slices.IndexFunc(cands, func(c Candidate) bool { return holds(charges(c.ID), g) })
		if at >= shown && !slices.Contains(picks, at) {
			picks = append(picks, at)
		}
	}
	return picks
}

func holds(have, names []string) bool {
	for _, h := range have {
		if slices.Contains(names, h) {
			return true
		}
	}
	return false
}
