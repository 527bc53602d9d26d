package draft

import (
	"regexp"
	"slices"
	"strings"
)

// finePaidRe is the facts saying a fine was already paid, before the
// judgment (已向本院预缴罚金, 家属代其缴纳罚金三万元, 并积极交纳罚金): the verdict
// then writes 罚金已缴纳 where it would set a time to pay. On the tune set
// 6 facts say so and 5 of those verdicts write the fine as paid; 41 others
// do without the facts saying it.
var finePaidRe = regexp.MustCompile(`(?:已|并已|积极|主动|代其|代为|已经)(?:向本院)?(?:预缴|缴纳|交纳|缴清|预交|缴交)(?:了)?(?:全部)?罚金|预缴(?:了)?罚金|罚金[^。，；]{0,12}已(?:预)?(?:缴纳|交纳|缴清)`)

// finePaidWords is what the term computation says of the fine's payment
// for defendant name: 罚金已缴纳。 when the facts say he paid it (in a
// sentence naming him, or naming no defendant), else pay.
func finePaidWords(f caseFacts, name, pay string) string {
	for _, s := range strings.Split(f.text, "。") {
		if !slices.ContainsFunc(clauseEndRe.Split(s, -1), func(cl string) bool { return !formerSentence(cl) && affirmed(cl, finePaidRe) }) {
			continue
		}
		if strings.Contains(s, name) || !namesDefendant(f, s) {
			return "罚金已缴纳。"
		}
	}
	return pay
}

// namesDefendant says whether s names one of the case's defendants.
func namesDefendant(f caseFacts, s string) bool {
	for _, n := range f.defendants {
		if n != "" && strings.Contains(s, n) {
			return true
		}
	}
	return false
}
