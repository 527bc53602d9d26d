package sentencing

import (
	"fmt"
	"math"
	"strings"

	"leian/corpus/rules"
)

// Step is one step of the trace a judge follows, with the rule it applies.
type Step struct {
	Stage  string  `json:"stage"`            // 法定刑档, 量刑起点, 基准刑, 调节, 模型, 类案, 结果
	Name   string  `json:"name"`             // 自首, 数额巨大 …
	Detail string  `json:"detail"`           // what was done, in Chinese
	Rule   string  `json:"rule,omitempty"`   // the rule text applied
	Source string  `json:"source,omitempty"` // where the rule is written
	Change float64 `json:"change,omitempty"` // the percentage applied, signed
	Months float64 `json:"months,omitempty"` // the term after the step
}

// guidelineSource names the guideline in citations.
const guidelineSource = "《最高人民法院、最高人民检察院关于常见犯罪的量刑指导意见（试行）》（法发〔2021〕21号）"

// firstGroup are the circumstances the guideline applies first, each
// multiplying the 基准刑 (part 二 (三) 2); the rest are added together.
var firstGroup = []string{"未成年", "老年人", "聋哑盲人", "未遂", "从犯"}

// secondGroup are the other circumstances in the guideline's own order.
var secondGroup = []string{"自首", "坦白", "当庭认罪", "立功", "退赃退赔", "赔偿谅解", "刑事和解", "认罪认罚", "累犯", "前科"}

// guidelineResult is the guideline arithmetic for one case.
type guidelineResult struct {
	Tier      *TierLaw
	TierIndex int
	Start     float64
	Baseline  float64
	Months    float64
	// Range is what the guideline allows: the starting range, each
	// adjustment at both ends of its percentage, within the tier.
	Range     [2]float64
	Mitigated bool // a circumstance allowing 减轻处罚 applied
	// Covered says the guideline gives the tier a starting point; without
	// one, Start and Range only place the case in the tier's lower quarter
	// for the explanation, and are no guideline range to check against.
	Covered bool
	Steps   []Step
}

// amountLevels are the three amount standards of a charge in a province,
// with where they come from; ok false when the table has none.
func (b *LawBook) amountLevels(cl *ChargeLaw, province string) (levels [3]float64, src string, ok bool) {
	if cl.AmountCrime == "" {
		return levels, "", false
	}
	names := []string{"数额较大", "数额巨大", "数额特别巨大"}
	if province != "" {
		found := 0
		for i, n := range names {
			if t, ok := b.lib.Threshold(province, cl.AmountCrime, n); ok && len(t.Variants) > 0 {
				levels[i] = t.Variants[0].Yuan
				found++
				src = t.Region
			}
		}
		if found == 3 {
			return levels, src + "数额标准（我国各地区盗窃诈骗等罪名数额标准表）", true
		}
	}
	// No province: the median of the provinces' standards.
	for i, n := range names {
		var vs []float64
		for _, t := range b.lib.Thresholds {
			if t.Crime == cl.AmountCrime && t.Level == n && len(t.Variants) > 0 {
				vs = append(vs, t.Variants[0].Yuan)
			}
		}
		levels[i] = median(vs)
	}
	return levels, "各省数额标准中位数（未识别省份）", levels[0] > 0
}

// amountLevel is 0 below 数额较大, 1 较大, 2 巨大, 3 特别巨大, with the
// progress (0..1, log scale) from its standard to the next.
func amountLevel(a float64, lv [3]float64) (int, float64) {
	level := 0
	for i, t := range lv {
		if a >= t && t > 0 {
			level = i + 1
		}
	}
	if level == 0 || a <= 0 {
		return level, 0
	}
	lo := lv[level-1]
	hi := lo * 10
	if level < 3 {
		hi = lv[level]
	}
	return level, math.Max(0, math.Min(1, math.Log(a/lo)/math.Log(hi/lo)))
}

