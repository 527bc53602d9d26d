package draft

import "regexp"

// unitUnnamedRe is the facts accusing a unit without naming it: 被告单位
// directly joined to its persons (被告单位及被告人孔某某、康某某的行为均已
// 触犯…; 被告单位及其直接负责的主管人员), the name being in the heading the
// facts do not carry. Such a unit is tried, and fined, all the same: in the
// LeCaRD first-instance judgments outside dev, tune, tune2 and the check
// set, both facts that write so and name no unit (unitNameRe) have a
// verdict fining the unit (被告单位某犯污染环境罪，判处罚金人民币三万元),
// and so does the one tune2 judgment (a hospital department's 单位受贿罪,
// fined 300,000 元), whose draft had no fine at all.
var unitUnnamedRe = regexp.MustCompile(`被告单位(?:及|、|和|与)(?:其?直接负责的主管人员|被告人)`)

// unitName is the unit the facts accuse, as unitItem writes it: the name
// unitNameRe reads; else, when the facts accuse a unit they do not name
// (unitUnnamedRe), a blank for the judge to fill; false when the facts
// accuse no unit.
func unitName(text string) (string, bool) {
	if m := unitNameRe.FindStringSubmatch(text); m != nil {
		return m[1], affirmed(text, unitNameRe)
	}
	if affirmed(text, unitUnnamedRe) {
		return "\u3000\u3000", true
	}
	return "", false
}
