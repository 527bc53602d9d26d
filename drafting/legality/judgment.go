package legality

import (
	"leian/corpus/extract"
	"leian/corpus/parse"
)

// OutcomeOf reads the outcome a parsed judgment or draft states: each
// sentenced defendant's charges, penalty and circumstances, the legal basis
// and the court's province. Facts is the text the tiers are read from.
// Defendants without a penalty or a charge are left out.
func (c *Checker) OutcomeOf(s *parse.Structure, el *extract.Elements, facts string) Outcome {
	o := Outcome{Facts: facts, Elements: el, Province: c.Province(s.Court)}
	for _, d := range el.Defendants {
		if d.Penalty == nil || len(d.Charges) == 0 {
			continue
		}
		ld := Defendant{Name: d.Name, Charges: d.Charges, Penalty: d.Penalty}
		for _, ci := range d.Circumstances {
			ld.Circumstances = append(ld.Circumstances, ci.Kind)
		}
		o.Defendants = append(o.Defendants, ld)
	}
	for _, ci := range el.Articles {
		if k := ci.Key(); k != "" {
			o.Articles = appendNew(o.Articles, k)
		}
	}
	return o
}
