package draft

import (
	"regexp"
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

// holdsFacts reports whether judgment text full holds facts: the first
// date the facts give is in it, and at least holdShare of facts'
// holdWindow-rune windows (one every holdStep*4 runes, white space
// removed) occur in it. The date matters for short formulaic facts: on
// the tune set eleven other drunk-driving and drug-sale judgments of the
// same procuratorate shared 31–38% of the windows by their wording alone.
func holdsFacts(full, facts string) bool {
	rs := []rune(squeeze(facts))
	full = squeeze(full)
	if d := factsDateRe.FindString(string(rs)); d != "" && !strings.Contains(full, d) {
		return false
	}
	n, shared := 0, 0
	for j := 0; j+holdWindow <= len(rs); j += holdStep * 4 {
		n++
		if strings.Contains(full, string(rs[j:j+holdWindow])) {
			shared++
		}
	}
	return n > 0 && float64(shared) >= holdShare*float64(n)
}

// factsDateRe is a full date as facts write it.
var factsDateRe = regexp.MustCompile(`\d{4}年\d{1,2}月\d{1,2}日`)

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
