package draft

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// A prior record that is no ground for 累犯 is still weighed against the
// accused: the Supreme People's Court's guideline on sentencing common
// crimes (《关于常见犯罪的量刑指导意见》, 三(十三)) lets a court raise the
// base sentence by up to 10% for 前科, and courts say so in the
// reasoning. Of the LeCaRD first-instance judgments outside dev, tune,
// tune2 and the check set whose facts affirm a defendant's prior (priorRe)
// and whose reasoning finds no 累犯, 36 of 87 weigh it there (有犯罪前科，
// 可酌情从重处罚); the drafts stated one only when an adapted similar
// case's sentence happened to. The wording is the corpus's most common
// clause (有犯罪前科，可酌情从重处罚, 19 times; 有犯罪前科，酌情从重处罚 13).
const priorSentence = "被告人%s有犯罪前科，可酌情从重处罚。"

// A prior drug sentence before a drug crime of arts. 347–355 is 毒品再犯
// (art. 356), which the law makes a ground for a heavier sentence
// (应当从重处罚); the corpus's most common wording is 系毒品再犯，依法应当
// 从重处罚 (12 of 184 such sentences, 依法从重处罚 11).
const drugRepeatSentence = "被告人%s曾因毒品犯罪被判处刑罚，又犯%s，系毒品再犯，依法应当从重处罚。"

var (
	// priorRe is the facts' statement of a defendant's criminal record:
	// 有(犯罪)前科, 曾因…被判处/被判刑/受过刑事处罚, 曾受过刑事处罚. The
	// evidence's names (前科查询证明, 前科材料) do not say there is one.
	priorRe = regexp.MustCompile(`有[\p{Han}]{0,6}?前科|曾因[^。；，]{0,30}?(?:被判处|被判刑|判处|受过刑事处罚|被判决|被追究刑事责任)|曾(?:受过|被)刑事处罚|有犯罪记录`)
	// priorDeniedRe, in the clause before the cue, denies it (无违法犯罪
	// 前科, 未发现其有前科, 没有犯罪记录) or is counsel's or the accused's
	// own plea (系初犯): such a clause states no record.
	priorDeniedRe = regexp.MustCompile(`无|没|未|不|否|查询|初犯|偶犯`)
	// priorOtherRe is a record whose weight the law sets otherwise: a
	// crime committed in a probation or parole period is punished together
	// with the former sentence (arts. 69, 77, 86), not weighed as 前科.
	priorOtherRe = regexp.MustCompile(`考验期|假释|暂予监外执行|又犯新罪|漏罪`)
	// priorEvidenceRe is evidence of a record among the facts' proofs: a
	// former judgment (刑事判决书, not a co-defendant's tried apart: 同案,
	// 另案, 上游犯罪 before it), a release certificate (释放证明) or the
	// record itself (前科材料). Of the single defendants in the corpus
	// judgments above whose facts cite one and state neither a record's
	// denial nor 累犯, 160 of 575 reasonings find 累犯 and 114 weigh a
	// record otherwise: the prior is proven, and a judge weighs it.
	priorEvidenceRe = regexp.MustCompile(`刑事判决书|释放证明|释放证|前科(?:材料|资料|刑事判决书|判决书)`)
	priorApartRe    = regexp.MustCompile(`(?:同案|同案犯|同案人员|另案|上游犯罪)$`)
	// priorNoneRe is the facts saying there is no record, or the
	// accused's first offence.
	priorNoneRe = regexp.MustCompile(`无前科|没有前科|无犯罪前科|无违法犯罪|系初犯|是初犯|属初犯`)
	// priorClauseRe starts the clause a cue is in.
	priorClauseRe = regexp.MustCompile(`[，,：:]`)
	// priorWeighedRe is the reasoning already weighing a record.
	priorWeighedRe = regexp.MustCompile(`前科|劣迹|曾因|曾被|受过刑事处罚|毒品再犯`)
)

