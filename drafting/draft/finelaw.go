package draft

import (
	"regexp"
	"strconv"
)

// yearMonth is a month as the facts date it, year·12 + month − 1.
type yearMonth int

func ym(year, month int) yearMonth { return yearMonth(year*12 + month - 1) }

// fineSince are the charges whose fine beside a term came with an
// amendment of the Criminal Law, and the month it took effect. The rule
// library holds the law as amended, so without this a bribe taken in 2013
// was drafted a fine (受贿罪, 200,000 元) that the court, judging by the
// law of the time (art. 12: the old law unless the new one is lighter),
// did not impose. The Ninth Amendment (1 November 2015) added the fine to
// arts. 280, 383, 386, 390, 392 and 393; the Eleventh (1 March 2021) to
// arts. 163 and 271.
var fineSince = map[string]yearMonth{
	"贪污罪":   ym(2015, 11),
	"受贿罪":   ym(2015, 11),
	"行贿罪":   ym(2015, 11),
	"单位行贿罪": ym(2015, 11),
	"介绍贿赂罪": ym(2015, 11),
	"伪造、变造、买卖国家机关公文、证件、印章罪": ym(2015, 11),
	"伪造公司、企业、事业单位、人民团体印章罪":  ym(2015, 11),
	"非国家工作人员受贿罪":            ym(2021, 3),
	"职务侵占罪":                 ym(2021, 3),
}

// factMonthRe is a month the facts date in digits (2013年4月).
var factMonthRe = regexp.MustCompile(`((?:19|20)\d\d)年(\d{1,2})月`)

// fineLater reports whether the fine for charge came into the law after
// the latest month the facts date: the acts, the arrest and the
// prosecution all precede it, so the court judged by the law without the
// fine. False when the facts date no month or the charge's fine is as old
// as the 1997 code.
func fineLater(charge, facts string) bool {
	since, ok := fineSince[charge]
	if !ok {
		return false
	}
	latest := yearMonth(-1)
	for _, m := range factMonthRe.FindAllStringSubmatch(facts, -1) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			continue
		}
		latest = max(latest, ym(y, mo))
	}
	return latest >= 0 && latest < since
}
