package draft

import (
	"strings"

	"leian/retrieval"
)

// The family keys (content hash, ajId, case number) come with a stored
// document; facts pasted without one (leian draft --facts, the API) carry
// none, and a stored judgment of the same case, or a co-defendant's tried
// apart, restates the same facts. A similar case whose judgment holds our
// facts is the same case, and is dropped before anything is read from it:
// drafting a stored case's facts from the command line had adapted its own
// judgment.

// holdsFacts reports whether judgment text full holds facts: at least
// holdShare of facts' holdWindow-rune windows (one every holdStep*4 runes,
// white space removed) occur in it.
func holdsFacts(full, facts string) bool {
	rs := []rune(squeeze(facts))
	full = squeeze(full)
	n, shared := 0, 0
	for j := 0; j+holdWindow <= len(rs); j += holdStep * 4 {
		n++
		if strings.Contains(full, string(rs[j:j+holdWindow])) {
			shared++
		}
	}
	return n > 0 && float64(shared) >= holdShare*float64(n)
}

// withoutOwnJudgment drops the precedents, and their results, whose
// judgment holds facts; dropped counts them.
func withoutOwnJudgment(precs []precedent, rs []retrieval.Result, facts string) ([]precedent, []retrieval.Result, int) {
	own := map[string]bool{}
	var kept []precedent
	for _, p := range precs {
		if holdsFacts(p.full, facts) {
			own[p.id] = true
			continue
		}
		kept = append(kept, p)
	}
	if len(own) == 0 {
		return precs, rs, 0
	}
	var keptRs []retrieval.Result
	for _, r := range rs {
		if !own[r.ID] {
			keptRs = append(keptRs, r)
		}
	}
	return kept, keptRs, len(own)
}
