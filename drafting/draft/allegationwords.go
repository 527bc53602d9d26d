package draft

import (
	"regexp"
	"slices"
	"strings"
)

// proposedChargeRe reads a charge the prosecution's sentencing proposal
// names (建议以寻衅滋事罪，判处被告人徐某某有期徒刑一年八个月至二年八个月;
// 书面建议本院以盗窃罪判处…，以非法经营罪判处…): the proposal is the
// allegation's, and names each charge it proposes a sentence for.
var proposedChargeRe = regexp.MustCompile(`以(` + allegedName + `)，?判处`)

// proposedAt says whether the proposal match at loc is the prosecution's
// proposal: its sentence says 建议 before it, and no earlier court passed
// the sentence (被本院以聚众斗殴罪判处 is a co-offender's judgment).
func proposedAt(text string, loc []int) bool {
	before := sentenceBefore(text, loc[0])
	return strings.Contains(before, "建议") && !strings.HasSuffix(before, "被") && !strings.Contains(before, "法院") &&
		!partyView.MatchString(before) && !strings.Contains(before, "辩护")
}

// proposedCharges are the charges the prosecution's proposals name.
func proposedCharges(text string) []string {
	var out []string
	for _, loc := range proposedChargeRe.FindAllStringSubmatchIndex(text, -1) {
		if c := text[loc[2]:loc[3]]; proposedAt(text, loc) && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}
