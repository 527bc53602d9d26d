// Package deviation warns reviewers when a proposed criminal outcome departs
// from the law, the sentencing guideline or how similar cases were decided.
package deviation

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"leian/corpus"
	"leian/drafting/legality"
	"leian/retrieval"
)

// Searcher pushes similar decided cases (retrieval/engine.Engine).
type Searcher interface {
	Search(ctx context.Context, q retrieval.Query) ([]retrieval.Result, error)
}

// Documents reads stored judgments by ID (corpus/docstore.Store).
type Documents interface {
	Get(ctx context.Context, id string) (*corpus.Document, error)
}

// Recommender gives the sentencing guideline's range for one defendant,
// after every adjustment, with the steps that led to it.
type Recommender interface {
	Recommend(ctx context.Context, c Case) (Recommendation, error)
}

// Case is what a Recommender is asked about: one defendant of the case.
type Case struct {
	Facts         string
	Province      string
	Charges       []string
	Articles      []string
	Circumstances []string
	// ExcludeIDs are the case's own documents, which an empirical part of
	// a recommendation must not read.
	ExcludeIDs []string
}

// Recommendation is a guideline range in months of the kind it names,
// and the learned estimate of the term. A charge the guideline does not
// cover has no range (LoMonths = HiMonths = 0) and says why in Note.
type Recommendation struct {
	Kind     string `json:"kind"` // 有期徒刑, 拘役, 管制
	LoMonths int    `json:"lo_months"`
	HiMonths int    `json:"hi_months"`
	Trace    []Step `json:"trace"`
	// ModelMonths is the estimator's median term (0: none, or life or
	// death); ModelBasis says what it was learned from.
	ModelMonths float64 `json:"model_months,omitempty"`
	ModelBasis  string  `json:"model_basis,omitempty"`
	// Neighbours are the quantiles (5, 25, 50, 75, 95 %) of the terms of
	// the estimator's nearest decided cases of the same charge and tier,
	// and how many there are: how widely such cases are sentenced.
	Neighbours [5]float64 `json:"neighbour_quantiles"`
	NeighbourN int        `json:"neighbour_n,omitempty"`
	Note       string     `json:"note,omitempty"`
}

// Step is one step of a recommendation: what was done and the rule for it.
type Step struct {
	Text string `json:"text"`
	Rule string `json:"rule,omitempty"`
}

// Checker scores proposed outcomes. Recommender may be nil: the guideline
// check is then skipped and the report says so.
type Checker struct {
	Legal       *legality.Checker
	Cases       Searcher
	Docs        Documents
	Recommender Recommender
	Band        Band

	outcomes sync.Map // document ID → *decidedCase
}

// Band says how the similar-case check reads the push, how the expected
// term is made, and where the checks warn.
type Band struct {
	Depth    int // cases pushed
	Use      int // comparable cases (same charges, decided term) read, nearest first
	MinCases int // fewer comparable cases: no band check
	// Widen widens the similar cases' 5–95% band by this factor each way
	// (≥ 1) before TERM_OUTSIDE_SIMILAR warns; 0 shows the band without
	// warning on it.
	Widen float64
	// SimilarWeight is the weight of the comparable cases' median term
	// beside the estimator's term (weight 1) in the expected term; 0
	// leaves it out, and ModelOff leaves the estimator's term out.
	SimilarWeight float64
	ModelOff      bool
	// Tol is the distance |ln(t/E)| between a term t and the expected term
	// E at which TERM_FAR_FROM_EXPECTED warns; 0 scores without warning.
	Tol float64
	// GuideWiden widens the guideline's adjusted range each way before it
	// warns; 0 shows the range without warning on it.
	GuideWiden float64
}

// DefaultBand is what `leian eval deviation --limit 1200` chose on
// CAIL2018 dev cases on its training folds (evals/deviation.go): three of
// five folds weighted the similar cases' median 2 beside the estimator's
// term, all warned at 1.35 log months from the expected term (about 3.9
// times or a quarter of it: the estimate is off by a factor of 1.5 in
// half the cases, and the 0.09 false-alarm budget allows no less), four
// kept the similar-case band alert widened 2 times, and none the
// guideline range's, whose warnings fire on half the real outcomes.
var DefaultBand = Band{Depth: 50, Use: 30, MinCases: 5, Widen: 2, SimilarWeight: 2, Tol: 1.35}

// Input is one outcome to check.
type Input struct {
	Outcome legality.Outcome
	// DocID is the stored document the outcome is of, "" for a draft; it
	// and every document of the same case are left out of the push.
	DocID      string
	ExcludeIDs []string
}

