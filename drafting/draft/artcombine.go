package draft

import (
	"regexp"
	"strings"
)

// 第六十九条 when the facts ask for the sentences to be combined. A
// prosecution that writes 数罪并罚 (依法应当数罪并罚, 并依照…第七十条的规定，
// 数罪并罚) asks the court to combine several crimes' sentences, or this
// crime's with an earlier one still to be served, and the court that does
// cites art. 69: 418 of the 507 LeCaRD first-instance judgments outside
// dev, tune, tune2 and the check set whose facts so ask cited it. The
// verdict's own split of charges (artverdict.go) cannot see a crime
// combined with an earlier sentence, nor a second charge the draft
// missed. A 数罪并罚 that only tells how an earlier sentence was reached
// (曾因犯…罪被数罪并罚判处…) asks nothing, unless it is a proposal (建议…数罪并罚
// 判处…): 9 of the other 18 judgments cited it.
var (
	combineRe = regexp.MustCompile(`数罪并罚`)
	// priorSentenceRe is a prior conviction before 数罪并罚 in its clause.
	priorSentenceRe = regexp.MustCompile(`曾因|曾被|曾于|前科|刑满释放|被[^。；，]{0,20}判处`)
	// priorTermRe is the prior term right after it (数罪并罚判处…, 决定执行…).
	priorTermRe = regexp.MustCompile(`^[^。；，]{0,3}(?:被)?判处|^[，,]?决定执行`)
)

// combineAsked says whether the facts f ask for the sentences to be
// combined (数罪并罚), other than in telling a prior conviction or in a
// denial.
func combineAsked(f caseFacts) bool {
	for _, m := range combineRe.FindAllStringIndex(f.text, -1) {
		clause := f.text[:m[0]]
		clause = clause[max(strings.LastIndex(clause, "。"), strings.LastIndex(clause, "；"), -1)+1:]
		after := f.text[m[1]:min(len(f.text), m[1]+40)]
		if (priorSentenceRe.MatchString(clause) || priorTermRe.MatchString(after)) && !strings.Contains(clause, "建议") {
			continue
		}
		if !negatedRe.MatchString(f.text[max(0, m[0]-18):m[0]]) {
			return true
		}
	}
	return false
}
