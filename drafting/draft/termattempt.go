package draft

import "slices"

// A lone defendant's attempted 强奸 (Criminal Law art. 236 ¶1: 三年以上十年
// 以下有期徒刑; art. 23: an attempt 可以比照既遂犯从轻或者减轻处罚) is drafted
// far longer than courts sentence it. The similar cases of a 强奸罪 are
// found for the act and were mostly completed, so their median carries
// the tier's three-year floor; courts mostly mitigate an attempt below it.
//
// attemptedRapeScale is the courts' term over the drafted one, measured on
// the LeCaRD first-instance judgments outside dev, tune, tune2 and the
// check set with one defendant convicted of 强奸罪 alone, facts the drafter
// reads as stating 未遂 (not in a party's claim only), and no proposed
// term: courts gave 46 of those 68 less than three years, and the drafts
// of those judgments (this code before the rule) ran over the court's term
// in 53 and under it in 12, by a median of ×1.76 (log 0.564): the drafted
// term is taken back by that median, ×0.57, not tuned. It holds a lone
// defendant's 强奸罪 count among several charges too (the sentencer is
// asked per count), though the attempt the facts state may be another
// count's. On tune time 0.6538 → 0.6537 (five drafts: three closer, two
// completed or graver rapes cut too far), tune2 0.6303 → 0.6312 (four
// drafts); judgment METEOR +0.0001 on both, nothing else moved.
const attemptedRapeScale = 0.57

// rapeCharge is the charge attemptedRapeScale is measured for.
const rapeCharge = "强奸罪"

// withAttemptedRape scales the drafted term m of a lone defendant with no
// proposed term whose 强奸罪 the facts state was attempted by
// attemptedRapeScale, and reports whether it did: the attempt then lets
// the term go below the tier's floor (withTierFloor), as art. 23 allows.
func withAttemptedRape(m float64, q SentenceQuery, p termProposal, trace *[]string) (float64, bool) {
	if q.Charge != rapeCharge || !loneUnproposed(q, p) || m <= 0 { // termcue.go
		return m, false
	}
	// q.Circumstances are the facts' as readFacts read them, denials left
	// out; an attempt only a party claims is not the court's (partyclaims.go).
	if !slices.Contains(q.Circumstances, "未遂") || claimedOnly(q.Facts, circCue("未遂")) {
		return m, false
	}
	*trace = append(*trace, "强奸犯罪未遂，可以比照既遂犯减轻处罚，同类单人案件法院刑期通常短于拟定刑期，刑期酌减")
	return m * attemptedRapeScale, true
}
