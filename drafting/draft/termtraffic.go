package draft

import (
	"regexp"
	"slices"
)

// trafficCharge is the charge whose middle tier turns on 其他特别恶劣情节:
// 交通运输肇事后逃逸或者有其他特别恶劣情节的，处三年以上七年以下有期徒刑
// (Criminal Law art. 133).
const trafficCharge = "交通肇事罪"

// trafficGraveFloor is that tier's floor, three years.
const trafficGraveFloor = 36

var (
	// trafficGraveRe is the prosecution's or the court's finding of the
	// tier (属于交通肇事有其他特别恶劣情节), unless denied just before it.
	trafficGraveRe    = regexp.MustCompile(`特别恶劣`)
	trafficGraveNegRe = regexp.MustCompile(`(?:不|未|没有|并非|不属于|不构成|不具有|不能认定为?)[^，。；]{0,6}$`)
	// trafficDeathsRe and trafficBlameRe are 法释〔2000〕33号 art. 4(1)'s
	// 特别恶劣: 死亡二人以上…负事故全部或者主要责任 (致三人死亡，负事故主要责任).
	trafficDeathsRe = regexp.MustCompile(`(?:[二两三四五六七八九十]|[2-9]|\d{2,})\s*(?:人|名[^，。；]{0,4}?)(?:当场)?死亡`)
	trafficBlameRe  = regexp.MustCompile(`(?:全部|主要)责任`)
)

// trafficGrave reports whether the facts make a 交通肇事 特别恶劣: the
// tier named and not denied, or two deaths or more with the defendant
// bearing all or most of the blame (法释〔2000〕33号 art. 4(1)).
func trafficGrave(facts string) bool {
	for _, loc := range trafficGraveRe.FindAllStringIndex(facts, -1) {
		if !trafficGraveNegRe.MatchString(facts[max(0, loc[0]-24):loc[0]]) {
			return true
		}
	}
	return trafficDeathsRe.MatchString(facts) && trafficBlameRe.MatchString(facts)
}

// withTrafficTier holds a 交通肇事罪 sentence to the 特别恶劣 tier's floor
// of three years (trafficGrave) when no circumstance allows a lighter one
// than the tier's (timberMitigationRe). The estimator reads the tier from
// 逃逸 but not from deaths or the words 特别恶劣, and the similar cases'
// median had drafted three deaths at eleven months. Among the LeCaRD
// first-instance 交通肇事 judgments of one defendant outside dev, tune and
// check whose facts bear the tier out so, 17 of 20 were sentenced to three
// years or more (the others to 24, 29 and 30 months). A term the
// prosecution proposed stands, as do life, death and exemption.
func withTrafficTier(rec *Recommendation, charge, facts string, p termProposal) {
	if rec == nil || charge != trafficCharge || p.lo > 0 || p.hi > 0 || !slices.Contains(termKinds, rec.Kind) || rec.Months >= trafficGraveFloor {
		return
	}
	if !trafficGrave(facts) || timberMitigationRe.MatchString(facts) {
		return
	}
	rec.Kind, rec.Months = "有期徒刑", trafficGraveFloor
	if rec.ProbationMonths > 0 && rec.ProbationMonths < rec.Months {
		rec.ProbationMonths = rec.Months // 缓刑考验期限不能少于原判刑期（刑法第七十三条）
	}
	rec.Trace = append(rec.Trace, "交通肇事有其他特别恶劣情节（法释〔2000〕33号第四条），法定刑为三年以上七年以下有期徒刑，刑期不低于三年")
}
