package sentencing

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"leian/corpus/extract"
	"leian/corpus/rules"
)

// Case is the case in hand: its facts and what is known of it.
type Case struct {
	Facts   string   `json:"facts"`
	Charges []string `json:"charges,omitempty"` // predicted from the facts when empty
	// Articles are the Criminal Law articles cited with the charges, when
	// known: they tell which official charge a selective name stands for.
	Articles []rules.ArticleNo `json:"articles,omitempty"`
	Court    string            `json:"court,omitempty"` // names the province of the amount standards
	// Exclude are document ids the similar-case check leaves out: the
	// case's own documents when it is itself a decided case.
	Exclude []string `json:"exclude,omitempty"`
}

// FieldError is bad input, naming the field.
type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

// ChargePredictor reads likely charges from facts, for a case given none.
type ChargePredictor interface {
	PredictCharges(ctx context.Context, facts string) ([]string, error)
}

// Recommendation is a sentence recommendation with the steps behind it.
type Recommendation struct {
	Charges          []string `json:"charges"`
	ChargesPredicted bool     `json:"charges_predicted,omitempty"`
	// Kind is 死刑, 无期徒刑, 有期徒刑, 拘役, 管制 or 免予刑事处罚.
	Kind   string   `json:"kind"`
	Months int      `json:"months"` // the point, 0 for life, death and exemption
	Range  [2]int   `json:"range"`  // recommended months [lo, hi]
	Tier   *TierLaw `json:"tier,omitempty"`
	// GuidelineMonths is the guideline arithmetic's term, the explanation
	// and the fallback; GuidelineRange the range the guideline allows after
	// adjustments (starting range and every percentage at both ends, within
	// the tier; below its minimum only when a circumstance allows 减轻处罚),
	// [0, 0] when the guideline gives the charge's tier no starting point.
	GuidelineMonths float64    `json:"guideline_months"`
	GuidelineRange  [2]float64 `json:"guideline_range"`
	// Mitigated says the guideline arithmetic applied a circumstance that
	// allows 减轻处罚 (below the tier's minimum).
	Mitigated   bool    `json:"mitigated,omitempty"`
	ModelMonths float64 `json:"model_months"`
	// MedianMonths is the trees' estimate of the median term (life 300,
	// death 400 on the same scale): the answer that minimises the expected
	// log distance, where ModelMonths is the court's likeliest round term.
	MedianMonths float64 `json:"median_months"`
	// Uncertainty is how far the nearest decided cases' terms lie from the
	// trees' estimate (mean log distance), relative to a typical case's: 1
	// typical, 2 twice as spread, 0 when too few such cases are at hand.
	Uncertainty float64   `json:"uncertainty,omitempty"`
	Probation   Probation `json:"probation"`
	Fine        Fine      `json:"fine"`
	Similar     Empirical `json:"similar"`
	Facts       Facts     `json:"facts"`
	Trace       []Step    `json:"trace"`
	Notes       []string  `json:"notes,omitempty"`
}

// Probation says whether 缓刑 is open to the case (Criminal Law art. 72, 74).
type Probation struct {
	Eligible bool   `json:"eligible"`
	Reason   string `json:"reason"`
}

// Fine is the recommended fine with the clause that requires it.
type Fine struct {
	Clause string     `json:"clause,omitempty"` // 并处罚金 …
	Range  [2]float64 `json:"range"`            // yuan
	Basis  string     `json:"basis,omitempty"`
}

// Empirical is the term distribution of the most similar decided cases.
type Empirical struct {
	N         int         `json:"n"`
	Quantiles [5]float64  `json:"quantiles"` // 5, 25, 50, 75, 95 %
	Histogram []Bin       `json:"histogram,omitempty"`
	Cases     []Neighbour `json:"cases,omitempty"`
}

// Bin is one histogram bar: cases with lo ≤ months < hi.
type Bin struct {
	Lo, Hi int
	Count  int
}

// Estimator recommends sentences from the sentencing law and a model.
type Estimator struct {
	Book    *LawBook
	Model   *Model
	Charges ChargePredictor // optional
	// Neighbours is how many similar decided cases the check shows.
	Neighbours int
}

// DefaultNeighbours is how many similar decided cases the served
// estimator shows.
const DefaultNeighbours = 30

// Limits on the input a caller may send.
const (
	MaxFactsRunes = 50000
	minFactsRunes = 10
	maxCharges    = 10
)

