package draft

import (
	"context"
	"fmt"
	"math"
	"slices"

	"leian/drafting/sentencing"
)

// Estimating is the sentencing estimator (drafting/sentencing.Estimator,
// or the server's copy that answers once trained).
type Estimating interface {
	Estimate(ctx context.Context, c sentencing.Case) (sentencing.Recommendation, error)
}

// EstimatorSentencer recommends the sentence the estimator and the similar
// decided cases agree on: the geometric mean of the estimator's term and
// the similar cases' weighted median, weighted by EstimatorWeight; the
// kind, probation and fine from the similar cases, within what the
// estimator allows. With no similar case it is the estimator alone.
type EstimatorSentencer struct {
	Estimator Estimating
	// EstimatorWeight is the estimator's share of the term on the log
	// scale, 0 to 1; zero means DefaultEstimatorWeight.
	EstimatorWeight float64
	// Probation decides on 缓刑; when it is nil or has no model yet the
	// similar cases' majority decides.
	Probation ProbationDecider
}

// ProbationDecider decides on 缓刑 for a recommended term: a ProbationRule,
// or a server's LazyProbation that is still training.
type ProbationDecider interface {
	Decide(c ProbationCase, precedents []PrecedentSentence) (int, string, error)
}

// DefaultEstimatorWeight gives the estimator and the similar cases equal say.
const DefaultEstimatorWeight = 0.5

// disagreement is the ratio between the similar cases' median term and
// the estimator's beyond which the estimator's term stands alone.
const disagreement = 3.0

var termKinds = []string{"有期徒刑", "拘役", "管制"}