// selectTier picks the statutory tier the facts fall in, saying why.
func (b *LawBook) selectTier(cl *ChargeLaw, f Facts) (int, Step) {
	if len(cl.Tiers) == 0 {
		return -1, Step{}
	}
	pick := func(match func(TierLaw) bool) int {
		for i := len(cl.Tiers) - 1; i >= 0; i-- {
			if match(cl.Tiers[i]) {
				return i
			}
		}
		return -1
	}
	// The basic tier is the mildest one not written for a lesser case
	// (故意杀人罪 and 绑架罪 list 情节较轻的 first), unless the facts say so.
	idx, why := 0, "未见加重情节，适用基本犯法定刑"
	for i, t := range cl.Tiers {
		if !strings.Contains(t.Condition, "情节较轻") || f.keyword("情节较轻") {
			idx = i
			break
		}
	}
	if lv, src, ok := b.amountLevels(cl, f.Province); ok {
		level, _ := amountLevel(f.AmountYuan, lv)
		names := []string{"", "数额较大", "数额巨大", "数额特别巨大"}
		if level > 1 {
			if i := pick(func(t TierLaw) bool { return t.Level == names[level] }); i >= 0 {
				idx = i
			}
		}
		why = fmt.Sprintf("涉案金额%.0f元，按%s（较大%.0f元、巨大%.0f元、特别巨大%.0f元）属%s", f.AmountYuan, src, lv[0], lv[1], lv[2], orWord(names[level], "未达数额较大"))
	} else if hasTrigger(cl, TriggerQuantity) {
		grams, _ := b.heroinGrams(f)
		level := "少量"
		switch {
		case grams >= heroinLarge:
			level = "数量大"
		case grams >= 10:
			level = "数量较大"
		}
		// Art. 347 writes its top tier as 有下列情形之一的, the quantity
		// its first item: 海洛因或者甲基苯丙胺五十克以上.
		if i := pick(func(t TierLaw) bool {
			return t.Level == level || level == "数量大" && strings.Contains(t.Source, "五十克以上")
		}); i >= 0 {
			idx = i
		}
		why = fmt.Sprintf("毒品折合海洛因约%.2f克（其他毒品按《%s》第一条的数量大标准折算），属%s", grams, drugInterpretation, level)
	} else if hasTrigger(cl, TriggerHarm) && (f.Deaths > 0 || f.Injury >= 4) {
		want := "重伤"
		if f.Deaths > 0 {
			want = "死亡"
		}
		// A harm tier that asks for a death caused by flight (交通肇事罪's
		// 因逃逸致人死亡) is not the tier of a death at the scene.
		// A serious injury is not the tier of death or maiming (故意伤害罪's
		// 致人死亡或者以特别残忍手段致人重伤造成严重残疾的).
		if i := pick(func(t TierLaw) bool {
			return t.Trigger == TriggerHarm && strings.Contains(t.Condition, want) && !strings.Contains(t.Condition, "逃逸") &&
				(want == "死亡" || !strings.Contains(t.Condition, "死亡"))
		}); i >= 0 {
			idx = i
			why = "事实载明" + injuryNames[f.Injury] + "，适用" + want + "一档"
		}
	}
	if idx < len(cl.Tiers) && cl.Tiers[idx].Trigger != TriggerHarm && f.keyword("逃逸") {
		if i := pick(func(t TierLaw) bool { return t.Trigger == TriggerSerious && strings.Contains(t.Condition, "逃逸") }); i > idx {
			idx = i
			why = "事实载明肇事后逃逸"
		}
	}
	t := cl.Tiers[idx]
	return idx, Step{Stage: "法定刑档", Name: orWord(t.Level, t.Trigger), Detail: why + "：" + t.Condition + "，" + termWords(t.Tier),
		Rule: t.Source, Source: "《中华人民共和国刑法》" + t.Article}
}

func hasTrigger(cl *ChargeLaw, kind string) bool {
	for _, t := range cl.Tiers {
		if t.Trigger == kind {
			return true
		}
	}
	return false
}

