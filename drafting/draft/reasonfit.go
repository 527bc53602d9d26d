package draft

import "slices"

// The reasoning's wording is the most typical among the first similar
// cases' reasonings. When fewer than three similar cases share all our
// charges, that set also holds cases convicting of other charges besides
// ours, and the most typical wording may be one of theirs: its sentences
// about its other counts are then cut (reasoncharges.go), leaving a
// reasoning written for another case. Among the cases that convict of
// exactly our charges, with one defendant or several as ours, the typical
// wording is chosen when at least minFitting of them are among the first.

// minFitting is how many fitting cases the choice needs: with one, the
// "typical" wording would be that case's whatever it says (set a priori).
const minFitting = 2

// fitting are the candidates (adapted reasonings) whose similar case
// convicts of exactly charges and has several defendants when multi does;
// all of cands when fewer than minFitting fit.
func fitting(cands []candidate, same []precedent, charges []string, multi bool) []candidate {
	byID := map[string]precedent{}
	for _, p := range same {
		byID[p.id] = p
	}
	var out []candidate
	for _, c := range cands {
		p, ok := byID[c.id]
		if !ok || len(p.charges) != len(charges) || p.state.multi != multi {
			continue
		}
		if slices.ContainsFunc(charges, func(x string) bool { return !slices.Contains(p.charges, x) }) {
			continue
		}
		out = append(out, c)
	}
	if len(out) < minFitting {
		return cands
	}
	return out
}