// Recommend implements Sentencer.
func (s *EstimatorSentencer) Recommend(ctx context.Context, q SentenceQuery) (*Recommendation, error) {
	est, estErr := s.Estimator.Estimate(ctx, sentencing.Case{Facts: q.Facts, Charges: []string{q.Charge}, Exclude: q.Exclude})
	knn, knnErr := SimilarSentencer{}.Recommend(ctx, q)
	switch {
	case estErr != nil && knnErr != nil:
		return nil, fmt.Errorf("sentencing estimator: %w; similar cases: %w", estErr, knnErr)
	case estErr != nil:
		knn.Trace = append(knn.Trace, "量刑模型不可用，仅参照类案")
		return knn, nil
	case knnErr != nil:
		r := fromEstimate(est)
		s.suspend(q, r, est, nil)
		return r, nil
	}
	w := s.EstimatorWeight
	if w <= 0 || w > 1 {
		w = DefaultEstimatorWeight
	}
	r := *knn
	r.Trace = slices.Clone(knn.Trace)
	if !slices.Contains(termKinds, knn.Kind) || !slices.Contains(termKinds, est.Kind) || knn.Months <= 0 || est.Months <= 0 {
		// Life, death and exemption: the similar cases decide; the
		// estimator's term only stands in when they name none.
		if singleFineUnlawful(r.Kind, est, q.Defendant) {
			r.Kind, r.Months, r.ProbationMonths = est.Kind, withinProposal(est.Months, queryProposal(q, est.Facts.Proposal), true, &r.Trace), 0
			r.Trace = append(r.Trace, "类案单处罚金者为单位；本罪对自然人不单处罚金，刑种与刑期从量刑模型")
			s.suspend(q, &r, est, kindOnly(q.Precedents, r.Kind))
			return &r, nil
		}
		if r.Months == 0 && slices.Contains(termKinds, r.Kind) && est.Months > 0 {
			r.Months = est.Months
		}
		if (r.Kind == "无期徒刑" || r.Kind == "死刑") && slices.Contains(termKinds, est.Kind) {
			r.TermMonths = est.Months
		}
		if p := queryProposal(q, est.Facts.Proposal); (r.Kind == "无期徒刑" || r.Kind == "死刑") && !p.life && (p.lo > 0 || p.hi > 0) && est.Months > 0 {
			// The prosecution proposes a fixed term (a range, or 在无期徒刑以下):
			// the estimator's term within it, not the similar cases' life.
			r.Kind, r.Months, r.TermMonths = "有期徒刑", withinProposal(est.Months, p, true, &r.Trace), 0
		}
		r.Trace = append(r.Trace, fmt.Sprintf("量刑模型建议%s，与类案刑种不同，从类案", est.Kind))
		r.ProbationMonths = suspendable(r)
		s.suspend(q, &r, est, kindOnly(q.Precedents, knn.Kind))
		return &r, nil
	}
	if ratio := float64(knn.Months) / float64(est.Months); ratio > disagreement || ratio < 1/disagreement {
		// Similar cases this far from the estimator were found for some
		// other feature than the gravity of the act (a 拘役 theft of 7,320
		// 元 among 10-year thefts of the same manner): the estimator decides.
		w = 1
		r.Kind = est.Kind
		r.Trace = append(r.Trace, "类案中位数与量刑模型相差三倍以上，刑种与刑期从量刑模型")
	}
	m := math.Exp(w*math.Log(float64(est.Months)) + (1-w)*math.Log(float64(knn.Months)))
	unraised := min(max(1, int(math.Round(m))), oneCrimeCeiling) // the term the fine follows (principalFine)
	// The proposal is read from the whole facts once: every step below is
	// held to it.
	p := queryProposal(q, est.Facts.Proposal)
	// A lone defendant's 累犯 or 退赃退赔, whose effect the blend leaves partly out (termcue.go).
	m = withCueScale(m, w, q, est, p, &r.Trace)
	// A lone defendant's 故意伤害 of 轻伤, which the blend drafts long (terminjury.go).
	m = withMinorInjury(m, q, est, p, &r.Trace)
	// A lone defendant's attempted 强奸, which the blend drafts long (termattempt.go).
	m, attempted := withAttemptedRape(m, q, p, &r.Trace)
	if len(q.Defendants) > 1 && q.Defendant == q.Defendants[0] {
		// The first of several defendants is usually the principal, and
		// neither the estimator (one defendant per record) nor the
		// similar cases' first defendants weigh that (principal.go).
		m *= principalFactor(q)
	}
	r.Months = min(max(1, int(math.Round(m))), oneCrimeCeiling)
	if p.life {
		// The prosecution proposes 无期徒刑: the drafted term is kept as the
		// fixed term later co-defendants are scaled from (afterLife).
		r.Kind, r.TermMonths, r.Months, r.ProbationMonths = "无期徒刑", r.Months, 0, 0
		r.Trace = append(r.Trace, "公诉机关量刑建议无期徒刑，从其建议")
		r.FineYuan = lawfulFine(r.FineYuan, est, q, r.TermMonths, &r.Trace)
		return &r, nil
	}
	raised := r.Months
	r.Months = withinProposal(r.Months, p, true, &r.Trace)
	switch {
	case r.Kind == "拘役" && r.Months > 6:
		r.Kind = "有期徒刑"
	case r.Kind == "有期徒刑" && r.Months < 6 && est.Kind == "拘役":
		r.Kind = "拘役"
	case r.Kind == "有期徒刑" && r.Months < 6:
		r.Months = 6
	}
	if knn.FineYuan > 0 && knn.Months > 0 { // the fine follows the amount, else the term
		r.FineYuan = similarChargeFine(q.Charge, q.Precedents, principalFine(r.Months, raised, unraised), est.Facts.AmountYuan)
	}
	r.FineYuan = lawfulFine(r.FineYuan, est, q, principalFine(r.Months, raised, unraised), &r.Trace)
	r.FineYuan = bribeFineDue(q.Charge, q.Facts, r.Months, r.FineYuan)
	r.FineYuan = bribeFine(q.Charge, r.Months, r.FineYuan, est.Facts.AmountYuan)
	r.FineYuan = proposalFine(r.FineYuan, q, r.Months, est.Facts.AmountYuan, &r.Trace)
	floorEst := est
	floorEst.Mitigated = est.Mitigated || attempted // an attempt may go below the floor (art. 23)
	withTierFloor(&r, floorEst, p, q.Guessed)
	if r.ProbationMonths > 0 && (!est.Probation.Eligible || r.Months > 36) {
		r.ProbationMonths = 0
		r.Trace = append(r.Trace, "不予缓刑："+est.Probation.Reason)
	}
	if r.ProbationMonths > 0 && r.ProbationMonths < r.Months {
		r.ProbationMonths = r.Months // 缓刑考验期限不能少于原判刑期（刑法第七十三条）
	}
	s.suspend(q, &r, est, kindOnly(q.Precedents, knn.Kind))
	r.Trace = append(r.Trace, fmt.Sprintf("量刑模型建议%s%s，类案中位数%s；刑期取二者几何加权（模型权重%.2f）为%s",
		est.Kind, sentencing.MonthsWords(float64(est.Months)), sentencing.MonthsWords(float64(knn.Months)), w, sentencing.MonthsWords(float64(r.Months))))
	return &r, nil
}

