package draft

import (
	"regexp"
)

// The prosecution also names its charge in forms the allegation reader
// does not take: a bare 构成 after the articles (…第二百三十四条第一款之规定，
// 构成故意伤害罪; 已经构成盗窃罪; 认为被告人甲、乙构成破坏电力设备罪、
// 盗窃罪; 其行为构成了强奸罪), 符合X罪的构成要件, and 有关X罪的规定.
var (
	declaredRes = []*regexp.Regexp{
		regexp.MustCompile(`构成了?(` + constitutedName + `(?:、` + constitutedName + `)*)`),
		regexp.MustCompile(`符合(` + constitutedName + `)的?(?:犯罪)?(?:构成要件|特征)`),
		regexp.MustCompile(`有关(` + constitutedName + `)的规定`),
	}
	// deniedDeclared ends a denial or a question put before the charge
	// (不构成, 不应构成, 是否构成, 不足以构成, 不符合).
	deniedDeclared = regexp.MustCompile(`(?:不|否|未|没有|无|难以)\p{Han}{0,3}$`)
	// claimSentence marks a sentence that tells a party's view, not the
	// prosecution's: the defence arguing a lesser charge.
	claimSentence = regexp.MustCompile(`辩护|辩称|辩解|代理|上诉`)
)

// declaredCharges are the charges, as written, that the facts declare the
// acts to be in the forms declaredRes read, outside denials and the
// parties' claims, each once.
func declaredCharges(text string) []string {
	var out []string
	for _, re := range declaredRes {
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			if deniedDeclared.MatchString(text[max(0, loc[0]-12):loc[0]]) {
				continue
			}
			if claimSentence.MatchString(sentenceBefore(text, loc[0])) {
				continue
			}
			out = appendListed(out, text[loc[2]:loc[3]])
		}
	}
	return out
}

// strictAllegation says whether the facts name a charge in the
// allegation's own forms (指控…犯X罪, 以X罪追究), not only as a bare 犯X罪,
// which also tells of a co-offender's or a suspect's crime (覃某因涉嫌犯
// 非法制造枪支罪被逮捕).
func strictAllegation(text string) bool {
	for k, re := range allegedChargeRes {
		for _, loc := range re.FindAllStringIndex(text, -1) {
			if !partyView.MatchString(sentenceBefore(text, loc[0])) && (k == 0 || !defenceClaim(text, loc[0], loc[1])) {
				return true
			}
		}
	}
	return len(proposedCharges(text)) > 0
}
