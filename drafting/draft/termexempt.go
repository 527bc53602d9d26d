package draft

import (
	"regexp"
	"strings"
)

var (
	// exemptProposalRe is a proposal to exempt from punishment (建议免予刑事
	// 处罚, 建议对被告人某判处免予刑事处罚; facts are sometimes cut at 建议免予刑事).
	exemptProposalRe = regexp.MustCompile(`建议[^。；]{0,30}?(?:免予|免于|免除)(?:刑事)?(?:处罚|处分|$)|建议[^。；]{0,30}?(?:免予|免于|免除)刑事`)
	// exemptSpeakerRe names who speaks: the prosecution (group 1), or
	// another party, whose proposals the court weighs but does not usually
	// follow (辩护人建议…免予刑事处罚). The speaker of a proposal is the last
	// named before it in its sentence (公诉机关提供了…被告人的供述与辩解等证据，
	// 认为…建议免予刑事处罚 is the prosecution's).
	exemptSpeakerRe = regexp.MustCompile(`(公诉机关|检察院|公诉人|检察机关)|辩护人|辩护意见|辩称|代理人|代理意见|诉讼代理|上诉人|请求`)
	// exemptHedgedRe is a proposal that leaves the court a choice (从轻、减轻
	// 或者免除处罚, 免予刑事处罚或者适用缓刑): no proposal to exempt.
	exemptHedgedRe = regexp.MustCompile(`或|从轻|减轻|缓刑`)
)

// exemptProposed are the defendants the prosecution proposes to exempt
// from punishment (免予刑事处罚, Criminal Law art. 37): a sentence whose
// last speaker before 建议 is the prosecution, with no list item
// between them, and that proposes exemption outright, for the
// defendants it names after 建议, or for all when it names none
// (建议对二被告人免予刑事处罚). A defence proposal, or one hedged with
// another outcome, is not read. Among the LeCaRD first-instance judgments
// outside dev and tune the court exempted three of four such defendants.
func exemptProposed(facts string, names []string) map[string]bool {
	out := map[string]bool{}
	for _, s := range strings.SplitAfter(facts, "。") {
		loc := exemptProposalRe.FindStringIndex(s)
		if loc == nil || exemptHedgedRe.MatchString(s[loc[0]:]) {
			continue
		}
		speakers := exemptSpeakerRe.FindAllStringSubmatchIndex(s[:loc[0]], -1)
		if len(speakers) == 0 {
			continue
		}
		if last := speakers[len(speakers)-1]; last[2] < 0 || strings.ContainsAny(s[last[1]:loc[0]], "；;") {
			// Another party speaks last, or the proposal is one item of
			// a list (…；8、建议…) whose speaker opened it further back.
			continue
		}
		named := false
		for _, n := range names {
			if strings.Contains(s[loc[0]:], n) {
				out[n], named = true, true
			}
		}
		if !named {
			for _, n := range names {
				out[n] = true
			}
		}
	}
	return out
}

// exempted is p exempted from punishment: no term, probation or fine.
func exempted(p Penalty) Penalty {
	p.Kind, p.Months, p.ProbationMonths, p.FineYuan, p.Counts = "免予刑事处罚", 0, 0, 0, nil
	p.Source += "；公诉机关建议免予刑事处罚，从其建议（刑法第三十七条）"
	return p
}