// suspend decides on probation with the probation model, when there is
// one, from the recommendation's term and the similar cases of its kind:
// never for 累犯 or a 犯罪集团的首要分子 as the estimator read the facts,
// nor for a term the law does not let a court suspend (art. 72, 74).
func (s *EstimatorSentencer) suspend(q SentenceQuery, r *Recommendation, est sentencing.Recommendation, same []PrecedentSentence) {
	if s.Probation == nil {
		return
	}
	months, why, err := s.Probation.Decide(queryProbationCase(q, r.Kind, r.Months, queryProposal(q, est.Facts.Proposal).probation), same)
	if err != nil {
		return // no model yet: the similar cases' majority stands
	}
	f := est.Facts
	if f.Has("累犯") || (slices.Contains(f.Keywords, "首要分子") && slices.Contains(f.Keywords, "集团")) {
		r.ProbationMonths = 0
		r.Trace = append(r.Trace, "不予缓刑：累犯和犯罪集团的首要分子不适用缓刑（刑法第七十四条）")
		return
	}
	r.ProbationMonths = months
	if why != "" {
		r.Trace = append(r.Trace, why)
	}
}

// SuspendLater decides on probation for a later co-defendant (q.Defendant)
// from the term drafted for that defendant: later defendants usually get
// shorter terms than the first, and courts suspend theirs alone in a third
// of the tune judgments that suspend any. The similar cases' defendants in
// the same place (q.Precedents) stand for the share; false when there is
// no probation model yet.
func (s *EstimatorSentencer) SuspendLater(q SentenceQuery, kind string, months int) (int, string, bool) {
	if s.Probation == nil {
		return 0, "", false
	}
	m, why, err := s.Probation.Decide(queryProbationCase(q, kind, months, queryProposal(q, [2]int{}).probation), kindOnly(q.Precedents, kind))
	if err != nil {
		return 0, "", false
	}
	return m, why, true
}

// queryProbationCase is q's defendant sentenced to months of kind, as the
// probation model reads it: proposed when the prosecution proposes
// probation, assessed when the facts record a community assessment for
// the defendant (probationassessed.go).
func queryProbationCase(q SentenceQuery, kind string, months int, proposed bool) ProbationCase {
	return ProbationCase{Facts: q.Facts, Charge: q.Charge, Kind: kind, Months: months, Proposed: proposed,
		Assessed: probationAssessed(q.Facts, q.Defendants, q.Defendant), LastAlone: q.LastAlone}
}

// kindOnly keeps the precedents sentenced to kind.
func kindOnly(ps []PrecedentSentence, kind string) []PrecedentSentence {
	var out []PrecedentSentence
	for _, p := range ps {
		if p.Kind == kind {
			out = append(out, p)
		}
	}
	return out
}

// fromEstimate is the estimator's recommendation as the drafter's.
func fromEstimate(est sentencing.Recommendation) *Recommendation {
	r := &Recommendation{Kind: est.Kind, Months: est.Months}
	if est.Fine.Range[1] > 0 {
		// Snapped as courts write fines: the middle of the estimator's range
		// had written 罚金人民币七千二百五十元 for a count with no similar case.
		r.FineYuan = snapFine((est.Fine.Range[0] + est.Fine.Range[1]) / 2)
	}
	for _, st := range est.Trace {
		r.Trace = append(r.Trace, st.Stage+"："+st.Detail)
	}
	r.Trace = append(r.Trace, "无同罪名类案，刑罚取量刑模型建议")
	return r
}

