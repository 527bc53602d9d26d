package draft

import "leian/drafting/sentencing"

// A lone defendant's 故意伤害 that caused 轻伤 (Criminal Law art. 234 ¶1:
// 三年以下有期徒刑、拘役或者管制) is drafted longer than courts sentence it.
// The similar cases of a 故意伤害 are found for the act, and many of them
// caused graver harm; the estimator's term for the tier runs long too.
// Courts in such cases mostly settle the quarrel behind the blow (赔偿,
// 谅解) and sentence near a year.
//
// minorInjuryScale is the courts' term over the drafted one, measured on
// the LeCaRD first-instance judgments outside dev, tune, tune2 and the
// check set with one defendant convicted of 故意伤害罪 alone, facts that
// state 轻伤 and neither 重伤 nor a death, and no proposed term: the
// drafts of those judgments (this code before the rule; 104 with a fixed
// term on both sides) ran over the court's term in 59 and under it in 37,
// by a median of ×1.12 (log 0.112): the drafted term is taken back by that
// median, ×0.89, not tuned.
const minorInjuryScale = 0.89

// injuryCharge is the charge minorInjuryScale is measured for.
const injuryCharge = "故意伤害罪"

// withMinorInjury scales the drafted term m of a lone defendant the
// estimator reads as having caused 轻伤 at worst (grades 轻伤二级 and 轻伤
// 一级, no death) in a 故意伤害罪, with no proposed term, by
// minorInjuryScale. A proposed term already weighs the harm.
func withMinorInjury(m float64, q SentenceQuery, est sentencing.Recommendation, p termProposal, trace *[]string) float64 {
	if q.Charge != injuryCharge || !loneUnproposed(q, p) || m <= 0 { // termcue.go
		return m
	}
	if g := est.Facts.Injury; g != 2 && g != 3 || est.Facts.Deaths > 0 {
		return m
	}
	*trace = append(*trace, "被害人系轻伤，同类单人故意伤害案件法院刑期通常短于拟定刑期，刑期酌减")
	return m * minorInjuryScale
}
