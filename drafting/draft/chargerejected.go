package draft

import (
	"regexp"
	"slices"
	"strings"

	"leian/corpus/extract"
)

// More of the court's wordings that an alleged charge does not stand, in
// its findings or its answers in the facts: the evidence of the charge is
// insufficient (公诉机关指控高占英犯玩忽职守罪的证据不充分，本院不予认定),
// or the allegation of it fails (关于…构成贪污罪的指控，…故该指控不能成立).
// A failure of one count (其中第三起不能成立, 部分指控) is not the charge's.
var rejectedMoreRes = []*regexp.Regexp{
	regexp.MustCompile(`指控([^，。；]{0,16}?)(?:犯|构成)?(` + constitutedName + `)(?:不能成立|不成立)`),
	// …犯贷款诈骗罪的罪名不能成立; …犯盗窃罪证据不足，该指控本院不予支持;
	// …犯X罪的指控证据不足，本院不予确认.
	regexp.MustCompile(`指控([^，。；]{0,16}?)(?:犯|构成)?(` + constitutedName + `)的?(?:事实|罪名|指控)?(?:[，,、]|事实不清|证据不足|证据不充分|不能认定)*(?:该指控)?(?:本院)?(?:不能成立|不成立|不予认定|不予支持|不予确认)`),
	regexp.MustCompile(`()(?:构成)?(` + constitutedName + `)的指控[，,][^。；部分其中]{0,60}?(?:该|此|这一)指控(?:不能成立|不成立)`),
	// 故公诉机关关于三被告人犯受贿罪的指控不成立.
	regexp.MustCompile(`关于([^，。；]{0,16}?)(?:犯|构成)(` + constitutedName + `)的指控(?:不能成立|不成立)`),
}

// everyDefendant names all the accused at once (三被告人, 各被告人): a
// rejection for them all is the charge's.
var everyDefendant = regexp.MustCompile(`^(?:[二两三四五六七八九十]+名?|各|全体|全部)被告人$`)

// courtRejected are the charges, as written, that the court's wordings
// of a rejection name anywhere in the facts, each once. A rejection a party
// argues (辩护人提出：一、指控…犯X罪证据不足，不能成立) is not the court's;
// one that names some of several defendants leaves the charge to the
// others when the facts give it to one of them (leftToOthers);
// one of a single act of a charge that names several (制造毒品罪 of
// 走私、贩卖、运输、制造毒品罪) leaves the charge's other acts.
func courtRejected(text string, defendants []string) []string {
	var out []string
	for _, re := range rejectedMoreRes {
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			if !courtVoiced(text, loc[0], loc[1]) || partyParagraph(text, loc[0]) || claimedClause(text, loc[0], loc[1]) {
				continue
			}
			c := afterLead(text[loc[4]:loc[5]])
			n, ok := extract.NormaliseCharge(c)
			if !ok || strings.Contains(n, "、") && n != c || leftToOthers(text, text[loc[2]:loc[3]], text[loc[2]:loc[5]], defendants, c, n) {
				continue
			}
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// leftToOthers says whether a rejection in a case of several defendants
// leaves the charge to those it does not name. named is the rejection's
// words up to the charge (written so, charge once normalised), lead
// those before 犯 or 构成. It does when it names no one but 被告人 or 其,
// or when the facts give the charge to one it does not name; a
// rejection of every defendant's charge (三被告人), or of the only one
// accused of it (指控被告人甲犯合同诈骗罪的罪名不能成立 where 甲 alone is
// alleged to have committed it), is the charge's end.
func leftToOthers(text, lead, named string, defendants []string, written, charge string) bool {
	if len(defendants) < 2 || everyDefendant.MatchString(lead) {
		return false
	}
	who := namesIn(named, defendants)
	if len(who) == 0 {
		// 指控被告人犯X罪, 指控其犯X罪: someone, not said who.
		before := strings.TrimSuffix(named, written)
		return strings.Contains(before, "被告人") || strings.Contains(before, "其")
	}
	others := slices.DeleteFunc(slices.Clone(defendants), func(d string) bool { return slices.Contains(who, d) })
	return len(others) > 0 && len(ownCharges(text, others, []string{charge})) > 0
}

// courtVoice marks the court's own voice in a sentence: its name, its
// turn to conclude (综上, 故), or its answer to the allegation (经查).
var courtVoice = regexp.MustCompile(`本院|综上|经查|因此|据此|^故|^(?:对|关于)?公诉机关`)

// courtVoiced says whether the rejection at text[from:to] is worded by
// the court: its sentence opens in the court's voice, or the court
// says it (…的证据不足，本院不予支持). A party says 指控其犯X罪不成立.
func courtVoiced(text string, from, to int) bool {
	end := min(len(text), to+len("本院不予支持"))
	return courtVoice.MatchString(strings.TrimSpace(sentenceBefore(text, from))) || strings.Contains(text[from:end], "本院")
}

// numberedPoint opens a numbered point of a list (三、, （二）, 2．).
var numberedPoint = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.])`)

// paragraphTurn marks the court's turn to answer in a paragraph (经查,
// 本院认为), not a 故 inside a word (故意).
var paragraphTurn = regexp.MustCompile(`经查|本院|综上|因此|据此|故[，,此而该对]`)

// partyParagraph says whether the paragraph around byte offset i tells a
// party's submissions: a party spoke last before i in it (辩护人提出：
// 一、…。二、…), the court not having turned to answer.
func partyParagraph(text string, i int) bool {
	start := strings.LastIndex(text[:i], " ") + 1
	// A numbered point (三、关于滥用职权。…故指控滥用职权罪不能成立) goes on
	// with the submission that opened the list (辩护人辩护提出： 一、…).
	for start > 0 && numberedPoint.MatchString(text[start:i]) {
		start = strings.LastIndex(text[:start-1], " ") + 1
	}
	before := text[start:i]
	p := partyWords.FindAllStringIndex(before, -1)
	if p == nil {
		return false
	}
	turn := paragraphTurn.FindAllStringIndex(before, -1)
	return turn == nil || turn[len(turn)-1][0] < p[len(p)-1][0]
}

// withoutRejected are the charges less those the court rejects, even
// when a restatement of the allegation (对于公诉机关指控…其行为已构成X罪的
// 事实及证据，经查…) reads as a finding; a rejection of every charge leaves
// them, since the court then convicts of something the reader cannot name.
func withoutRejected(charges, rejected []string) []string {
	out := slices.DeleteFunc(slices.Clone(charges), func(c string) bool { return slices.Contains(rejected, c) })
	if len(out) == 0 {
		return charges
	}
	return out
}
