package draft

import "math"

// drunkFinePower is how a drunk driver's fine grows with his 拘役: the
// slope of log fine on log months over the 206 single-defendant 危险驾驶罪
// judgments (拘役 of one to six months, fined) among the LeCaRD
// first-instance judgments outside dev, tune and the check set was 0.50
// (medians 3,000 元 for one month, 4,000 for two, 5,000 for three to four,
// 7,000 for five, 10,000 for six).
const drunkFinePower = 0.5

// drunkTariffFine moves the fine of a drunk-driving sentence with the term
// the blood-alcohol tariff set (withDrunkTariff) in place of the term it
// was drafted for (from months): the similar cases' fine followed that
// term, and a driver the tariff gives five months was left the fine of two
// (on the tune set the drafts fined drunk drivers 0.71 times the court,
// median of 17). A fine the prosecution proposed stands.
func drunkTariffFine(rec *Recommendation, from int, facts string) {
	if rec.FineYuan <= 0 || from <= 0 || rec.Months == from || proposedFine(facts) != ([2]float64{}) {
		return
	}
	rec.FineYuan = snapFine(rec.FineYuan * math.Pow(float64(rec.Months)/float64(from), drunkFinePower))
}