func orWord(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// termWords writes a tier's range: 三年以上十年以下有期徒刑.
func termWords(t rules.Tier) string {
	var parts []string
	for _, k := range t.Kinds {
		switch k {
		case "管制", "拘役", "无期徒刑", "死刑":
			parts = append(parts, k)
		case "有期徒刑":
			parts = append(parts, fmt.Sprintf("%s至%s有期徒刑", MonthsWords(float64(max(t.MinMonths, 6))), MonthsWords(float64(t.MaxMonths))))
		}
	}
	return "法定刑为" + strings.Join(parts, "、")
}

// MonthsWords writes a term in months as a judgment does: 一年六个月.
func MonthsWords(m float64) string {
	n := int(math.Round(m))
	if n <= 0 {
		return "零"
	}
	y, mo := n/12, n%12
	switch {
	case y == 0:
		return fmt.Sprintf("%d个月", mo)
	case mo == 0:
		return fmt.Sprintf("%d年", y)
	}
	return fmt.Sprintf("%d年%d个月", y, mo)
}

// arithmetic runs the guideline's method for the case: tier, starting
// point, 基准刑, then each circumstance in the guideline's order.
func (b *LawBook) arithmetic(cl *ChargeLaw, f Facts) guidelineResult {
	var r guidelineResult
	idx, tierStep := b.selectTier(cl, f)
	if idx < 0 {
		return r
	}
	r.TierIndex = idx
	r.Tier = &cl.Tiers[idx]
	t := r.Tier
	r.Steps = append(r.Steps, tierStep)
	lo, hi := float64(max(t.MinMonths, 1)), float64(t.MaxMonths)
	if hi < lo {
		hi = lo
	}
	var sp *rules.StartingPoint
	if cl.Guideline != nil {
		for i := range cl.Guideline.StartingPoints {
			s := &cl.Guideline.StartingPoints[i]
			if s.MinMonths >= t.MinMonths-1 && s.MaxMonths <= t.MaxMonths && s.MaxMonths > 0 {
				if sp == nil || strings.Contains(s.Condition, "幼女") && strings.Contains(strings.Join(f.Keywords, ""), "幼女") {
					sp = s
				}
			}
		}
	}
	spLo, spHi := lo, lo+(hi-lo)*0.25
	step := Step{Stage: "量刑起点", Source: guidelineSource}
	if sp != nil {
		r.Covered = true
		spLo, spHi = float64(sp.MinMonths), float64(sp.MaxMonths)
		step.Rule = sp.Source
		step.Detail = fmt.Sprintf("在%s至%s幅度内确定量刑起点", MonthsWords(spLo), MonthsWords(spHi))
	} else {
		step.Source = "《中华人民共和国刑法》" + t.Article
		step.Rule = t.Source
		step.Detail = "《量刑指导意见》未规定该罪（档）的量刑起点，取法定刑幅度的下四分之一段"
	}
	// Where the facts place the case inside the starting range and the
	// tier: the amount's progress to the next standard, the blood alcohol
	// above 80 mg/100ml, the drug weight, else the middle of the range.
	frac, basis := 0.5, "犯罪事实无可量化的增加刑罚量因素，取起点幅度中值"
	if lv, _, ok := b.amountLevels(cl, f.Province); ok {
		_, frac = amountLevel(f.AmountYuan, lv)
		basis = fmt.Sprintf("按涉案金额在本档数额标准间的位置（%.0f%%）增加刑罚量", 100*frac)
	} else if f.BAC >= 80 && hi <= 6 {
		frac = math.Min(1, (f.BAC-80)/240)
		basis = fmt.Sprintf("血液酒精含量%.1fmg/100ml，按超过80mg/100ml的程度确定", f.BAC)
	}
	r.Start = spLo + frac*(spHi-spLo)
	step.Months = r.Start
	step.Name = "量刑起点"
	r.Steps = append(r.Steps, step)
	r.Baseline = r.Start
	if f.Acts > 1 && (cl.Guideline != nil && len(cl.Guideline.Increments) > 0) {
		extra := math.Min(float64(f.Acts-1)*0.05, 0.3) * (hi - r.Start)
		r.Baseline += extra
		basis += fmt.Sprintf("；作案%d次，按次数增加刑罚量", f.Acts)
	}
	bs := Step{Stage: "基准刑", Name: "基准刑", Detail: basis, Months: r.Baseline, Source: guidelineSource}
	if cl.Guideline != nil && len(cl.Guideline.Increments) > 0 {
		bs.Rule = cl.Guideline.Increments[0]
	}
	r.Steps = append(r.Steps, bs)
	m := r.Baseline
	extra := r.Baseline - r.Start
	lowM, highM := spLo+extra, spHi+extra
	var lowSum, highSum float64
	for _, name := range firstGroup {
		adj, ok := b.adjustment(name, f)
		if !ok {
			continue
		}
		p := (adj.Percent[0] + adj.Percent[1]) / 2
		m *= 1 + p/100
		lowM *= 1 + adj.Percent[0]/100
		highM *= 1 + adj.Percent[1]/100
		r.Mitigated = true
		r.Steps = append(r.Steps, Step{Stage: "调节（先行）", Name: name, Change: p, Months: m, Rule: adj.Source, Source: guidelineSource,
			Detail: name + "：" + percentWords(adj.Percent, p) + "，先对基准刑调节"})
	}
	sum := 0.0
	base := m
	for _, name := range secondGroup {
		adj, ok := b.adjustment(name, f)
		if !ok {
			continue
		}
		p := (adj.Percent[0] + adj.Percent[1]) / 2
		sum += p
		lowSum += adj.Percent[0]
		highSum += adj.Percent[1]
		if name == "自首" || name == "立功" {
			r.Mitigated = true
		}
		r.Steps = append(r.Steps, Step{Stage: "调节", Name: name, Change: p, Months: base * (1 + sum/100), Rule: adj.Source, Source: guidelineSource,
			Detail: name + "：" + percentWords(adj.Percent, p) + "，与其他情节同向相加、逆向相减"})
	}
	m = base * (1 + math.Max(sum, -90)/100)
	floor := lo
	if r.Mitigated {
		floor = 1 // 减轻处罚: below the tier's minimum
	}
	clamp := func(v float64) float64 { return math.Max(floor, math.Min(hi, v)) }
	m = clamp(m)
	r.Range = [2]float64{clamp(lowM * (1 + math.Max(lowSum, -90)/100)), clamp(highM * (1 + math.Max(highSum, -90)/100))}
	if t.MinMonths == t.MaxMonths && t.MinMonths > 0 && !r.Mitigated {
		m = float64(t.MinMonths)
		r.Range = [2]float64{m, m}
	}
	r.Months = m
	return r
}

// adjustment returns the guideline adjustment for circumstance name when
// the facts state it.
func (b *LawBook) adjustment(name string, f Facts) (rules.Adjustment, bool) {
	var rule *rules.CircumstanceRule
	for i := range b.lib.Guideline.Circumstances {
		if b.lib.Guideline.Circumstances[i].Name == name {
			rule = &b.lib.Guideline.Circumstances[i]
		}
	}
	if rule == nil || len(rule.Adjustments) == 0 {
		return rules.Adjustment{}, false
	}
	pickAdj := func(i int) (rules.Adjustment, bool) {
		return rule.Adjustments[min(i, len(rule.Adjustments)-1)], true
	}
	switch name {
	case "未成年":
		if f.Has("未成年") {
			return pickAdj(1) // most juvenile defendants are 16 or 17
		}
	case "从犯":
		if f.Has("从犯") || f.Has("胁从犯") {
			return pickAdj(0)
		}
	case "坦白":
		if !f.Has("自首") && (f.Has("坦白") || f.Has("如实供述")) {
			return pickAdj(0)
		}
	case "当庭认罪":
		if f.Has("当庭认罪") && !f.Has("认罪认罚") {
			return pickAdj(0)
		}
	case "赔偿谅解":
		switch comp, forg := f.Has("赔偿"), f.Has("取得谅解"); {
		case comp && forg:
			return pickAdj(0)
		case comp:
			return pickAdj(1)
		case forg:
			return pickAdj(2)
		}
	case "前科":
		if f.Has("前科") && !f.Has("累犯") {
			return pickAdj(0)
		}
	case "老年人", "聋哑盲人", "刑事和解":
		return rules.Adjustment{}, false // not read from facts yet
	default:
		if f.Has(name) {
			return pickAdj(0)
		}
	}
	return rules.Adjustment{}, false
}

// percentWords says an adjustment's range and the middle taken:
// 减少基准刑0%至20%，取中值10%.
func percentWords(r [2]float64, mid float64) string {
	lo, hi := math.Abs(r[0]), math.Abs(r[1])
	verb := "增加"
	if mid < 0 {
		verb = "减少"
		lo, hi = hi, lo
	}
	return fmt.Sprintf("%s基准刑%.0f%%至%.0f%%，取中值%.0f%%", verb, lo, hi, math.Abs(mid))
}
