package draft

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"leian/corpus/extract"
)

// ChargePredictor predicts a case's charges from its facts: the
// predictor the similar-case push uses (retrieval/engine.Engine).
type ChargePredictor interface {
	PredictCharges(ctx context.Context, facts string) ([]string, error)
}

// modelCharges decides whether a member follows its model case
// (类案批量智审): a group can mix charges, and a member whose own evidence
// points elsewhere must not take the model's charge. The member's own
// evidence wins, in this order: the charges its indictment names, the
// charges its facts name, then whether its facts bear the model's charge
// out — they use the charge's words and the charge predictor, when there
// is one, counts it among its predictions. follow says the member is
// drafted from the model with charges (nil: the model's); otherwise why
// says in Chinese why it is drafted on its own charge.
func (o *Offline) modelCharges(ctx context.Context, r Request, f caseFacts, m precedent) (charges []string, follow bool, why string, err error) {
	mc := strings.Join(m.charges, "、")
	if len(m.charges) == 0 {
		return normCharges(r.Charges), true, "", nil
	}
	if own := normCharges(r.Charges); len(own) > 0 {
		if overlaps(own, m.charges) {
			return own, true, "", nil
		}
		return own, false, fmt.Sprintf("本案指控的罪名（%s）与范本案件（%s）不同", strings.Join(own, "、"), mc), nil
	}
	if named := o.namedCharges(f); len(named) > 0 {
		if overlaps(named, m.charges) {
			return named, true, "", nil
		}
		return nil, false, fmt.Sprintf("本案事实写明的罪名（%s）与范本案件（%s）不同", strings.Join(named, "、"), mc), nil
	}
	cue := slices.ContainsFunc(m.charges, func(c string) bool { return chargeCue(c, f.text) })
	var predicted []string
	if o.Charges != nil {
		ps, err := o.Charges.PredictCharges(ctx, r.Facts)
		if err != nil {
			return nil, false, "", fmt.Errorf("draft: charges of a member of model case %s: %w", m.id, err)
		}
		predicted = normCharges(ps)
	}
	agrees := len(predicted) == 0 || overlaps(predicted, m.charges)
	if cue && agrees {
		return nil, true, "", nil
	}
	var whys []string
	if !cue {
		whys = append(whys, fmt.Sprintf("本案事实未见范本罪名（%s）的行为用语", mc))
	}
	if !agrees {
		whys = append(whys, fmt.Sprintf("罪名预测模型对本案预测为%s，不含范本罪名", strings.Join(predicted, "、")))
	}
	return nil, false, strings.Join(whys, "；"), nil
}

// apartCarry tells the judge the member was drafted on its own charge.
func apartCarry(m precedent, charges []string, why string) Carry {
	return Carry{Element: "罪名", Model: strings.Join(m.charges, "、"), Draft: strings.Join(charges, "、"), Action: Changed,
		Why: why + "：本案按自身罪名与同罪名类案起草，未沿用范本案件的法条、刑期与说理"}
}

// namedCharges are the known charges the facts name (指控…犯X罪), else
// those the facts say the acts constitute (其行为已构成X罪), a charge on
// another's crime last. When the allegation names only such charges (the
// fence's 掩饰、隐瞒犯罪所得罪), the crime they presuppose, which the
// facts say another's acts constitute (the thief's 盗窃罪), is this
// case's too.
func (o *Offline) namedCharges(f caseFacts) []string {
	known := o.knownCharges(f.charges)
	if len(known) > 0 && !strictAllegation(f.text) {
		// A bare 犯X罪 gives way to what the facts say the acts constitute.
		if cs := o.knownCharges(f.constitutes); len(cs) > 0 {
			known = cs
		}
	} else if len(known) > 0 {
		known = o.furtherCharges(f, known)
	}
	rejected := o.knownCharges(courtRejected(f.text, f.defendants))
	alleged := slices.Clone(known)
	known = withFindings(known, o.knownCharges(f.found), o.knownCharges(rejectedCharges(f.text)))
	known = o.substituted(known, alleged, f)
	known = withoutRejected(known, rejected)
	if len(known) == 0 {
		cs := o.knownCharges(f.constitutes)
		if len(cs) == 0 && len(o.knownCharges(f.found)) == 0 {
			cs = o.knownCharges(f.claimed)
		}
		return onAnothersCrimeLast(o.withFoundHeadings(cs, f))
	}
	if !slices.ContainsFunc(known, func(c string) bool { return !onAnothersCrime(c) }) {
		for _, c := range o.knownCharges(f.constitutes) {
			if !slices.Contains(known, c) {
				known = append(known, c)
			}
		}
	}
	return onAnothersCrimeLast(o.withFoundHeadings(known, f))
}

// onAnothersCrime says whether a charge is about another's crime: its name
// says 犯罪 (掩饰、隐瞒犯罪所得、犯罪所得收益罪, 帮助信息网络犯罪活动罪).
func onAnothersCrime(c string) bool { return strings.Contains(c, "犯罪") }

// onAnothersCrimeLast lists the charges on another's crime after the
// others. Such a charge is usually a later co-defendant's, and the crime it
// presupposes leads the case (it is the first defendant's and the
// sentencer's). JuDGE's charge pattern, 犯(…)罪 with no 犯 inside, also
// reads no such name, and loses every charge listed after one in 犯…、…罪.
func onAnothersCrimeLast(cs []string) []string {
	out := slices.Clone(cs)
	slices.SortStableFunc(out, func(a, b string) int {
		switch oa, ob := onAnothersCrime(a), onAnothersCrime(b); {
		case oa == ob:
			return 0
		case ob:
			return -1
		}
		return 1
	})
	return out
}

// knownCharges are the official names of the charges written in cs that
// the rule library knows, each once.
func (o *Offline) knownCharges(cs []string) []string {
	var named []string
	for _, c := range cs {
		// 犯有…罪, 犯的…罪: the 有 or 的 is not the charge's.
		named = append(named, strings.TrimLeft(c, "有的"))
	}
	var known []string
	for _, c := range named {
		// Only an official name: the allegation's pattern also reads
		// 犯罪事实和罪名 as a charge, which a loose lookup would accept.
		n, ok := extract.NormaliseCharge(c)
		if !ok || slices.Contains(known, n) {
			continue
		}
		if _, ok := o.Rules.Charges.Lookup(n); ok {
			known = append(known, n)
		}
	}
	return known
}

// normCharges normalises charge names, each once.
func normCharges(in []string) []string {
	var out []string
	for _, c := range in {
		n, _ := extract.NormaliseCharge(c)
		if n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func overlaps(a, b []string) bool {
	return slices.ContainsFunc(a, func(c string) bool { return slices.Contains(b, c) })
}