// Estimate recommends a sentence for c.
func (e *Estimator) Estimate(ctx context.Context, c Case) (Recommendation, error) {
	var r Recommendation
	facts := strings.TrimSpace(c.Facts)
	switch n := utf8.RuneCountInString(facts); {
	case n == 0:
		return r, &FieldError{"facts", "缺少案件事实"}
	case n < minFactsRunes:
		return r, &FieldError{"facts", fmt.Sprintf("案件事实过短（%d字），无法量刑", n)}
	case n > MaxFactsRunes:
		return r, &FieldError{"facts", fmt.Sprintf("案件事实过长（%d字，上限%d字）", n, MaxFactsRunes)}
	}
	if len(c.Charges) > maxCharges {
		return r, &FieldError{"charges", fmt.Sprintf("罪名过多（%d个，上限%d个）", len(c.Charges), maxCharges)}
	}
	var charges []string
	for i, ch := range c.Charges {
		if strings.TrimSpace(ch) == "" {
			continue
		}
		cl, ok := e.Book.Resolve(ch, c.Articles)
		if !ok {
			return r, &FieldError{fmt.Sprintf("charges[%d]", i), fmt.Sprintf("未知罪名“%s”", ch)}
		}
		if !slices.Contains(charges, cl.Charge) { // one charge named twice is one charge
			charges = append(charges, cl.Charge)
		}
	}
	if len(charges) == 0 {
		if e.Charges == nil {
			return r, &FieldError{"charges", "未给出罪名，且未配置罪名预测"}
		}
		pred, err := e.Charges.PredictCharges(ctx, facts)
		if err != nil {
			return r, fmt.Errorf("predict charges: %w", err)
		}
		if len(pred) == 0 {
			return r, &FieldError{"charges", "未给出罪名，且无法从事实中预测罪名"}
		}
		charges, r.ChargesPredicted = e.Book.canonical(pred, c.Articles), true
	}
	if err := ctx.Err(); err != nil {
		return r, err
	}
	r.Charges = charges
	f := ReadFacts(facts, c.Court)
	r.Facts = f
	p := e.Model.predict(facts, f, charges)
	g := p.Guideline
	r.Tier, r.Mitigated = g.Tier, g.Mitigated
	r.Trace = append(r.Trace, g.Steps...)
	if r.ChargesPredicted {
		r.Notes = append(r.Notes, "罪名由事实预测："+strings.Join(charges, "、")+"，请核对")
	}
	switch {
	case g.Tier != nil && g.Covered:
		r.GuidelineMonths = g.Months
		r.GuidelineRange = g.Range
		r.Trace = append(r.Trace, Step{Stage: "指导意见结果", Name: "拟宣告刑", Months: g.Months, Source: guidelineSource,
			Detail: fmt.Sprintf("按《量刑指导意见》调节后约%s；起点与各情节取其幅度两端时为%s至%s（限于法定刑幅度内，减轻处罚的除外）",
				MonthsWords(g.Months), MonthsWords(g.Range[0]), MonthsWords(g.Range[1]))})
	case g.Tier != nil:
		// No starting point in the guideline: the arithmetic's term stays
		// as the explanation, but there is no guideline range to hold a
		// proposal to (the tier's lower quarter is not one).
		r.GuidelineMonths = g.Months
		r.Trace = append(r.Trace, Step{Stage: "指导意见结果", Name: "拟宣告刑", Months: g.Months, Source: "《中华人民共和国刑法》" + g.Tier.Article,
			Detail: fmt.Sprintf("《量刑指导意见》未规定该罪（档）的量刑起点，按法定刑幅度下四分之一段参照推算约%s，仅作说明，不构成指导意见区间", MonthsWords(g.Months))})
	default:
		r.Notes = append(r.Notes, "该罪法条未写明法定刑档，无法按指导意见推算，仅依模型与类案")
	}
	shown := e.Neighbours
	if shown <= 0 {
		shown = DefaultNeighbours
	}
	skip := map[string]bool{}
	for _, id := range c.Exclude {
		skip[id] = true
	}
	near := e.Model.neighbours(p, charges, max(shown, e.Model.blend.K), skip)
	point := e.Model.blend.point(p.LogMonths, near, e.Model.termKey(charges), len(charges) > 1, f.Proposal, &e.Model.terms)
	r.ModelMonths = point
	r.MedianMonths = math.Expm1(p.LogMonths)
	if s, ok := spread(p.LogMonths, near); ok && e.Model.blend.Ref > 0 {
		r.Uncertainty = math.Max(s/e.Model.blend.Ref, 0.01) // 0 is unknown
	}
	r.Similar = empirical(near[:min(len(near), shown)])
	detail := fmt.Sprintf("综合罪名、金额/数量档次、危害后果、量刑情节与指导意见推算结果，预测刑期中位数约%s", MonthsWords(math.Expm1(p.LogMonths)))
	if len(charges) > 1 {
		detail += "（数罪并罚：不低于各罪单独估计中最高者，上限为各罪可判最高刑期之和，有期徒刑总和不满三十五年的不超过二十年，依刑法第六十九条）"
	}
	if b := e.Model.blend; b.Sigma > 0 {
		detail += "；再以同罪名已决案件实际判处的刑期分布"
		if b.K > 0 && len(near) >= 3 {
			detail += fmt.Sprintf("（其中%.0f%%取特征最接近的%d件同罪名同档次已决案件）", 100*b.Near, min(b.K, len(near)))
		}
		detail += fmt.Sprintf("按与上述中位数的对数距离加权（宽度%.1f，训练时内部验证选定），取使±25%%命中与对数距离得分期望最高的刑期，约%s", b.Sigma, MonthsWords(point))
	}
	if lo, hi, ok := proposalBounds(f.Proposal); ok {
		detail += "；公诉机关量刑建议" + proposalWords(lo, hi) + "，法院多在建议幅度内量刑，故取点限于该建议之内"
	}
	r.Trace = append(r.Trace, Step{Stage: "模型", Name: "学习模型", Months: point,
		Source: fmt.Sprintf("梯度提升树与近邻已决案件（%d个已决案件训练）", len(e.Model.rows)), Detail: detail})
	r.Kind, r.Months = kindOf(point, g, p.Ceiling)
	r.Range = withinProposal(termRange(point, r.Similar, r.Kind, p.Ceiling), f.Proposal)
	if r.Similar.N > 0 {
		r.Trace = append(r.Trace, Step{Stage: "类案", Name: "相似案件刑期分布",
			Detail: fmt.Sprintf("同罪名、同档次最相似的%d件已决案件：刑期中位数%s，25%%–75%%为%s至%s", r.Similar.N,
				MonthsWords(r.Similar.Quantiles[2]), MonthsWords(r.Similar.Quantiles[1]), MonthsWords(r.Similar.Quantiles[3]))})
	}
	r.Probation = probation(r, f)
	r.Fine = e.fine(g, r.Similar)
	r.Trace = append(r.Trace, Step{Stage: "结果", Name: r.Kind, Months: float64(r.Months), Detail: resultWords(r)})
	return r, nil
}

