package draft

import (
	"regexp"
	"slices"
	"strings"
)

// Courts answer, in the reasoning, what the accused himself argued at
// trial as well as his counsel (被告人某辩称…，经查，…本院不予采纳): on the
// tune set 107 of 400 reasonings speak of a 辩称 or 辩解, and 262 facts
// record one. It is read as counsel's is (disputes):
// the draft convicts as charged, so a denial of the facts or of the charge
// is not accepted; a plea of mitigation alone is answered as the draft
// finds it. An argument with both or neither is left to the judge.
var (
	// accusedRe is a named accused's own argument (被告人甲辩称…; 被告人甲对
	// 指控的罪名无异议，但辩称…; …不持异议，但其辩称…; …有意见，辩解…; an
	// assent closed by a full stop, then 辩解…), up to the end of its
	// sentence. 160 corpus facts (LeCaRD first instance outside dev, tune,
	// tune2 and the check set) state an argument only after 不持异议,
	// 不表异议, 有异议, 有意见, 承认属实 or an assent closed by a full stop,
	// and 97 of their reasonings answer the accused's 辩称 or 辩解.
	accusedRe = regexp.MustCompile(`被告人(\p{Han}{1,4}?)(?:在庭审中|庭审中|当庭|在庭审时)?(?:对[^。；]{0,40}?(?:无异议|没有异议|不持异议|不表异议|有异议|有意见|承认属实)(?:[，,]|。\s*)(?:但|并)?(?:其)?)?(?:辩称|辩解|提出辩解)[：:，,]?([^。]{4,})。`)
)

// maxAccused is how many of the accused's own arguments are answered.
const maxAccused = 3

// accusedArguments are the arguments the facts give named defendants
// (names) themselves, answered as the draft decides.
func accusedArguments(facts string, names []string) []defenceOpinion {
	var out []defenceOpinion
	for _, m := range accusedRe.FindAllStringSubmatch(facts, -1) {
		t, _, _ := strings.Cut(strings.TrimSpace(m[2]), "；")
		if !slices.Contains(names, m[1]) || courtsOwnWords(m[0]) || strings.Contains(t, "辩护人") {
			continue
		}
		contest, mitigate := disputes(t)
		if contest == mitigate {
			continue
		}
		t, ok := clipOpinion(t)
		if !ok {
			continue
		}
		out = append(out, defenceOpinion{defendant: m[1], text: t, reject: contest})
		if len(out) == maxAccused {
			break
		}
	}
	return out
}

// accusedSentence answers one of the accused's own arguments, opened
// with 关于 as defenceSentence.
func accusedSentence(o defenceOpinion) string {
	return "关于被告人" + o.defendant + "辩称" + o.text + "的辩解，" + answerWords(o.reject) + "。" // replyanswer.go
}

// proposalAdopted is the court's word on the prosecution's sentencing
// proposal when the facts carry one for a defendant: the draft's term
// stays within it (and a proposed 缓刑 is followed), so the draft adopts
// it, as courts write (公诉机关的量刑建议适当，本院予以采纳; 35 of the 62 tune
// reasonings whose facts carry a proposal speak of it).
const proposalAdopted = "公诉机关的量刑建议适当，本院予以采纳。"

// replies are the reasoning's answers to the parties: the accused's own
// arguments, counsel's opinions point by point, and the prosecution's
// sentencing proposal.
func replies(f caseFacts, names []string) []Sentence {
	const note = "辩解、辩护意见见事实；采纳与否随本稿定罪量刑，请核对"
	var out []Sentence
	found := foundCircs(f)
	fs := caseFindings(f.text) // replyfindings.go
	// Only a contest is set against a finding: a plea rejected because
	// the draft does not find its circumstance (agreeing) has none.
	answer := func(op defenceOpinion, say func(defenceOpinion) string) {
		if a, ok := agreeing(op, found); ok {
			out = append(out, Sentence{Text: fs.backedIf(op.reject, say(a), a.text), Source: "facts", Note: note})
		} else if parts, ok := splitPlea(op, found); ok { // replysplit.go
			for _, p := range parts {
				out = append(out, Sentence{Text: say(p), Source: "facts", Note: note})
			}
		}
	}
	for _, op := range accusedArguments(f.text, names) {
		answer(op, accusedSentence)
	}
	for _, op := range defenceOpinions(f.text, refusedProbation(f, names)) { // replyprobation.go
		answer(op, defenceSentence)
	}
	if slices.ContainsFunc(proposedTerms(f.text, names), func(p termProposal) bool { return p != termProposal{} }) {
		out = append(out, Sentence{Text: proposalAdopted, Source: "facts", Note: "事实载明公诉机关的量刑建议，本稿刑期依建议拟定，请核对"})
	}
	return out
}
