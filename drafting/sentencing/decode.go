package sentencing

import (
	"math"
	"slices"
)

// blend turns the trees' log term and the nearest decided cases into one
// point. Judges give round terms (6, 8, 12, 36 months) that their peers
// gave, which a regression's median misses: the point is the term that
// scores best, within ±25% and on CAIL's log scale, against a
// distribution over the terms judges actually gave. That distribution is
// the decided terms of the same charge (smoothed toward all charges) mixed
// (the gravest of the case's charges, and several-charge cases apart) mixed
// with the nearest cases' terms, weighted by a normal kernel in log months
// around the trees' estimate. Train chooses K, Sigma and Near on an inner
// split of its own training cases.
type blend struct {
	K     int     // nearest cases read; 0: none
	Sigma float64 // the kernel's spread in log months; 0: the trees' term alone
	Near  float64 // the nearest cases' share of the term distribution
	// Ref is the median spread of the cases the blend was chosen on, the
	// yardstick of a case's uncertainty (Recommendation.Uncertainty).
	Ref float64
}

// blendGrid are the blends Train chooses among.
var blendGrid = func() []blend {
	out := []blend{{}}
	for _, s := range []float64{0.4, 0.6, 0.8, 1.0} {
		out = append(out, blend{Sigma: s})
		for _, k := range []int{10, 20} {
			for _, w := range []float64{0.6, 0.8, 1} {
				out = append(out, blend{K: k, Sigma: s, Near: w})
			}
		}
	}
	return out
}()

// priorCases is the weight, in cases, of the all-charges term distribution
// in a charge's own.
const priorCases = 20

// termCounts are the decided terms (months on the outcome scale: life 300,
// death 400) of the training cases, by charge key (termKey) and in all.
type termCounts struct {
	byCharge map[string]map[int]float64
	nCharge  map[string]float64
	all      map[int]float64
	n        float64
	terms    []int // every term seen, ascending
}

// multiSuffix marks the key of cases with more than one charge (数罪并罚):
// their terms run longer than those of the gravest charge alone.
const multiSuffix = "|数罪"

// termKey is the charge whose decided terms a case's point is read
// against: the gravest of its charges (the highest mean decided term), so
// the order charges are listed in does not matter.
func (m *Model) termKey(charges []string) string {
	best, bestMean := "", math.Inf(-1)
	for _, c := range charges {
		s := m.stats[c]
		if s.N == 0 {
			continue
		}
		if mean := s.SumY / float64(s.N); mean > bestMean {
			best, bestMean = c, mean
		}
	}
	if best == "" && len(charges) > 0 {
		best = charges[0]
	}
	return best
}

func (m *Model) countTerms() termCounts {
	tc := termCounts{byCharge: map[string]map[int]float64{}, nCharge: map[string]float64{}, all: map[int]float64{}}
	add := func(key string, months int) {
		if tc.byCharge[key] == nil {
			tc.byCharge[key] = map[int]float64{}
		}
		tc.byCharge[key][months]++
		tc.nCharge[key]++
	}
	for _, r := range m.rows {
		months := outcomeMonths(r.Outcome)
		if key := m.termKey(r.Charges); key != "" {
			add(key, months)
			if len(r.Charges) > 1 {
				add(key+multiSuffix, months)
			}
		}
		if tc.all[months] == 0 {
			tc.terms = append(tc.terms, months)
		}
		tc.all[months]++
		tc.n++
	}
	slices.Sort(tc.terms)
	return tc
}

// prior is the share of term g among the cases of key: the charge's
// terms smoothed toward all charges', and for several charges, the
// several-charge cases' terms smoothed toward the charge's.
func (tc *termCounts) prior(g int, key string, multi bool) float64 {
	p := (tc.byCharge[key][g] + priorCases*tc.all[g]/tc.n) / (tc.nCharge[key] + priorCases)
	if multi {
		k := key + multiSuffix
		p = (tc.byCharge[k][g] + priorCases*p) / (tc.nCharge[k] + priorCases)
	}
	return p
}

// termMass is one decided term with its weight in the distribution.
type termMass struct {
	months int
	w      float64
}

// spreadCases is how many nearest cases the spread reads, and
// minSpreadCases the fewest it reads one from.
const (
	spreadCases    = 20
	minSpreadCases = 5
)

// spread is the mean log distance of the nearest cases' terms from the
// trees' term: how far, for cases like this one, judges stray from the
// estimate. ok is false when fewer than minSpreadCases are at hand.
func spread(logTrees float64, near []Neighbour) (s float64, ok bool) {
	k := min(len(near), spreadCases)
	if k < minSpreadCases {
		return 0, false
	}
	for _, n := range near[:k] {
		s += math.Abs(math.Log1p(float64(outcomeMonths(n.Outcome))) - logTrees)
	}
	return s / float64(k), true
}

// proposalOutside is the weight, in the term distribution, of a term
// outside the prosecution's proposed range (Facts.Proposal) against one
// inside it. On the inner split the court's term lay within a proposed
// range in 85 of 114 cases and at or under a proposed ceiling in 273 of
// 279, where the blended point lay inside in 57 and 247: the trees weigh
// the proposal as one feature among many. 0.01 was chosen among 1, 0.3,
// 0.1 and 0.01 on that split (evals/sentencing_inner_test.go).
const proposalOutside = 0.01