// lawfulFine adds the fine the law calls for: a tier that imposes a fine
// on every conviction (并处罚金, 并处或者单处罚金) gets one even when most
// similar cases show none (their records lack it, or they were convicted
// under another tier). Otherwise the similar cases decide: a tier the
// estimator read without a fine clause does not remove one (on the tune
// set that removed more right fines than wrong ones; see the eval's method
// line).
func lawfulFine(fine float64, est sentencing.Recommendation, q SentenceQuery, months int, trace *[]string) float64 {
	if fine > 0 || est.Tier == nil {
		return fine
	}
	if clause := est.Tier.Fine; clause == "并处罚金" || clause == "并处或者单处罚金" {
		f := similarChargeFine(q.Charge, q.Precedents, months, est.Facts.AmountYuan)
		if f == 0 && est.Fine.Range[1] > 0 {
			f = roundFine((est.Fine.Range[0] + est.Fine.Range[1]) / 2)
		}
		if f > 0 {
			*trace = append(*trace, "法定刑幅度规定"+clause+"，并处罚金")
		}
		return f
	}
	return fine
}

// withinProposal follows the prosecution's proposed term (量刑建议): for
// the first or only defendant (lead), a quarter of the way into a range it
// names; for a later defendant, and for a floor, its lower end; the term
// itself when it names one (three in four single defendants got exactly
// that in the LeCaRD judgments outside dev and tune); else at most its
// ceiling. On the tune set (LeCaRD judgments outside the dev split) the
// term closeness of the cases with a proposal rose from about 0.64 to 0.80
// with the lower end. A quarter of the way in is where the court's term
// lies in the median range proposal for a first or only defendant of those
// other judgments (closeness 0.810 against 0.790 at the lower end for 427
// single defendants, 0.793 against 0.777 for 169 first ones; a later
// defendant's is best at the lower end, 0.755 against 0.744); on the tune
// set it raised time 0.5862 → 0.5939.
func withinProposal(months int, p termProposal, lead bool, trace *[]string) int {
	if m, ok := underCeiling(months, p, lead, trace); ok { // termceiling.go: the first under a ceiling alone
		return m
	}
	switch {
	case p.lo > 0 && p.hi > 0 && p.lo > p.hi:
		return months // not a range
	case p.exact:
		*trace = append(*trace, "公诉机关量刑建议"+sentencing.MonthsWords(float64(p.lo))+"，刑期从其建议")
		return p.lo
	case lead && p.lo > 0 && p.hi > p.lo:
		m := p.lo + int(math.Round(proposalPlace*float64(p.hi-p.lo)))
		*trace = append(*trace, "公诉机关量刑建议"+sentencing.MonthsWords(float64(p.lo))+"至"+sentencing.MonthsWords(float64(p.hi))+"，刑期取建议幅度的下四分之一处")
		return m
	case p.lo > 0:
		*trace = append(*trace, "公诉机关量刑建议"+sentencing.MonthsWords(float64(p.lo))+"以上，刑期取建议下限")
		return p.lo
	case p.hi > 0 && months > p.hi:
		*trace = append(*trace, "公诉机关量刑建议不超过"+sentencing.MonthsWords(float64(p.hi))+"，刑期以建议上限为限")
		return p.hi
	}
	return months
}

// proposalPlace is where in a proposed range the first or only
// defendant's term is set, as a share of the range from its lower end.
const proposalPlace = 0.25

// queryProposal is the prosecution's proposed term for the defendant q
// sentences, read among all the accused (proposedTerms); with no name to
// read it for, the estimator's reading of the whole case (est), which
// takes the first two terms of the first proposal, whoever they are for.
func queryProposal(q SentenceQuery, est [2]int) termProposal {
	names := q.Defendants
	if len(names) == 0 && q.Defendant != "" {
		names = []string{q.Defendant}
	}
	if i := slices.Index(names, q.Defendant); i >= 0 {
		return proposedTerms(q.Facts, names)[i]
	}
	return termProposal{lo: est[0], hi: est[1]}
}

// suspendable is the probation a recommendation may keep: only a term of
// 拘役 or at most three years of 有期徒刑 can be suspended (Criminal Law
// art. 72); a 死缓 read from the similar cases is not probation.
func suspendable(r Recommendation) int {
	if r.ProbationMonths == 0 || (r.Kind != "有期徒刑" && r.Kind != "拘役") || r.Months <= 0 || r.Months > 36 {
		return 0
	}
	return r.ProbationMonths
}
