package sentencing

import "strings"

// ceiling is the gravest sentence the law leaves open to a case: the
// point is held below it.
type ceiling struct {
	Months      int  // the longest fixed term; 0: no bound read
	Life, Death bool // whether life or death is open
}

// Art. 69 caps a combined fixed term at 20 years, or 25 when the terms
// add up to 35 years or more.
const (
	combinedCap     = 240
	combinedCapLong = 300
	combinedLongSum = 420
)

// ceiling is the gravest sentence open to charges on facts f. For one
// charge it is the selected tier's, or that of a graver tier whose
// trigger the facts cannot settle (情节严重 and the like, an amount
// without a province standard): choosing the basic tier for want of a
// stated aggravation does not rule those out. For several charges it is
// art. 69's: the sum of the charges' ceilings, within 20 (or 25) years,
// since the combined term lies between the gravest single term and the
// sum.
func (b *LawBook) ceiling(charges []string, f Facts) ceiling {
	var out ceiling
	sum, n := 0, 0
	for _, c := range charges {
		cl, ok := b.Charge(c)
		if !ok || len(cl.Tiers) == 0 {
			return ceiling{Life: true, Death: true} // a charge without tiers bounds nothing
		}
		one := b.chargeCeiling(cl, f)
		sum += one.Months
		n++
		out.Life = out.Life || one.Life
		out.Death = out.Death || one.Death
		out.Months = max(out.Months, one.Months)
	}
	if n > 1 {
		out.Months = min(sum, combinedCap)
		if sum >= combinedLongSum {
			out.Months = min(sum, combinedCapLong)
		}
	}
	return out
}

// chargeCeiling is one charge's ceiling on facts f.
func (b *LawBook) chargeCeiling(cl *ChargeLaw, f Facts) ceiling {
	idx, _ := b.selectTier(cl, f)
	t := cl.Tiers[idx]
	out := ceiling{Months: t.MaxMonths, Life: t.Life, Death: t.Death}
	for _, g := range cl.Tiers[idx+1:] {
		if b.settles(cl, g, f) {
			continue
		}
		out.Months = max(out.Months, g.MaxMonths)
		out.Life = out.Life || g.Life
		out.Death = out.Death || g.Death
	}
	return out
}

// settles reports whether the facts Leian reads decide whether tier t
// applies: a drug quantity, an injury or death, an amount with a province
// standard. 情节严重, 其他严重情节, most 下列情形之一 and amounts without a
// standard are not read, so the facts leave such a tier open.
func (b *LawBook) settles(cl *ChargeLaw, t TierLaw, f Facts) bool {
	switch t.Trigger {
	case TriggerQuantity:
		return true
	case TriggerHarm:
		return t.Level != "重大损失" && t.Level != "严重后果" && t.Level != "特别严重后果"
	case TriggerAmount:
		_, _, ok := b.amountLevels(cl, f.Province)
		return ok
	case TriggerAggravate:
		// Art. 347's 有下列情形之一的 turns on the quantity (五十克以上) as
		// selectTier reads it; its other items (武装掩护, 暴力抗拒检查 …) are
		// rare enough that the quantity decides.
		return strings.Contains(t.Source, "五十克以上")
	}
	return false
}
