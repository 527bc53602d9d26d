package draft

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// A fine paid before the judgment (预缴罚金, 家属代为缴纳罚金) is a sign of
// repentance that courts weigh as a discretionary mitigation (the
// Supreme People's Court's sentencing guideline counts 悔罪表现 among the
// circumstances of 酌定从轻). Of the LeCaRD first-instance judgments
// outside dev, tune, tune2 and the check set whose facts state such a
// payment, 98 of 191 reasonings speak of the fine, mostly so (积极缴纳罚金，
// 可以酌情从轻处罚); the drafts said nothing of it.
const paidFineSentence = "被告人%s积极缴纳罚金，有悔罪表现，可酌情从轻处罚。"

var (
	// paidFineRe is the facts' statement that the fine was paid.
	paidFineRe = regexp.MustCompile(`(?:预缴纳|预缴|缴纳|交纳|预交|缴交|代缴|代为缴纳|代其缴纳)了?(?:全部|部分)?罚金|罚金[^，。；]{0,12}已(?:预缴|缴纳|交纳|缴|交|预交)`)
	// paidFineDeniedRe, in the clause before the cue, says it was not
	// paid or is to be paid (未缴纳罚金, 拒不缴纳, 限…缴纳).
	paidFineDeniedRe = regexp.MustCompile(`未|没有|拒不|不|限|应当|应|于判决`)
)

// paidFine are the defendants, in names' order, who the facts say paid
// their fine for this case: named before the cue in its clause, or the
// only defendant. A clause that sentences (判处, 判决) tells a former
// sentence's fine (formerSentence).
func paidFine(text string, names []string) []string {
	return defendantsCued(text, names, paidFineRe, formerSentence, func(_, clause string, _ []int) bool {
		return paidFineDeniedRe.MatchString(clause)
	})
}

// withPaidFine adds to the reasoning sents, before its legal basis (the
// last sentence), that the defendants who paid their fine may be
// treated more leniently, unless it already speaks of a fine.
func withPaidFine(sents []Sentence, facts string, names []string) []Sentence {
	if len(sents) < 2 || paidFineSpoken.MatchString(Section{Sentences: sents}.Text()) {
		return sents
	}
	who := paidFine(facts, names)
	if len(who) == 0 {
		return sents
	}
	s := Sentence{Text: fmt.Sprintf(paidFineSentence, strings.Join(who, "、")), Source: "facts", Note: "事实载明被告人已缴纳罚金"}
	return slices.Insert(sents, len(sents)-1, s)
}

// paidFineSpoken is the reasoning already speaking of the fine paid.
var paidFineSpoken = regexp.MustCompile(`缴纳罚金|交纳罚金|预缴|罚金已`)
