package draft

import (
	"slices"

	"leian/corpus/extract"
)

// houseFine is what a stored judgment of one charge fined its first
// defendant for his term: the court's own tariff for that charge.
type houseFine struct {
	charge string
	months int
	yuan   float64
}

// houseFineOf reads the fine a judgment convicting of one charge imposed
// on its first defendant beside a term; false for any other judgment.
func houseFineOf(e *extract.Elements) (houseFine, bool) {
	if len(e.Charges) != 1 || len(e.Defendants) == 0 || e.Defendants[0].Penalty == nil {
		return houseFine{}, false
	}
	p := e.Defendants[0].Penalty
	if p.FineYuan <= 0 || p.Months <= 0 || !slices.Contains(termKinds, p.Kind) {
		return houseFine{}, false
	}
	return houseFine{charge: e.Charges[0], months: p.Months, yuan: p.FineYuan}, true
}

// houseFineMin is how many of the drafting court's own judgments of the
// charge must have fined beside a term before its tariff sets the fine
// (two, as for the fine's payment wording; set a priori).
const houseFineMin = 2

// fineRate is the drafting court's fine per month of term for charge: the
// median over its stored judgments convicting of that charge alone that
// fined their first defendant beside a term (the case's own family left
// out); zero when fewer than houseFineMin did. Courts fine by local
// tariffs far more alike within a court than across courts: leaving each
// out in turn, the LeCaRD first-instance judgments outside tune and the
// check set that have two or more such judgments of their court (551)
// score 0.704 on the JuDGE amount scale with their court's rate × their
// term, against 0.625 with the rate of every court's judgments of the
// charge (the similar cases come from every province: 1,000 元 for a
// theft of eleven months in one court, 4,000 in the similar cases).
func (h *Habits) fineRate(where bench, charge string) float64 {
	if h == nil {
		return 0
	}
	place, prov := h.court(where)
	if place == "" {
		return 0
	}
	var rates []float64
	for _, id := range h.byPlace[place] {
		d := h.docs[id]
		if slices.Contains(where.exclude, id) || prov != "" && d.prov != "" && d.prov != prov {
			continue
		}
		if f := d.fine; f.charge == charge && f.months > 0 && f.yuan > 0 {
			rates = append(rates, f.yuan/float64(f.months))
		}
	}
	if len(rates) < houseFineMin {
		return 0
	}
	slices.Sort(rates)
	if n := len(rates); n%2 == 0 {
		return (rates[n/2-1] + rates[n/2]) / 2
	}
	return rates[len(rates)/2]
}

// withHouseFines fines each defendant the drafting court's own rate for
// the charge (fineRate) times his term, snapped to the amounts courts
// write, where the draft fines him beside a term for one charge, within
// the bribery bands (bribeFine). A fine the prosecution proposes, or the
// defendant paid in advance, stands.
func (o *Offline) withHouseFines(pens []Penalty, where bench, charges []string, facts string) {
	if len(charges) != 1 {
		return
	}
	if p := proposedFine(facts); p[0] > 0 || p[1] > 0 || prepaidFine(facts) >= 100 {
		return
	}
	rate := o.habits().fineRate(where, charges[0])
	if rate <= 0 {
		return
	}
	for i, p := range pens {
		if p.FineYuan <= 0 || p.Months <= 0 || len(p.Counts) > 0 || !slices.Contains(termKinds, p.Kind) {
			continue
		}
		// The bribery bands of 法释〔2016〕9号 hold whatever the court's habit.
		f := bribeFine(charges[0], p.Months, snapFine(rate*float64(p.Months)), queryAmount(facts))
		if f != p.FineYuan {
			pens[i].FineYuan = f
			pens[i].Source += "；罚金按本院同罪名判决每月刑期罚金额的中位数折算为人民币" + formatYuan(f) + "元"
		}
	}
}
