package draft

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"leian/drafting/sentencing"
	"leian/internal/cnum"
)

var (
	// fineProposalRe finds the prosecution's proposed fine inside its
	// sentencing proposal (建议判处…并处罚金人民币五千元 / 罚金二千元至五千元).
	fineProposalRe = regexp.MustCompile(`建议[^。；]{0,120}?罚金[^。；]{0,40}`)
	fineYuanRe     = regexp.MustCompile(`(\d+(?:[,，]\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)\s*(万)?\s*元`)
)

// proposedFine reads the fine the prosecution proposes, [lo, hi] in yuan
// (lo == hi for one amount, [lo, 0] for a floor, [0, hi] for a ceiling);
// zeros when the facts state none. Courts mostly adopt the proposal.
func proposedFine(facts string) [2]float64 {
	for _, s := range fineProposalRe.FindAllString(facts, -1) {
		s = s[strings.Index(s, "罚金"):]
		var ys []float64
		for _, m := range fineYuanRe.FindAllStringSubmatch(s, -1) {
			y := parseYuan(m[1])
			if m[2] == "万" {
				y *= 10000
			}
			if y >= 100 {
				ys = append(ys, y)
			}
		}
		switch {
		case len(ys) >= 2:
			return [2]float64{min(ys[0], ys[1]), max(ys[0], ys[1])}
		case len(ys) == 1 && strings.Contains(s, "以上"):
			return [2]float64{ys[0], 0}
		case len(ys) == 1 && strings.Contains(s, "以下"):
			return [2]float64{0, ys[0]}
		case len(ys) == 1:
			return [2]float64{ys[0], ys[0]}
		}
	}
	return [2]float64{}
}

// parseYuan reads an amount in digits (5,000 or 5000.5) or Chinese numerals.
func parseYuan(s string) float64 {
	s = strings.NewReplacer(",", "", "，", "").Replace(s)
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f
	}
	n, _ := cnum.ParseInt(s)
	return float64(n)
}

// fineAmountPower damps the amount ratio: a case with four times the
// amount gets about 2.8 times the fine. Chosen on the tune set (0, 0.25,
// 0.5, 0.75 and 1 compared), not on dev.
const fineAmountPower = 0.75

// fineAmountPowers are the charges whose fines follow the crime amount
// less steeply than fineAmountPower, with their power. A drug sale's
// amount is the price paid (hundreds of 元), not the quantity that sets
// the sentence: over the 438 single-defendant 走私、贩卖、运输、制造毒品罪
// judgments fined beside a term among the LeCaRD first-instance judgments
// outside dev, tune, tune2 and the check set, log fine rises 0.12 ± 0.04
// with log amount at a given term (0.54 with log term), where the blend of
// amountFine and the term-scaled fine gives the amount half of
// fineAmountPower, 0.375. The other charges' rises are below that too
// (−0.05 to 0.28 for the 17 others with 15 or more such judgments, 0.13
// within charges over 1,526), but halving the power (the one value tried)
// for every charge lowered tune amount 0.5394 → 0.5363; it raised this
// charge's drafts; for this charge alone, tune2 amount 0.5021 → 0.5073 (six
// drafts moved, four closer) and tune 0.5394 → 0.5422 (eight).
var fineAmountPowers = map[string]float64{
	"走私、贩卖、运输、制造毒品罪": fineAmountPower / 2,
}

// amountPower is the power amountFine scales a similar case's fine by for
// charge: fineAmountPowers, else fineAmountPower.
func amountPower(charge string) float64 {
	if p, ok := fineAmountPowers[charge]; ok {
		return p
	}
	return fineAmountPower
}

// fineAmountSpan bounds the amount ratio a similar case's fine is scaled
// by (at most ten times, or a tenth of, its amount): the amount the facts
// add up can be a sum of flows or of several counts (tens of millions for
// fundraising), and unbounded it scaled fines far past anything courts
// impose (3,772万元 for a fine of 10万元). Ten was the one bound tried, on
// the tune set: amount 0.4175 → 0.4285, nothing else moved.
const fineAmountSpan = 10.0

// fineAmountMin is how many similar cases that fined must state a crime
// amount before their fines, scaled by the amount, set the fine.
const fineAmountMin = 2

// amountFine is the fine the similar cases point to for a crime amount:
// each fining case's fine scaled by the ratio of the amounts to the power
// amountPower gives charge (courts fine property crimes in step with the
// amount, but less than in proportion: floors and the offender's means
// weigh too), the weighted median of those, rounded as courts write
// fines. Zero when fewer than fineAmountMin cases state both.
func amountFine(charge string, ps []PrecedentSentence, amount float64) float64 {
	if amount <= 0 {
		return 0
	}
	n := 0
	f := weightedMedian(ps, func(p PrecedentSentence) (float64, bool) {
		ok := p.FineYuan > 0 && p.AmountYuan > 0
		if ok {
			n++
			r := min(max(amount/p.AmountYuan, 1/fineAmountSpan), fineAmountSpan)
			return p.FineYuan * math.Pow(r, amountPower(charge)), true
		}
		return 0, false
	})
	if n < fineAmountMin || f <= 0 {
		return 0
	}
	return f
}

// fineSteps are the amounts courts write fines in; a fine is snapped to
// the nearest of them on the log scale.
var fineSteps = [...]float64{1000, 2000, 3000, 4000, 5000, 6000, 8000, 10000, 15000, 20000, 30000, 40000, 50000,
	60000, 80000, 100000, 150000, 200000, 300000, 500000, 1000000, 2000000}

// snapFine writes a fine as courts do: the nearest usual amount; below
// the first step or above the last, rounded as roundFine does.
func snapFine(y float64) float64 {
	if y <= 0 {
		return 0
	}
	if y < fineSteps[0]/2 || y > fineSteps[len(fineSteps)-1]*1.5 {
		return roundFine(y)
	}
	best := fineSteps[0]
	for _, s := range fineSteps {
		if math.Abs(math.Log(s/y)) < math.Abs(math.Log(best/y)) {
			best = s
		}
	}
	return commonFine(best)
}

// factsAmount is the crime amount a decided judgment's facts state: the
// text from 经审理查明 up to 本院认为, so that the verdict's fine is not
// read as the amount.
func factsAmount(doc string) float64 {
	if i := strings.Index(doc, "经审理查明"); i >= 0 {
		doc = doc[i:]
	}
	if i := strings.Index(doc, "本院认为"); i >= 0 {
		doc = doc[:i]
	}
	total, _, _ := sentencing.CrimeAmount(doc)
	return total
}

// queryAmount is the crime amount the drafted facts state.
func queryAmount(facts string) float64 {
	total, _, _ := sentencing.CrimeAmount(facts)
	return total
}

// proposalFine follows the prosecution's proposal on the fine: the amount
// it names, or, when it asks for 并处罚金 without one and the
// recommendation has none, the similar cases' fine.
func proposalFine(fine float64, q SentenceQuery, months int, amount float64, trace *[]string) float64 {
	p := proposedFine(q.Facts)
	switch {
	case p[0] > 0 && p[0] == p[1]:
		*trace = append(*trace, "公诉机关建议并处罚金人民币"+formatYuan(p[0])+"元，从其建议")
		return p[0]
	case p[0] > 0 && fine < p[0]:
		return p[0]
	case p[1] > 0 && fine > p[1]:
		return p[1]
	case fine == 0 && fineProposalRe.MatchString(q.Facts):
		if f := similarChargeFine(q.Charge, q.Precedents, months, amount); f > 0 {
			*trace = append(*trace, "公诉机关建议并处罚金")
			return f
		}
	}
	return fine
}
