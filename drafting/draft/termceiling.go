package draft

import (
	"math"

	"leian/drafting/sentencing"
)

// ceilingPlace is where under a proposed ceiling alone (建议判处一年以下有期
// 徒刑) the first or only defendant's term is held, as a share of the
// ceiling. In the LeCaRD first-instance judgments outside dev, tune, tune2
// and the check set, 88 first or only defendants were proposed a ceiling
// alone: 78 courts' terms lay within it, at a median 0.611 of it, and of
// the multiples 0.6, 0.7 … 1.2 of the ceiling tried as the term, 0.6 came
// closest (JuDGE closeness 0.698 against 0.590 at the ceiling). A later
// defendant keeps the ceiling: theirs lay at a median 0.833 of it, where
// the multiples differ by less than 0.02.
const ceilingPlace = 0.6

// underCeiling holds the first or only defendant's term (lead) to
// ceilingPlace of a ceiling the prosecution proposes without a floor;
// false when p is no such proposal or months is already below that. A
// proposal 在无期徒刑以下 (read as the longest fixed term) is not such a
// ceiling: it bars life, not a long term.
func underCeiling(months int, p termProposal, lead bool, trace *[]string) (int, bool) {
	if !lead || p.lo > 0 || p.hi <= 0 || p.hi >= maxFixedTerm || p.exact || p.life {
		return months, false
	}
	held := max(1, int(math.Round(ceilingPlace*float64(p.hi))))
	if months <= held {
		return months, false
	}
	*trace = append(*trace, "公诉机关量刑建议不超过"+sentencing.MonthsWords(float64(p.hi))+"，法院通常在建议上限的六成左右量刑，刑期取"+sentencing.MonthsWords(float64(held)))
	return held, true
}
