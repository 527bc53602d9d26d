package draft

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// A victim who sues in the criminal trial (附带民事诉讼原告人) is answered
// in the reasoning as in the verdict (civilItems, verdictitems.go): the
// defendants' crime caused the loss, which they must make good, and the
// claim is upheld in its reasonable part, the rest dismissed. Of the LeCaRD
// first-instance judgments outside dev, tune, tune2 and the check set
// whose facts name such a plaintiff, 295 of 338 reasonings speak of the
// civil action; its most common clauses are 的犯罪行为给附带民事诉讼原告人
// …造成的经济损失 (43), 依法应予赔偿 (32), 合理部分 (35) and 本院予以支持
// (117). Of the 210 whose facts list the heads the plaintiff claimed
// (医疗费, 误工费, 交通费…), 149 reasonings name a head. The drafts'
// verdicts awarded damages that their reasoning never spoke of.
const (
	civilLossSentence  = "被告人%s的犯罪行为给附带民事诉讼原告人%s造成的经济损失，依法应予赔偿。"
	civilClaimSentence = "附带民事诉讼原告人%s请求赔偿%s等经济损失，其合理部分本院予以支持。"
)

var (
	// civilSpokenRe is the reasoning already speaking of the civil action.
	civilSpokenRe = regexp.MustCompile(`附带民事|民事赔偿|赔偿责任`)
	// civilDemandRe is a sentence of the facts stating the plaintiff's
	// claim (附带民事诉讼原告人某诉称/要求/请求…).
	civilDemandRe = regexp.MustCompile(`附带民事诉讼原告[^。]*?(?:诉称|要求|请求|诉请|诉求|起诉)`)
	// civilHeadRe is a head of damages a plaintiff claims.
	civilHeadRe = regexp.MustCompile(`医疗费|医药费|误工费|护理费|交通费|丧葬费|死亡赔偿金|残疾赔偿金|营养费|住院伙食补助费|伙食补助费|被扶养人生活费|被抚养人生活费|精神损害抚慰金|精神抚慰金|鉴定费|后续治疗费|住宿费|财产损失|财物损失`)
)

// civilHeads are the heads of damages, in the facts' order, that the
// sentences stating the plaintiff's claim name.
func civilHeads(facts string) []string {
	var out []string
	for _, s := range sentenceSplit.FindAllString(facts, -1) {
		if !civilDemandRe.MatchString(s) {
			continue
		}
		for _, h := range civilHeadRe.FindAllString(s, -1) {
			if !slices.Contains(out, h) {
				out = append(out, h)
			}
		}
	}
	return out
}

// withCivilClaim adds to the reasoning sents, before its legal basis (the
// last sentence), the defendants' liability for the civil plaintiff's
// loss and the claim's reasonable part upheld, when the facts say a
// plaintiff sued and the reasoning does not yet speak of it.
func withCivilClaim(sents []Sentence, facts string, names []string) []Sentence {
	if len(sents) < 2 || len(names) == 0 || !affirmed(facts, civilPlaintiffRe) || civilSpokenRe.MatchString(Section{Sentences: sents}.Text()) {
		return sents
	}
	who := civilPlaintiffs(facts) // verdictitems.go
	text := fmt.Sprintf(civilLossSentence, strings.Join(names, "、"), who)
	if heads := civilHeads(facts); len(heads) > 0 {
		text += fmt.Sprintf(civilClaimSentence, who, strings.Join(heads, "、"))
	}
	s := Sentence{Text: text, Source: "facts", Note: "事实载明附带民事诉讼原告人提起诉讼；赔偿数额请法官核定"}
	return slices.Insert(sents, len(sents)-1, s)
}
