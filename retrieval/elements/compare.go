package elements

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"leian/retrieval"
)

// Weights of each element in the combined score. Charges dominate because
// LeCaRD's relevance grades are first of all about the same offence.
// The loan elements of a civil loan case weigh what its charge would.
var partWeights = map[string]float64{"charge": 0.55, "loan": 0.55, "article": 0.1, "circumstance": 0.2, "manner": 0.15, "amount": 0.1, "penalty": 0.05}

// Match is how similar a candidate is to the case in hand by its elements.
type Match struct {
	Score   float64            // weighted mean of Parts over the elements both cases state, in [0,1]
	Parts   map[string]float64 // per element, in [0,1]
	Reasons []retrieval.Reason
}

// Compare scores candidate c against the case in hand q. Elements either
// side leaves unstated are skipped rather than counted as differences.
func Compare(q, c Case) Match {
	m := Match{Parts: map[string]float64{}}
	if len(q.Charges) > 0 && len(c.Charges) > 0 {
		m.Parts["charge"] = chargeScore(q, c)
		m.Reasons = append(m.Reasons, chargeReasons(q, c)...)
	}
	if len(q.Articles) > 0 && len(c.Articles) > 0 {
		m.Parts["article"] = jaccard(q.Articles, c.Articles, "", 1)
		for _, a := range intersect(q.Articles, c.Articles) {
			m.Reasons = append(m.Reasons, retrieval.Reason{Kind: "article", Shared: true, Text: "均适用" + articleWords(a)})
		}
	}
	if len(q.Circumstances) > 0 || len(c.Circumstances) > 0 {
		m.Parts["circumstance"] = circumstanceScore(q.Circumstances, c.Circumstances)
		m.Reasons = append(m.Reasons, circumstanceReasons(q.Circumstances, c.Circumstances)...)
	}
	if len(q.Manners) > 0 || len(c.Manners) > 0 {
		m.Parts["manner"] = jaccard(q.Manners, c.Manners, "", 1)
		for _, k := range intersect(q.Manners, c.Manners) {
			m.Reasons = append(m.Reasons, retrieval.Reason{Kind: "circumstance", Shared: true, Text: "事实均有" + k})
		}
		for _, k := range minus(q.Manners, c.Manners) {
			m.Reasons = append(m.Reasons, retrieval.Reason{Kind: "circumstance", Text: "本案事实有" + k + "，类案事实未见"})
		}
		for _, k := range minus(c.Manners, q.Manners) {
			m.Reasons = append(m.Reasons, retrieval.Reason{Kind: "circumstance", Text: "类案事实有" + k + "，本案事实未见"})
		}
	}
	if q.Amount > 0 && c.Amount > 0 {
		m.Parts["amount"] = amountScore(q.Amount, c.Amount)
		m.Reasons = append(m.Reasons, retrieval.Reason{Kind: "amount", Shared: m.Parts["amount"] >= 0.5,
			Text: fmt.Sprintf("本案涉案金额约%s，类案约%s", Yuan(q.Amount), Yuan(c.Amount))})
	}
	if q.Loan != nil && c.Loan != nil {
		lm := CompareLoan(*q.Loan, *c.Loan)
		m.Parts["loan"] = lm.Score
		for _, r := range lm.Reasons {
			if _, said := m.Parts["amount"]; r.Kind != "amount" || !said {
				m.Reasons = append(m.Reasons, r)
			}
		}
	}
	if q.Penalty != "" && c.Penalty != "" {
		if q.Penalty == c.Penalty {
			m.Parts["penalty"] = 1
			m.Reasons = append(m.Reasons, retrieval.Reason{Kind: "penalty", Shared: true, Text: "均判处" + q.Penalty})
		} else {
			m.Reasons = append(m.Reasons, retrieval.Reason{Kind: "penalty", Text: fmt.Sprintf("本案为%s，类案为%s", q.Penalty, c.Penalty)})
		}
	}
	// Summed in a fixed order: float addition in map order differs in
	// the last bit from run to run, and that flips tied candidates.
	var sum, wsum float64
	for _, part := range slices.Sorted(maps.Keys(m.Parts)) {
		sum += partWeights[part] * m.Parts[part]
		wsum += partWeights[part]
	}
	if wsum > 0 {
		m.Score = sum / wsum
	}
	return m
}

// chargeScore is a Jaccard index in which the judge's primary charge counts
// double, so a candidate sharing the main offence outranks one sharing only
// an accompanying one.
func chargeScore(q, c Case) float64 {
	return jaccard(q.Charges, c.Charges, q.Primary, 2)
}

func jaccard(a, b []string, heavy string, weight float64) float64 {
	w := func(x string) float64 {
		if x == heavy {
			return weight
		}
		return 1
	}
	var inter, union float64
	for _, x := range a {
		union += w(x)
		if slices.Contains(b, x) {
			inter += w(x)
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			union += w(x)
		}
	}
	if union == 0 {
		return 0
	}
	return inter / union
}

func chargeReasons(q, c Case) []retrieval.Reason {
	var rs []retrieval.Reason
	for _, ch := range intersect(q.Charges, c.Charges) {
		rs = append(rs, retrieval.Reason{Kind: "charge", Shared: true, Text: "同为" + ch})
	}
	if only := minus(c.Charges, q.Charges); len(only) > 0 {
		rs = append(rs, retrieval.Reason{Kind: "charge", Text: "类案另涉" + strings.Join(only, "、")})
	}
	if only := minus(q.Charges, c.Charges); len(only) > 0 {
		rs = append(rs, retrieval.Reason{Kind: "charge", Text: "本案涉" + strings.Join(only, "、") + "，类案无"})
	}
	return rs
}

// circumstanceScore is the Jaccard index of the circumstance kinds; two
// cases that both state none are neutral (0.5), not identical.
func circumstanceScore(a, b []string) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0.5
	}
	return jaccard(a, b, "", 1)
}

func circumstanceReasons(q, c []string) []retrieval.Reason {
	var rs []retrieval.Reason
	for _, k := range intersect(q, c) {
		rs = append(rs, retrieval.Reason{Kind: "circumstance", Shared: true, Text: "均有" + k + "情节"})
	}
	// "Not found", not "absent": many decided cases come as facts alone
	// (CAIL2018), which seldom state the sentencing circumstances, and the
	// case in hand has no reasoning yet.
	for _, k := range minus(q, c) {
		rs = append(rs, retrieval.Reason{Kind: "circumstance", Text: "本案有" + k + "情节，类案文书未见"})
	}
	for _, k := range minus(c, q) {
		rs = append(rs, retrieval.Reason{Kind: "circumstance", Text: "类案有" + k + "情节，本案事实未见"})
	}
	return rs
}

// amountScore falls from 1 for equal amounts to 0.5 at a factor of 3 apart
// and towards 0 beyond: sentencing bands (较大, 巨大, 特别巨大) are roughly
// an order of magnitude apart, so the log-ratio is what matters.
func amountScore(a, b float64) float64 {
	r := math.Abs(math.Log(a / b))
	return 1 / (1 + (r/math.Log(3))*(r/math.Log(3)))
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}