// Report is the deviation check's answer.
type Report struct {
	Score float64 `json:"score"` // 0 typical … 1 unlawful
	Level string  `json:"level"` // 正常, 关注, 偏离, 违法
	// Defendants are the outcome checked; ProposedMonths is the first
	// defendant's term, the one the similar-case chart marks.
	Defendants     []legality.Defendant `json:"defendants"`
	ProposedMonths int                  `json:"proposed_months,omitempty"`
	Alerts         []legality.Alert     `json:"alerts"`
	Ranges         []legality.Range     `json:"ranges"`
	Similar
	Guideline     []GuidelineCheck `json:"guideline"`
	GuidelineNote string           `json:"guideline_note,omitempty"`
	Expected      []Expected       `json:"expected"`
	Notes         []string         `json:"notes,omitempty"`
}

// GuidelineCheck is one defendant's proposed term beside the guideline range.
type GuidelineCheck struct {
	Defendant      string `json:"defendant,omitempty"`
	Recommendation `json:"recommendation"`
	ProposedMonths int `json:"proposed_months"`
}

// InputError is the Outcome's InputError: the field at fault, in Chinese.
type InputError = legality.InputError

// Check scores in's outcome against the law, the guideline and the
// similar decided cases.
func (c *Checker) Check(ctx context.Context, in Input) (*Report, error) {
	sim, err := c.Push(ctx, in)
	if err != nil {
		return nil, err
	}
	legal, err := c.Legal.Check(ctx, in.Outcome)
	if err != nil {
		return nil, err
	}
	return c.Assess(ctx, in, sim, legal, c.Band)
}

// Push validates in's facts, pushes its similar decided cases and asks
// the Recommender about each defendant. Both depend on the facts and
// charges only, so an eval scoring several outcomes of one case pushes once.
func (c *Checker) Push(ctx context.Context, in Input) (*Similar, error) {
	if strings.TrimSpace(in.Outcome.Facts) == "" {
		return nil, &InputError{Field: "facts", Message: "请填写案件事实：偏离度检查要据此查找类案"}
	}
	sim, err := c.similar(ctx, in)
	if err != nil {
		return nil, err
	}
	if err := c.recommend(ctx, in, sim); err != nil {
		return nil, err
	}
	return sim, nil
}

// Assess scores in's outcome given its push and its legality report,
// with band b.
func (c *Checker) Assess(ctx context.Context, in Input, sim *Similar, legal *legality.Report, b Band) (*Report, error) {
	own := Similar{Cases: slices.Clone(sim.Cases), SimilarNote: sim.SimilarNote, amount: sim.amount, harm: sim.harm}
	rep := &Report{Alerts: slices.Clone(legal.Alerts), Ranges: legal.Ranges, Similar: own, Guideline: []GuidelineCheck{},
		Expected: []Expected{}, Defendants: in.Outcome.Defendants}
	if len(in.Outcome.Defendants) > 0 {
		rep.ProposedMonths, _ = termOf(in.Outcome.Defendants[0])
	}
	c.guideline(rep, in, sim, b)
	for _, d := range in.Outcome.Defendants {
		c.assess(rep, d, sim, b)
	}
	rep.finish()
	return rep, nil
}

// assess scores defendant d's term against its expected term and adds
// the similar-case and expected-term alerts to rep.
func (c *Checker) assess(rep *Report, d legality.Defendant, sim *Similar, b Band) {
	t, ok := termOf(d)
	if !ok {
		return
	}
	band, ok := rep.Similar.band(d, b)
	if ok && b.Widen > 0 && band.ratio > 1 {
		rep.Alerts = append(rep.Alerts, band.alert)
	}
	var rec *Recommendation
	if c.Recommender != nil {
		if ans := sim.recs[recKey(d)]; ans.ok {
			rec = &ans.rec
		}
	}
	e, ok := expected(t, rec, band, b)
	if !ok {
		return
	}
	e.Defendant = d.Name
	rep.Expected = append(rep.Expected, e)
	rep.bump(e.Score)
	if b.Tol > 0 && math.Abs(e.LogRatio) > b.Tol {
		rep.Alerts = append(rep.Alerts, e.alert(b.Tol, rec, band))
	}
}

