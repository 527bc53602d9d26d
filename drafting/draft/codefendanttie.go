package draft

import (
	"slices"
)

// proposalTie reports whether the i-th defendant (i ≥ 1) is sentenced as
// the one listed before: the prosecution proposes the same term for the
// two, and the facts give them the same part (主犯/从犯, 累犯; coRoles)
// and the same circumstances of their own (自首, 坦白, 退赃退赔 …;
// circumstanceNames). Courts mostly adopt the procuratorate's proposal
// (Criminal Procedure Law art. 201), and equal culpability calls for equal
// punishment (Criminal Law art. 5). Otherwise a later defendant is held to
// the lower end of its proposal and the first a quarter of the way in
// (withinProposal), so two defendants with one proposal got different
// terms. In the LeCaRD first-instance judgments outside dev, tune, tune2
// and the check set (6,284; 1,589 with two or more defendants all given
// fixed terms, 4,826 later defendants), the court gave the previous
// defendant's term to 70 of the 102 later defendants with both this and
// the same parts and circumstances (0.69), to 26 of the 66 with the same
// proposal but other cues (0.39), and to 772 of the 2,140 with the same
// cues and no proposal for the two (0.36): only the two together make the
// same term the more common outcome (laterTie).
func proposalTie(i int, names []string, proposals []termProposal, roles map[string]coRole, own map[string][]string) bool {
	if i < 1 || i >= len(names) || len(proposals) != len(names) {
		return false
	}
	a, b := proposals[i-1], proposals[i]
	if a.lo <= 0 || a.lo != b.lo || a.hi != b.hi || a.life || b.life {
		return false
	}
	if roles[names[i]] != roles[names[i-1]] {
		return false
	}
	for _, who := range own {
		if slices.Contains(who, names[i]) != slices.Contains(who, names[i-1]) {
			return false
		}
	}
	return true
}

// tiedTo gives p the sentence of the defendant listed before it (prev):
// its kind, term, counts, fine and probation. Courts that give two
// co-defendants one term mostly give them one fine too (in the corpus of
// proposalTie, 1,184 of the 1,375 later defendants given the previous
// term, 0.86). A sentencer that decides probation for later defendants
// still decides this one's after (LaterSuspender).
func tiedTo(p, prev Penalty) Penalty {
	p.Kind, p.Months, p.FineYuan, p.ProbationMonths = prev.Kind, prev.Months, prev.FineYuan, prev.ProbationMonths
	p.Counts = slices.Clone(prev.Counts)
	p.Source += "；公诉机关对其与前一名被告人建议的刑期相同，二人在共同犯罪中的地位与自首、坦白等情节亦相同，刑期与罚金与前一名相同"
	return p
}