// priorRecords are the defendants, in names' order, to whom a sentence of
// the facts affirms a record matched by cue: named before the cue in its
// sentence, or the only defendant. A record stated of none of several
// names is left out: the draft cannot tell whose it is.
func priorRecords(text string, names []string, cue *regexp.Regexp) []string {
	return defendantsCued(text, names, cue, priorOtherRe.MatchString, func(s, clause string, loc []int) bool {
		return priorDeniedRe.MatchString(clause+s[loc[0]:loc[1]]) || priorApartRe.MatchString(s[max(0, loc[0]-12):loc[0]])
	})
}

// defendantsCued are the defendants, in names' order, whom a sentence of
// text ties to a match of cue: named before it in its sentence, or the
// only defendant. Sentences skipSentence rejects are not read, and a match
// skipMatch rejects, given its sentence, the clause before it and its
// span, counts for no one.
func defendantsCued(text string, names []string, cue *regexp.Regexp, skipSentence func(string) bool, skipMatch func(s, clause string, loc []int) bool) []string {
	who := map[string]bool{}
	for _, s := range coSentenceRe.Split(text, -1) {
		if skipSentence(s) {
			continue
		}
		pos := namePositions(s, names)
		for _, loc := range cue.FindAllStringIndex(s, -1) {
			clause := s[:loc[0]]
			if at := priorClauseRe.FindAllStringIndex(clause, -1); len(at) > 0 {
				clause = clause[at[len(at)-1][1]:]
			}
			if skipMatch(s, clause, loc) {
				continue
			}
			cued := cuedNames(s, pos, loc[0])
			if len(cued) == 0 && len(names) == 1 {
				cued = names
			}
			for _, n := range cued {
				who[n] = true
			}
		}
	}
	var out []string
	for _, n := range names {
		if who[n] {
			out = append(out, n)
		}
	}
	return out
}

// withPrior adds to the reasoning sents, before its legal basis (the last
// sentence), that the defendants with a record are punished more heavily:
// 毒品再犯 when the draft cites art. 356 (drugRepeat) and the facts name
// whose drug record it is, else the discretionary weight of a record. A
// recidivist's 累犯 sentence already weighs his record, so he is left out
// of the latter, and neither is said twice. charge is the case's first
// charge, named in 毒品再犯's 又犯.
func withPrior(sents []Sentence, f caseFacts, names []string, drugRepeat bool, charge string) []Sentence {
	if len(sents) < 2 {
		return sents
	}
	body := Section{Sentences: sents}.Text()
	if drug := priorRecords(f.text, names, drugPriorRe); drugRepeat && len(drug) > 0 {
		if strings.Contains(body, "毒品再犯") {
			return sents
		}
		s := Sentence{Text: fmt.Sprintf(drugRepeatSentence, strings.Join(drug, "、"), charge), Source: "rule:刑法第三百五十六条", Note: "事实载明被告人曾因毒品犯罪被判刑"}
		return slices.Insert(sents, len(sents)-1, s)
	}
	if priorWeighedRe.MatchString(body) {
		return sents
	}
	by := circumstanceNames(f.text, names)["累犯"]
	who := priorRecords(f.text, names, priorRe)
	note := "事实载明被告人有前科（不构成累犯）"
	if len(who) == 0 && len(names) == 1 && !priorNoneRe.MatchString(f.text) {
		// Only the proofs show the record: the assistant must check whose
		// former judgment it is before the sentence stands.
		who = priorRecords(f.text, names, priorEvidenceRe)
		note = "事实未写明前科，证据中列有前罪判决书、释放证明或前科材料，据此推定有前科，请核对"
	}
	who = slices.DeleteFunc(who, func(n string) bool {
		_, ok := f.recidivist(n)
		return ok || f.has("累犯") && (by == nil || slices.Contains(by, n))
	})
	if len(who) == 0 {
		return sents
	}
	s := Sentence{Text: fmt.Sprintf(priorSentence, strings.Join(who, "、")), Source: "rule:量刑指导意见（前科）", Note: note}
	return slices.Insert(sents, len(sents)-1, s)
}