// recommend asks the Recommender about each defendant of in. The answer
// depends on the facts and charges only, so it is asked once per push.
func (c *Checker) recommend(ctx context.Context, in Input, sim *Similar) error {
	if c.Recommender == nil {
		return nil
	}
	sim.recs = map[string]recAnswer{}
	for _, d := range in.Outcome.Defendants {
		key := recKey(d)
		if _, done := sim.recs[key]; done || len(d.Charges) == 0 {
			continue
		}
		rec, err := c.Recommender.Recommend(ctx, Case{Facts: in.Outcome.Facts, Province: in.Outcome.Province, Charges: d.Charges,
			Articles: d.Articles, Circumstances: d.Circumstances, ExcludeIDs: excluded(in)})
		var ie *InputError
		if errors.As(err, &ie) {
			sim.recs[key] = recAnswer{note: ie.Message}
			continue
		}
		if err != nil {
			return fmt.Errorf("guideline range for %s: %w", strings.Join(d.Charges, "、"), err)
		}
		sim.recs[key] = recAnswer{rec: rec, ok: true}
	}
	return nil
}

// recAnswer is the Recommender's answer for one defendant, or why none.
type recAnswer struct {
	rec  Recommendation
	ok   bool
	note string
}

func recKey(d legality.Defendant) string {
	return strings.Join(chargeSet(d.Charges), "|") + "#" + strings.Join(d.Circumstances, "|")
}

// guideline compares each defendant's term with the guideline's adjusted
// range read at the push.
func (c *Checker) guideline(rep *Report, in Input, sim *Similar, b Band) {
	if c.Recommender == nil {
		rep.GuidelineNote = "未配置量刑估算，本次未检查“刑期是否在指导意见调节后的区间内”及“刑期是否远离模型估计”"
		return
	}
	for _, d := range in.Outcome.Defendants {
		t, ok := termOf(d)
		if !ok {
			continue
		}
		ans := sim.recs[recKey(d)]
		if !ans.ok {
			if ans.note != "" {
				rep.Notes = appendNew(rep.Notes, "量刑估算未能给出结果："+ans.note)
			}
			continue
		}
		rec := ans.rec
		if rec.Note != "" {
			rep.Notes = appendNew(rep.Notes, rec.Note)
		}
		rep.Guideline = append(rep.Guideline, GuidelineCheck{Defendant: d.Name, Recommendation: rec, ProposedMonths: t})
		var ev []legality.Evidence
		for _, s := range rec.Trace {
			ev = append(ev, legality.Evidence{Kind: "guideline", Ref: s.Rule, Text: s.Text})
		}
		if rec.LoMonths > 0 && rec.HiMonths >= rec.LoMonths && b.GuideWiden > 0 &&
			ratio(float64(t), float64(rec.LoMonths), float64(rec.HiMonths), b.GuideWiden) > 1 {
			rep.Alerts = append(rep.Alerts, legality.Alert{Code: "TERM_OUTSIDE_GUIDELINE", Severity: legality.Warning, Defendant: d.Name, Evidence: ev,
				Message: fmt.Sprintf("拟判刑期%d个月，不在量刑指导意见调节后的区间%d至%d个月内", t, rec.LoMonths, rec.HiMonths)})
		}
	}
}

// ratio is how far t is from the centre of [lo, hi] on a log scale, in
// half-widths of the band widened by w: 1 on the band's edge.
func ratio(t, lo, hi, w float64) float64 {
	lo, hi = lo/w, hi*w
	mid := math.Sqrt(lo * hi)
	half := math.Log(hi/mid) + 1e-9
	if half < 0.05 {
		half = 0.05
	}
	return math.Abs(math.Log(t/mid)) / half
}

// bump raises the score to s.
func (r *Report) bump(s float64) { r.Score = max(r.Score, s) }

// finish turns alerts into the score's floor and names the level: any
// warning puts the score at or above 0.5, any error at or above 0.9.
// Within each floor the distance from the expected term still orders
// outcomes, so the score ranks as well as it warns.
func (r *Report) finish() {
	s := r.Score
	for _, a := range r.Alerts {
		switch a.Severity {
		case legality.Error:
			r.bump(0.9 + 0.1*s)
		case legality.Warning:
			r.bump(0.5 + 0.4*s)
		}
	}
	r.Score = math.Min(1, math.Round(r.Score*1000)/1000)
	switch {
	case r.Score >= 0.9:
		r.Level = "违法"
	case r.Score >= 0.5:
		r.Level = "偏离"
	case r.Score >= 0.35:
		r.Level = "关注"
	default:
		r.Level = "正常"
	}
	if r.Alerts == nil {
		r.Alerts = []legality.Alert{}
	}
}

// termOf is a defendant's proposed term in months, when it has one.
func termOf(d legality.Defendant) (int, bool) {
	if d.Penalty == nil || d.Penalty.Months <= 0 {
		return 0, false
	}
	switch d.Penalty.Kind {
	case "有期徒刑", "拘役", "管制":
		return d.Penalty.Months, true
	}
	return 0, false
}
