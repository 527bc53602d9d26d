package draft

import (
	"regexp"
	"slices"
	"strings"
)

// The court's findings in the facts can name, as the headings of the
// facts found or in its conclusions, a charge the allegation does not
// (一、职务侵占的犯罪事实 against the alleged 贪污罪; …其行为构成非法持有
// 枪支罪): the court requalified the acts, and the alleged charges its
// findings leave out give way.
var (
	// factsHeading is a numbered heading of the findings that opens the
	// facts of a crime (二、被告人夏伟、李茂帮助伪造证据事实; 一、非法拘禁事实;
	// 二、关于贪污的事实).
	factsHeading = regexp.MustCompile(headingMark + `([^。；：\s]{2,60}?)(?:的)?(?:犯罪)?事实`)
	headingLead  = regexp.MustCompile(`^(?:关于)?(?:被告人)?`)
)

// courtOwnCharges are the charges the court's findings give the
// defendants, and whether the findings name all they found: the charges
// of their headings and the conclusions in sentences that name a
// defendant (not 刘某的行为已构成寻衅滋事罪 of a man another court
// tried). A heading of a crime's facts that names no charge leaves the
// findings incomplete.
func courtOwnCharges(f caseFacts) (charges []string, complete bool) {
	fs := courtFindings(f.text)
	if fs == "" {
		return nil, false
	}
	add := func(cs ...string) {
		for _, c := range cs {
			if !slices.Contains(charges, c) {
				charges = append(charges, c)
			}
		}
	}
	for _, m := range factsHeading.FindAllStringSubmatch(fs, -1) {
		cs := headingCharges(headingName(m[1], f.defendants), isChargeName)
		if len(cs) == 0 {
			return nil, false
		}
		add(cs...)
	}
	// A numbered heading that is the charge alone (五、妨害公务罪 2006年…).
	add(readCharges(fs, foundChargeRes[1:2], isChargeName)...)
	for _, sent := range clauseSentences.FindAllString(fs, -1) {
		if strings.Contains(sent, "被告人") || len(namesIn(sent, f.defendants)) > 0 {
			// The court's conclusions (…的行为应当构成X罪).
			add(readCharges(sent, foundChargeRes[2:4], isChargeName)...)
		}
	}
	return charges, true
}

// headingName is a heading's crime less the words before it: 关于, the
// accused and their names, 涉嫌 (被告人夏伟、李茂帮助伪造证据 → 帮助伪造证据).
func headingName(h string, defendants []string) string {
	h = headingLead.ReplaceAllString(h, "")
	for {
		n := ""
		for _, d := range defendants {
			if strings.HasPrefix(h, d) && len(d) > len(n) {
				n = d
			}
		}
		if n == "" {
			break
		}
		h = strings.TrimLeft(strings.TrimPrefix(h, n), "、，和等")
	}
	h = strings.TrimPrefix(strings.TrimPrefix(h, "的"), "涉嫌")
	return strings.TrimSuffix(strings.TrimSuffix(h, "犯罪"), "的")
}

// substituted drops the alleged charges the court's findings leave out
// when the findings are complete and name a charge the allegation does
// not.
func (o *Offline) substituted(known, alleged []string, f caseFacts) []string {
	own, complete := courtOwnCharges(f)
	found := o.knownCharges(own)
	if !complete || !slices.ContainsFunc(found, func(x string) bool { return !slices.Contains(alleged, x) }) {
		return known
	}
	out := slices.DeleteFunc(slices.Clone(known), func(c string) bool {
		return slices.Contains(alleged, c) && !slices.Contains(found, c) && !onAnothersCrime(c)
	})
	if len(out) == 0 {
		return known
	}
	return out
}