// proposalWords is a proposal's bounds in words: 一年至二年, 二年以下.
func proposalWords(lo, hi float64) string {
	if lo == 0 {
		return MonthsWords(hi) + "以下"
	}
	return MonthsWords(lo) + "至" + MonthsWords(hi)
}

// kindOf turns the model's point into a penalty kind and a whole term,
// within the ceiling the law leaves open (c).
func kindOf(point float64, g guidelineResult, c ceiling) (string, int) {
	t := g.Tier
	lifeOK, deathOK := t == nil || c.Life, t == nil || c.Death
	switch {
	case point >= (lifeMonths+deathMonths)/2 && deathOK:
		return "死刑", 0
	case point >= (180+lifeMonths)/2 && lifeOK:
		return "无期徒刑", 0
	case point < 0.5:
		return "免予刑事处罚", 0
	}
	m := int(math.Round(point))
	if t != nil && c.Months > 0 {
		m = min(m, c.Months)
	}
	m = min(m, combinedCapLong) // 数罪并罚 caps a combined fixed term at 25 years
	if m < 6 && (t == nil || slices.Contains(t.Kinds, "拘役")) {
		return "拘役", max(m, 1)
	}
	return "有期徒刑", max(m, 6)
}

// decidedMonths is the point as the estimator answers it, on the outcome
// scale (life 300, death 400, exemption 0).
func decidedMonths(point float64, g guidelineResult, c ceiling) float64 {
	switch k, m := kindOf(point, g, c); k {
	case "死刑":
		return deathMonths
	case "无期徒刑":
		return lifeMonths
	default:
		return float64(m)
	}
}

// termRange is the recommended range: the similar cases' middle half
// widened to hold the point, within ±25% of it.
func termRange(point float64, s Empirical, kind string, c ceiling) [2]int {
	if kind == "无期徒刑" || kind == "死刑" || kind == "免予刑事处罚" {
		return [2]int{0, 0}
	}
	lo, hi := point*0.8, point*1.2
	if s.N >= 5 {
		lo = math.Max(lo, math.Min(point, s.Quantiles[1]))
		hi = math.Min(hi, math.Max(point, s.Quantiles[3]))
	}
	lo, hi = math.Min(lo, point), math.Max(hi, point)
	if c.Months > 0 {
		hi = math.Min(hi, float64(c.Months))
	}
	return [2]int{max(1, int(math.Floor(lo))), max(1, int(math.Ceil(hi)))}
}

// withinProposal narrows a recommended range to the prosecution's
// proposal, as the point is held to it; a range outside the proposal
// (the point taken at a ceiling below the tier's floor) is left alone.
func withinProposal(rng [2]int, proposal [2]int) [2]int {
	plo, phi, ok := proposalBounds(proposal)
	if !ok || rng == [2]int{} {
		return rng
	}
	out := [2]int{max(rng[0], int(plo)), min(rng[1], int(phi))}
	if out[0] > out[1] {
		return rng
	}
	return out
}

