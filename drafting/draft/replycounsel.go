package draft

import (
	"regexp"
	"strings"
)

// Counsel's words in the facts are not always read point by point: a
// point that both contests and pleads, or one written in a form the
// readers do not know (其指定辩护人辩称：…; 辩护人杨某、杜某认为：…), is left to
// the judge, and the reasoning then said nothing of counsel at all. Courts
// answer counsel all the same: of the 591 corpus judgments (LeCaRD first
// instance outside dev, tune, tune2 and the check set) whose facts carry
// counsel's words and whose points the drafter answers none of, 476
// reasonings answer counsel, 290 of them adopting at least a part. The
// reasoning then closes its replies with the words courts use most for an
// answer that names no point (辩护人的相关辩护意见，本院予以采纳: the
// commonest such sentence in corpus reasonings), and its note asks the
// judge to answer each point.

// counselWordsRe is counsel speaking in the facts.
var counselWordsRe = regexp.MustCompile(`辩护人[^。]{0,30}(?:提出|认为|辩称|意见|辩护)`)

const (
	counselAnswer     = "辩护人的相关辩护意见，本院予以采纳。"
	counselAnswerNote = "事实载有辩护意见而本稿未能逐点读取，请法官逐点回应；采纳与否以本院认定为准"
)

// withCounselAnswered is sents with counsel answered when the facts state
// counsel's opinion and no sentence of sents speaks of it.
func withCounselAnswered(sents []Sentence, facts string) []Sentence {
	if !counselWordsRe.MatchString(facts) {
		return sents
	}
	for _, s := range sents {
		if strings.Contains(s.Text, "辩护") {
			return sents
		}
	}
	return append(sents, Sentence{Text: counselAnswer, Source: "facts", Note: counselAnswerNote})
}
