package draft

import (
	"slices"

	"leian/drafting/sentencing"
)

// withTierFloor holds a fixed term to the minimum of the statutory tier the
// estimator placed the case in (数额特别巨大 十年以上, 交通肇事后逃逸 三年以上,
// 致人死亡 十年以上) when the guideline arithmetic found no circumstance that
// allows 减轻处罚 (从犯, 未遂, 自首, 立功 …): a court may go below a tier's
// floor only with one (Criminal Law art. 63). The similar cases' median,
// found for the manner of the act rather than its gravity, had pulled such
// terms below the floor (a hit-and-run drafted at one year seven months).
// On the tune set, six single-defendant drafts fell below an unmitigated
// tier's floor; five of the six courts' terms lay at or above it.
func withTierFloor(r *Recommendation, est sentencing.Recommendation) {
	t := est.Tier
	if t == nil || est.Mitigated || t.MinMonths <= 6 || !slices.Contains(termKinds, r.Kind) || r.Months >= t.MinMonths {
		return
	}
	r.Kind, r.Months = "有期徒刑", t.MinMonths
	r.Trace = append(r.Trace, "法定刑幅度为"+sentencing.MonthsWords(float64(t.MinMonths))+"以上，且无减轻处罚情节，刑期不低于法定最低刑")
}