func empirical(ns []Neighbour) Empirical {
	e := Empirical{N: len(ns), Cases: ns}
	if len(ns) == 0 {
		return e
	}
	var v []float64
	for _, n := range ns {
		v = append(v, float64(outcomeMonths(n.Outcome)))
	}
	for i, q := range []float64{0.05, 0.25, 0.5, 0.75, 0.95} {
		e.Quantiles[i] = quantile(v, q)
	}
	edges := []int{0, 1, 6, 12, 24, 36, 60, 84, 120, 180, 301, 1000}
	for i := 0; i+1 < len(edges); i++ {
		b := Bin{Lo: edges[i], Hi: edges[i+1]}
		for _, x := range v {
			if int(x) >= b.Lo && int(x) < b.Hi {
				b.Count++
			}
		}
		if b.Count > 0 {
			e.Histogram = append(e.Histogram, b)
		}
	}
	return e
}

// outcomeMonths puts life and death on the month scale of the histogram.
func outcomeMonths(o Outcome) int {
	switch {
	case o.Death:
		return deathMonths
	case o.Life:
		return lifeMonths
	}
	return o.Months
}

// probation applies Criminal Law art. 72 and 74: a term of 拘役 or at most
// three years, not a recidivist (or a ringleader of a criminal group).
func probation(r Recommendation, f Facts) Probation {
	switch {
	case r.Kind == "无期徒刑" || r.Kind == "死刑":
		return Probation{false, "判处无期徒刑、死刑的不适用缓刑（刑法第七十二条）"}
	case r.Kind == "免予刑事处罚":
		return Probation{false, "建议免予刑事处罚，无需缓刑"}
	case f.Has("累犯"):
		return Probation{false, "累犯不适用缓刑（刑法第七十四条）"}
	case f.keyword("首要分子") && f.keyword("集团"):
		return Probation{false, "犯罪集团的首要分子不适用缓刑（刑法第七十四条）"}
	case r.Months > 36:
		return Probation{false, "建议刑期超过三年，不符合缓刑条件（刑法第七十二条）"}
	}
	return Probation{true, "建议刑期为拘役或三年以下有期徒刑，如犯罪情节较轻、有悔罪表现、无再犯危险且对社区无重大不良影响，可以宣告缓刑（刑法第七十二条）"}
}

// fine reads the fine clause of the tier and proposes the middle half of
// the similar cases' fines.
func (e *Estimator) fine(g guidelineResult, s Empirical) Fine {
	var f Fine
	if g.Tier != nil {
		f.Clause = strings.TrimSpace(g.Tier.Fine + g.Tier.Confiscation)
	}
	var v []float64
	for _, n := range s.Cases {
		if n.Outcome.FineKnown && n.Outcome.FineYuan > 0 {
			v = append(v, n.Outcome.FineYuan)
		}
	}
	if len(v) >= 3 {
		f.Range = [2]float64{quantile(v, 0.25), quantile(v, 0.75)}
		f.Basis = fmt.Sprintf("相似案件中%d件判处罚金的25%%–75%%区间", len(v))
	} else if f.Clause != "" {
		f.Basis = "相似案件罚金数据不足，请依刑法第五十二条根据犯罪情节决定罚金数额"
	}
	return f
}

func resultWords(r Recommendation) string {
	var b strings.Builder
	switch r.Kind {
	case "死刑", "无期徒刑", "免予刑事处罚":
		b.WriteString("建议" + r.Kind)
	default:
		fmt.Fprintf(&b, "建议判处%s%s（幅度%s至%s）", r.Kind, MonthsWords(float64(r.Months)), MonthsWords(float64(r.Range[0])), MonthsWords(float64(r.Range[1])))
	}
	if r.Probation.Eligible {
		b.WriteString("，可考虑适用缓刑")
	}
	if r.Fine.Clause != "" {
		b.WriteString("，" + r.Fine.Clause)
		if r.Fine.Range[1] > 0 {
			fmt.Fprintf(&b, "（%.0f元至%.0f元）", r.Fine.Range[0], r.Fine.Range[1])
		}
	}
	return b.String()
}

// IsFieldError reports whether err is bad input, and which field.
func IsFieldError(err error) (*FieldError, bool) {
	var fe *FieldError
	ok := errors.As(err, &fe)
	return fe, ok
}

// Penalty is the recommendation as a penalty, the type verdicts are read
// into: kind, months and the middle of the fine range.
func (r Recommendation) Penalty() extract.Penalty {
	return extract.Penalty{Kind: r.Kind, Months: r.Months, FineYuan: (r.Fine.Range[0] + r.Fine.Range[1]) / 2}
}
