package draft

import (
	"regexp"
	"strings"
)

// The defence often argues another charge than the prosecution's
// (辩护人提出…其行为构成侵占罪而非诈骗罪; 本案应以窝藏罪追究被告人赵海军的
// 刑事责任), and the court almost never convicts of it: of the 28 charges
// that such claims alone added to the charges read from 6,284 LeCaRD
// first-instance judgments outside dev, tune, tune2 and the check set, the
// court convicted of 2 (the readings changed for 37 judgments: 27 nearer
// the verdict's charges, 2 farther). Yet when the facts name no charge
// otherwise, the defence's words (…不应以诈骗罪追究) still name the charge
// the case is about.
var (
	// defenceWords open a defence's claim; 供述和辩解 is an item of the
	// evidence list, not a claim.
	defenceWords = regexp.MustCompile(`辩护|辩称|(?:^|[^和及与、])辩解(?:称|意见|说)`)
	// conceded follows a charge the defence accepts (辩护人对指控被告人构成
	// 非法拘禁罪没有异议): the allegation's.
	conceded = regexp.MustCompile(`^[^。；，]{0,8}?(?:无异议|没有异议|不持异议|无意见|没有意见)`)
)

// defenceClaim says whether the charge read at text[from:to] is the
// defence's claim: a defence spoke last before it in its sentence, the
// court not having turned to answer (关于辩护人…的辩护意见，经查，…已构成
// X罪 is the court's), and the defence does not concede it.
func defenceClaim(text string, from, to int) bool {
	before := sentenceBefore(text, from)
	if numberedPoint.MatchString(strings.TrimSpace(before)) {
		// A numbered point goes on with the claim that opened its list
		// (辩护人辩护称，…：1、…。3、本案应以窝藏罪追究).
		before = text[strings.LastIndex(text[:from], " ")+1 : from]
	}
	d := defenceWords.FindAllStringIndex(before, -1)
	if d == nil {
		return false
	}
	if turn := paragraphTurn.FindAllStringIndex(before, -1); turn != nil && turn[len(turn)-1][0] >= d[len(d)-1][0] {
		return false
	}
	// Only now, for the few readings a defence speaks before, scan the
	// whole text for the court's adopting it: every reading of the facts
	// comes through here.
	return !conceded.MatchString(text[to:]) && !adopted(text, text[from:to])
}

// claimedFrom lists, each once, the charges that only the defence's
// claims name in the allegation's forms (以X罪追究, 构成X罪), as
// allegedCharges and constitutedCharges set them aside: readFacts takes
// them from the same pass as the allegation's and the acts' charges,
// which asks defenceClaim of every match already.
func claimedFrom(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		for _, c := range l {
			out = appendListed(out, c)
		}
	}
	return out
}

// adoptedRe reads the court's own qualification of the acts (依据罪行法定
// 原则，被告人叶心武的犯罪行为应认定为职务侵占罪), which may adopt the
// defence's charge.
var adoptedRe = regexp.MustCompile(`应当?认定为(` + constitutedName + `)`)

// adopted says whether a qualification outside the defence's claims names
// a charge the claim reading names.
func adopted(text, reading string) bool {
	for _, loc := range adoptedRe.FindAllStringSubmatchIndex(text, -1) {
		c := text[loc[2]:loc[3]]
		if strings.Contains(reading, c) && !defenceWords.MatchString(sentenceBefore(text, loc[0])) {
			return true
		}
	}
	return false
}
