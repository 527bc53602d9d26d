package draft

import (
	"regexp"
	"slices"
	"strings"

	"leian/corpus/rules"
)

var (
	// termClauseRe is a penalty clause that imposes a term.
	termClauseRe = regexp.MustCompile(`处[^；。]*(?:有期徒刑|拘役|管制)`)
	// clauseSplitRe splits an article into its penalty clauses.
	clauseSplitRe = regexp.MustCompile(`[；。\n]`)
)

// fineRequired reports whether the Criminal Law fines every term it lets a
// court impose for charge: each clause of the articles that define or
// punish it that sets a term (有期徒刑, 拘役, 管制) also says 并处…罚金,
// not 可以并处 (art. 193 贷款诈骗: 并处二万元以上二十万元以下罚金 in every
// tier; art. 264 盗窃: 并处或者单处罚金, 并处罚金, 并处罚金或者没收财产).
// A court that fines none such a defendant misapplies the law, so the
// draft fines him even when the similar cases' records show no fine.
// False when the library has no such clause.
func fineRequired(lib *rules.Library, charge string) bool {
	clauses := termClauses(chargeLawTexts(lib, charge))
	for _, c := range clauses {
		if !addedFineRe.MatchString(c) || strings.Contains(c, "可以并处") {
			return false
		}
	}
	return len(clauses) > 0
}

// termClauses are the clauses of the article texts that set a term, in
// text order.
func termClauses(texts []string) []string {
	var out []string
	for _, t := range texts {
		for _, c := range clauseSplitRe.Split(t, -1) {
			if termClauseRe.MatchString(c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// fineFloorRe is the least fine a clause names (并处二万元以上二十万元以下罚金).
var fineFloorRe = regexp.MustCompile(`并处([〇零一二两三四五六七八九十百千万]+)元以上`)

// fineFloor is the least fine the law names for charge: the floor of the
// first clause that sets a term and names one (art. 193 贷款诈骗:
// 二万元), zero when none does (most articles leave the amount to art. 52).
func fineFloor(lib *rules.Library, charge string) float64 {
	for _, c := range termClauses(chargeLawTexts(lib, charge)) {
		if m := fineFloorRe.FindStringSubmatch(c); m != nil {
			return parseYuan(m[1])
		}
	}
	return 0
}

// requiredFine is the fine for a term of months for charge when the law
// fines every term of it (fineRequired) and the draft came to none: the
// similar cases that fined too few to carry the majority still show what
// courts fine such a term. Every defendant of the similar cases convicted
// of charge alone who was fined beside a term counts, whatever his place
// in their verdict, by fine per month of term (similarFine); then those
// convicted of further charges too, whose one fine covers them all. Zero
// when none was fined.
func requiredFine(same []precedent, charge string, months int) float64 {
	if months <= 0 {
		return 0
	}
	for _, alone := range []bool{true, false} {
		var ps []PrecedentSentence
		for j, p := range same {
			if !slices.Contains(p.charges, charge) || (alone && len(p.charges) > 1) {
				continue
			}
			for _, pen := range p.penalties {
				if pen != nil && pen.FineYuan > 0 && pen.Months > 0 && slices.Contains(termKinds, pen.Kind) {
					ps = append(ps, PrecedentSentence{DocID: p.id, Weight: rankWeight(j), Kind: pen.Kind, Months: pen.Months, FineYuan: pen.FineYuan})
				}
			}
		}
		if f := similarFine(ps, months, 0); f > 0 {
			return f
		}
	}
	return 0
}

// withRequiredFine is fine, or, when it is zero for a term of the kinds
// that carry one and the law fines every term of charge (in force when the
// facts were done), the fine the similar cases point to (requiredFine).
func (o *Offline) withRequiredFine(fine float64, same []precedent, charge, kind string, months int, facts string) float64 {
	if fine > 0 || months <= 0 || !slices.Contains(termKinds, kind) || !fineRequired(o.Rules, charge) || fineLater(charge, facts) {
		return fine
	}
	if f := requiredFine(same, charge, months); f > 0 {
		return f
	}
	// No similar case shows the amount: the least the law names, which
	// the court may raise.
	return fineFloor(o.Rules, charge)
}
