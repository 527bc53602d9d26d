package draft

import (
	"math"
	"slices"

	"leian/drafting/sentencing"
)

// cueScale is a circumstance the facts state that moves a lone defendant's
// term by more than the drafted term weighs it. The drafted term blends
// the estimator's term and the similar cases' median (EstimatorSentencer):
// the similar cases are found for the act, not for what the accused did
// after it or for their record, so their median is taken to carry none of
// the circumstance's effect; the estimator, trained on CAIL2018 facts,
// carries the part of it measured below.
type cueScale struct {
	kind string // a circumstance kind of circCues
	// effect is the courts' log term ratio with the circumstance to
	// without it; missed the estimator's log error with it less its error
	// without it, negated: the part of effect the estimator leaves out.
	effect, missed float64
	why            string // the trace's words
}

// cueScales are measured on the single-defendant, single-charge LeCaRD
// first-instance judgments without a proposed term outside dev, tune,
// tune2 and the check set (2,839 judgments; 2,832 the estimator gives a
// fixed term). effect is pooled over strata of the same charge, amount
// band (log2 of the crime amount), drug band and injury grade (weights
// n₁n₀/(n₁+n₀)); missed compares the saved estimator's terms with the
// courts' (log of its term over the court's, mean with the circumstance
// less mean without).
var cueScales = []cueScale{
	// 累犯 (Criminal Law art. 65: 应当从重处罚; the guideline adds 10–40%
	// of the base term): 78 with it, 512 without in shared strata, ratio
	// 1.41 (log 0.347); the estimator's error −0.224 with it (147) against
	// −0.071 without, so it leaves out 0.153: ×1.28 on the blend at equal
	// weights. Their fines do not rise (ratio 0.97, 64 and 287 fined):
	// the fine stays the one drafted for the term before it was raised
	// (principalFine). On tune time 0.6491 → 0.6501, tune2 0.6226 →
	// 0.6231, nothing else beyond ±0.0002.
	{"累犯", 0.347, 0.153, "被告人系累犯，应当从重处罚，刑期酌增"},
	// 退赃、退赔 (2021 guideline 三(三)(9)–(10): 可以从轻处罚): 164 with it,
	// 254 without in shared strata, ratio 0.80 (log −0.224); the
	// estimator's error +0.025 with it (316) against −0.086 without, so it
	// leaves out −0.061: ×0.87 at equal weights. The fine stays the one
	// drafted for the term before it was lowered (principalFine): with the
	// lowered term's fine amount moved +0.0006 on tune and −0.0006 on
	// tune2. As it stands, tune time 0.6491 → 0.6495, judgment METEOR
	// 0.6464 → 0.6465; tune2 time 0.6226 → 0.6233, judgment METEOR
	// 0.6303 → 0.6306; amount and the rest unchanged.
	{"退赃退赔", -0.224, -0.061, "被告人退赃、退赔，刑期酌减"},
}

// withCueScale scales the drafted term m of a lone defendant with no
// proposed term by what the blend leaves out of each circumstance of
// cueScales the facts state (q.Circumstances): the estimator's share w of
// its missed part, the similar cases' share 1−w of the whole effect. It
// stays within the statutory tier the estimator read: a raised term at or
// below the tier's maximum, a lowered one at or above its minimum unless
// a circumstance allows 减轻处罚 (art. 63). Several defendants' terms are
// left alone (the facts' circumstances are not told apart by defendant
// here), and a proposed term already weighs them.
func withCueScale(m, w float64, q SentenceQuery, est sentencing.Recommendation, p termProposal, trace *[]string) float64 {
	if !loneUnproposed(q, p) || m <= 0 {
		return m
	}
	out := m
	for _, c := range cueScales {
		if slices.Contains(q.Circumstances, c.kind) {
			out *= math.Exp(w*c.missed + (1-w)*c.effect)
			*trace = append(*trace, c.why)
		}
	}
	if t := est.Tier; t != nil && !q.Guessed {
		if out > m && t.MaxMonths > 0 {
			out = math.Min(out, math.Max(m, float64(t.MaxMonths)))
		}
		if out < m && !est.Mitigated && t.MinMonths > 0 {
			out = math.Max(out, math.Min(m, float64(t.MinMonths)))
		}
	}
	return out
}

// loneUnproposed reports whether q is a lone defendant's and the
// prosecution proposes no term for it (p): the cases whose blended term
// the corpus factors (withCueScale, withMinorInjury) adjust, since a
// proposed term already weighs what they make up.
func loneUnproposed(q SentenceQuery, p termProposal) bool {
	return len(q.Defendants) <= 1 && p.lo <= 0 && p.hi <= 0 && !p.life
}
