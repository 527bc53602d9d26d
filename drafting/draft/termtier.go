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
// tier's floor; five of the six courts' terms lay at or above it. A term
// the prosecution proposed stands (a proposal below the floor is one the
// court may follow), and the fine stays the one drafted for the term
// before it was raised: on the tune set the raised term's fine per month
// tripled a court's 10,000 元 (amount 0.5031 → 0.5008). A charge the
// similar cases voted (guessed) lifts nothing: one tune workplace death,
// voted 故意伤害 where the court found 重大责任事故, had drawn that tier's
// ten years.
func withTierFloor(r *Recommendation, est sentencing.Recommendation, p termProposal, guessed bool) {
	t := est.Tier
	if t == nil || guessed || est.Mitigated || p.lo > 0 || p.hi > 0 || p.life || t.MinMonths <= 6 || !slices.Contains(termKinds, r.Kind) || r.Months >= t.MinMonths {
		return
	}
	r.Kind, r.Months = "有期徒刑", t.MinMonths
	r.Trace = append(r.Trace, "法定刑幅度为"+sentencing.MonthsWords(float64(t.MinMonths))+"以上，且无减轻处罚情节，刑期不低于法定最低刑")
}