// proposalBounds are the months a proposal holds the point to: [lo, hi]
// for a range, [0, hi] for a ceiling (a masked lower end, ××至二年, reads
// as one). A floor alone (以上) binds nothing: read without its other end
// it was under the court's term in only 5 of 22 cases of the inner split.
func proposalBounds(p [2]int) (lo, hi float64, ok bool) {
	switch {
	case p[0] > 0 && p[1] >= p[0]:
		return float64(p[0]), float64(p[1]), true
	case p[0] == 0 && p[1] > 0:
		return 0, float64(p[1]), true
	}
	return 0, 0, false
}

// distribution is the weighted terms the point is scored against.
func (b blend) distribution(logTrees float64, near []Neighbour, key string, multi bool, proposal [2]int, tc *termCounts) []termMass {
	nearW := b.Near
	k := min(b.K, len(near))
	if k < 3 {
		nearW, k = 0, 0
	}
	share := map[int]float64{}
	for _, n := range near[:k] {
		share[outcomeMonths(n.Outcome)] += 1 / float64(k)
	}
	plo, phi, bound := proposalBounds(proposal)
	var out []termMass
	top := 0.0
	for _, g := range tc.terms {
		prior := (1-nearW)*tc.prior(g, key, multi) + nearW*share[g]
		z := (math.Log1p(float64(g)) - logTrees) / b.Sigma
		w := prior * math.Exp(-0.5*z*z)
		if bound && (float64(g) < plo || float64(g) > phi) {
			w *= proposalOutside
		}
		if w > 0 {
			out = append(out, termMass{g, w})
			top = math.Max(top, w)
		}
	}
	// Terms a millionth as likely as the likeliest change no choice.
	return slices.DeleteFunc(out, func(t termMass) bool { return t.w < 1e-6*top })
}

// point is the recommended term in months (life 300, death 400), within
// the prosecution's proposal when the facts give one: courts mostly
// sentence within it, and the trees, reading it as one feature among
// many, often answer outside.
func (b blend) point(logTrees float64, near []Neighbour, key string, multi bool, proposal [2]int, tc *termCounts) float64 {
	p := b.choose(logTrees, near, key, multi, proposal, tc)
	if lo, hi, ok := proposalBounds(proposal); ok {
		p = math.Min(math.Max(p, lo), hi)
	}
	return p
}

// choose is the term with the best expected score against the blend's
// distribution.
func (b blend) choose(logTrees float64, near []Neighbour, key string, multi bool, proposal [2]int, tc *termCounts) float64 {
	if b.Sigma == 0 || tc == nil || tc.n == 0 {
		return math.Expm1(logTrees)
	}
	dist := b.distribution(logTrees, near, key, multi, proposal, tc)
	if len(dist) == 0 {
		return math.Expm1(logTrees)
	}
	lo, hi := float64(dist[0].months), float64(dist[0].months)
	for _, t := range dist {
		lo, hi = math.Min(lo, float64(t.months)), math.Max(hi, float64(t.months))
	}
	var cands []int
	for m := int(math.Floor(0.75 * lo)); m <= min(int(math.Ceil(1.34*hi)), lifeMonths-1); m++ {
		cands = append(cands, m)
	}
	if hi >= lifeMonths {
		cands = append(cands, lifeMonths, deathMonths)
	}
	// Ties go to the candidate nearest the trees' estimate: a distribution
	// of one term scores a band of candidates alike.
	best, bestScore, bestGap := math.Expm1(logTrees), -1.0, math.Inf(1)
	logs := make([]float64, len(dist))
	for i, t := range dist {
		logs[i] = math.Log1p(float64(t.months))
	}
	for _, p := range cands {
		pf, lp := float64(p), math.Log1p(float64(p))
		s := 0.0
		for i, t := range dist {
			s += t.w * scoreLogs(pf, float64(t.months), lp, logs[i])
		}
		gap := math.Abs(lp - logTrees)
		if s > bestScore+1e-12 || s > bestScore-1e-12 && gap < bestGap {
			best, bestScore, bestGap = pf, s, gap
		}
	}
	return best
}

// termScore is what answering p months earns when the court gave g: one
// for being within ±25% of a fixed term, plus CAIL2018's imprisonment
// score (1.0 within 0.2 in log months, 0.2 less per further 0.2; life
// and death only for an exact match).
func termScore(p, g float64) float64 {
	return scoreLogs(p, g, math.Log1p(p), math.Log1p(g))
}

// scoreLogs is termScore given log1p of both terms.
func scoreLogs(p, g, lp, lg float64) float64 {
	if p >= lifeMonths || g >= lifeMonths {
		return b2f(p == g)
	}
	s := 0.0
	if g > 0 && math.Abs(p-g) <= 0.25*g {
		s = 1
	}
	v := math.Abs(lp - lg)
	return s + math.Max(0, 1-0.2*math.Max(0, math.Ceil(v/0.2-1e-9)-1))
}
