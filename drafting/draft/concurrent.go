package draft

import (
	"math"
	"regexp"

	"leian/corpus/extract"
	"leian/corpus/rules"
)

// concurrentShare is the share of the other counts' terms that courts add
// to the longest when they fix the sentence to be executed for several
// crimes (数罪并罚, Criminal Law art. 69: above the longest term, at most
// their sum). Chosen on the tune set (leian sample judge-tune 400 1): the
// courts' own counts and executed terms in its 78 verdicts that combine
// fixed terms put the median share at 0.67; of 0.3–0.8 the closeness of
// the executed term peaked at 0.7 (0.928; 0.915 at 0.5, 0.917 at 0.8).
// Drafting the whole tune set with 0.5 instead moved time by 0.0001.
const concurrentShare = 0.7

// oneCrimeCeiling is the longest 有期徒刑 for one crime, in months (Criminal
// Law art. 45): the principal's factor and the similar cases' executed
// terms for several crimes could draft one count past it.
const oneCrimeCeiling = 180

// Art. 69's ceilings on the executed term, in months: 有期徒刑 at most 20
// years, or 25 when the counts add up to 35 years or more; 拘役 at most a
// year; 管制 at most three years.
const (
	fixedTermCeiling     = 240
	fixedTermCeilingLong = 300
	fixedTermLongSum     = 420
	detentionCeiling     = 12
	controlCeiling       = 36
)

// combinedTerm is the sentence to be executed for the counts (art. 69): the
// longest term of the heaviest kind among them plus concurrentShare of the
// others of that kind, within the article's ceilings. A 拘役 beside a
// 有期徒刑 is not executed (art. 69 ¶2, since the Ninth Amendment), so only
// the counts of the heaviest kind are combined. ok is false when no count
// has a term.
func combinedTerm(counts []Count) (kind string, months int, ok bool) {
	for _, k := range []string{"有期徒刑", "拘役", "管制"} {
		longest, sum := 0, 0
		for _, c := range counts {
			if c.Kind == k && c.Months > 0 {
				longest, sum = max(longest, c.Months), sum+c.Months
			}
		}
		if longest == 0 {
			continue
		}
		m := longest + int(math.Round(concurrentShare*float64(sum-longest)))
		ceiling := map[string]int{"有期徒刑": fixedTermCeiling, "拘役": detentionCeiling, "管制": controlCeiling}[k]
		if k == "有期徒刑" && sum >= fixedTermLongSum {
			ceiling = fixedTermCeilingLong
		}
		return k, max(longest, min(m, ceiling)), true
	}
	return "", 0, false
}

// addedFineRe is a fine imposed beside a term (并处罚金, 可以并处罚金,
// 并处或者单处违法所得一倍以上五倍以下罚金, 并处二万元以上二十万元以下罚金);
// 或者罚金 alone is a fine instead of one.
var addedFineRe = regexp.MustCompile(`并处[^，。；：]{0,30}?罚金`)

// chargeFined reports whether the Criminal Law lets a court fine for
// charge beside a term: some article that defines or punishes it says so
// (addedFineRe). known is false when the library has no such article. A
// similar case convicted of several crimes carries its one executed fine
// into each of its charges, so without this a count of 妨害公务罪 or
// 故意伤害罪 was fined for the other charge's sake.
func chargeFined(lib *rules.Library, charge string) (fined, known bool) {
	texts := chargeLawTexts(lib, charge)
	for _, t := range texts {
		if addedFineRe.MatchString(t) {
			return true, true
		}
	}
	return false, len(texts) > 0
}

// chargeLawTexts are the texts of the Criminal Law articles that define
// or punish charge (its rule library entry, under its own name or the
// normalised one), in the entry's order; nil when the library has none.
func chargeLawTexts(lib *rules.Library, charge string) []string {
	if lib == nil || lib.CriminalLaw() == nil {
		return nil
	}
	r, ok := lib.Charges[charge]
	if !ok {
		if n, nok := extract.NormaliseCharge(charge); nok {
			r, ok = lib.Charges[n]
		}
	}
	if !ok {
		return nil
	}
	var out []string
	for _, no := range append(append([]rules.ArticleNo{}, r.Articles...), r.Penalty...) {
		for _, a := range lib.CriminalLaw().Articles {
			if a.Number == no.Number && a.Suffix == no.Suffix {
				out = append(out, a.Text())
			}
		}
	}
	return out
}

// alone is p's sentence for a defendant convicted of the one count c of a
// case's several charges: that count's term and fine, not the sentence
// combined over counts he was not convicted of; a probation is kept only
// where the law allows it for the count's term.
func (p Penalty) alone(c Count) Penalty {
	p.Kind, p.Months, p.FineYuan, p.Counts = c.Kind, c.Months, c.FineYuan, nil
	switch {
	case p.ProbationMonths == 0:
	case !suspendableTerm(p.Kind, p.Months):
		p.ProbationMonths = 0
	case p.ProbationMonths < p.Months:
		p.ProbationMonths = p.Months // 缓刑考验期限不能少于原判刑期（刑法第七十三条）
	}
	return p
}

// finable reports whether a term for charges may carry a fine: false only
// when the law of every one of them is known and fines none beside a term
// (chargeFined), or fined none when the facts were done (fineLater). The
// similar cases' fines then came from their other charges (滥用职权罪
// beside 受贿罪), or from judgments under the amended law.
func finable(lib *rules.Library, charges []string, facts string) bool {
	for _, c := range charges {
		if fined, known := chargeFined(lib, c); (fined || !known) && !fineLater(c, facts) {
			return true
		}
	}
	return false
}

// laterFine is the fine for the i-th defendant's fixed term of months when
// the first was drafted life or death: the similar cases' i-th defendants'
// fine per month of term, else their first defendants' (similarFine).
func laterFine(same []precedent, charge string, i, months int) float64 {
	if f := similarFine(placeSentences(same, charge, i), months, 0); f > 0 {
		return f
	}
	return similarFine(precedentSentences(same, charge), months, 0)
}
