package evals

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"leian/corpus/extract"
	"leian/corpus/ingest"
	"leian/corpus/ingest/source"
	"leian/corpus/rules"
	"leian/drafting/deviation"
	"leian/drafting/legality"
	"leian/drafting/sentencing"
	"leian/internal/metrics"
)

// OpenDeviation opens the served deviation check over the data home's
// engine and rule library; the returned func releases it.
type OpenDeviation func(ctx context.Context) (*deviation.Checker, func(), error)

// deviationFolds is the k of the cross-validation that chooses the band.
const deviationFolds = 5

// Deviation is the deviation-warning suite: every CAIL2018 case with a
// fixed term is checked with its real outcome and with its term scaled.
func Deviation(open OpenDeviation) Suite {
	return Suite{
		Name:    "deviation",
		Dataset: "cail2018/cases.jsonl",
		Metrics: "auc, false_alarm, detection (×0.5/×2.0); auc_mild, detection_mild (×0.7/×1.4)",
		Good:    "auc ≥ 0.90、false_alarm ≤ 0.10、detection ≥ 0.80（×0.5/×2.0）；真实判决为负例、改动刑期为正例",
		Run: func(ctx context.Context, in Input) (*Result, error) {
			return runDeviation(ctx, in, open)
		},
	}
}

// devCase is one case's checks: its push and each outcome's legality.
type devCase struct {
	id                  string
	charges             []string
	term, pert, mild    int
	in                  deviation.Input
	sim                 *deviation.Similar
	real, perturbed, ml *legality.Report
	chk                 *deviation.Checker // the fold's checker, its estimator trained without the fold
}

// outcomeWith is the case's outcome with the term replaced.
func (c *devCase) outcomeWith(months int) deviation.Input {
	in := c.in
	o := in.Outcome
	d := o.Defendants[0]
	p := *d.Penalty
	p.Months = months
	d.Penalty = &p
	o.Defendants = []legality.Defendant{d}
	in.Outcome = o
	return in
}

func runDeviation(ctx context.Context, in Input, open OpenDeviation) (*Result, error) {
	if open == nil {
		return nil, errors.New("deviation: no deviation check wired; run leian index first")
	}
	def := filepath.Join(in.DataDir, sentencing.CAIL2018File)
	path := cmp.Or(in.File, def)
	cases, err := readDevCases(ctx, path, in)
	if err != nil {
		return nil, err
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("deviation: %s has no case with a fixed term", path)
	}
	chk, release, err := open(ctx)
	if err != nil {
		return nil, fmt.Errorf("deviation: open the deviation check: %w", err)
	}
	defer release()
	lib, err := rules.Load(ctx, in.DataDir)
	if err != nil {
		return nil, err
	}
	book := sentencing.NewLawBook(lib)
	bundle, err := sentencing.ReadCAIL2018(def)
	if err != nil {
		return nil, err
	}
	if err := sentencing.Prepare(ctx, bundle); err != nil {
		return nil, err
	}
	fold := make([]int, len(cases))
	for i, p := range rand.New(rand.NewPCG(uint64(in.Seed), 7)).Perm(len(cases)) {
		fold[p] = i % deviationFolds
	}
	for f := range deviationFolds {
		// The fold's estimator learns from every decided case of the
		// bundle but the fold's own and those with the same facts.
		seen := leakSet{}
		for i, c := range cases {
			if fold[i] == f {
				seen.add(c.in.Outcome.Facts)
			}
		}
		var train []sentencing.Example
		for _, b := range bundle {
			if !seen.has(b.Facts) {
				train = append(train, b)
			}
		}
		model, err := sentencing.Train(ctx, book, train)
		if err != nil {
			return nil, fmt.Errorf("deviation: fold %d: train the sentence model: %w", f+1, err)
		}
		// Wired as serve wires it (cmd/leian wireDeviation).
		fc := &deviation.Checker{Legal: chk.Legal, Cases: chk.Cases, Docs: chk.Docs, Band: chk.Band,
			Recommender: deviation.Guideline{Est: &sentencing.Estimator{Book: book, Model: model, Neighbours: sentencing.DefaultNeighbours}}}
		for i, c := range cases {
			if fold[i] != f {
				continue
			}
			c.chk = fc
			if err := c.gather(ctx, fc); err != nil {
				return nil, fmt.Errorf("deviation: %s: %w", c.id, err)
			}
		}
	}
	return scoreDeviation(ctx, cases, fold, path)
}

// readDevCases reads the cases with a fixed term through ingest's own
// CAIL2018 reader and draws each one's perturbations.
func readDevCases(ctx context.Context, path string, in Input) ([]*devCase, error) {
	rng := rand.New(rand.NewPCG(uint64(in.Seed), 20261123))
	var out []*devCase
	err := source.Read(ctx, path, source.FormatCAIL2018, source.Options{}, func(e source.Entry) error {
		if e.Problem != nil {
			return e.Problem
		}
		r := e.Record
		l := r.Labels
		if l == nil || l.TermMonths == nil || *l.TermMonths <= 0 || len(l.Charges) == 0 {
			return nil
		}
		if in.Limit > 0 && len(out) >= in.Limit {
			return nil
		}
		t := *l.TermMonths
		factor, mild := 0.5, 0.7
		if rng.IntN(2) == 1 {
			factor, mild = 2.0, 1.4
		}
		c := &devCase{id: strconv.Itoa(r.Line), charges: l.Charges, term: t,
			pert: max(1, int(math.Round(float64(t)*factor))), mild: max(1, int(math.Round(float64(t)*mild)))}
		kind := "有期徒刑"
		if t < 6 {
			kind = "拘役" // CAIL2018 gives months only; a term under six months is 拘役
		}
		// A fine of 0 in CAIL2018 often means "not recorded" (and older
		// judgments predate the amendments that made fines mandatory), so
		// only a positive fine is taken as known.
		d := legality.Defendant{Charges: l.Charges, Penalty: &extract.Penalty{Kind: kind, Months: t}, FineUnknown: l.Fine == nil || *l.Fine == 0}
		if l.Fine != nil {
			d.Penalty.FineYuan = *l.Fine
		}
		for _, a := range l.Articles {
			d.Articles = append(d.Articles, strconv.Itoa(a))
		}
		facts := r.Text
		c.in = deviation.Input{Outcome: legality.Outcome{Facts: facts, Elements: extract.Extract(facts, nil), Defendants: []legality.Defendant{d}},
			ExcludeIDs: []string{"cail2018:" + ingest.ContentHash(facts)[:16]}}
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("deviation: read %s: %w", path, err)
	}
	return out, nil
}

// gather pushes the case once and checks the legality of each outcome.
func (c *devCase) gather(ctx context.Context, chk *deviation.Checker) error {
	var err error
	if c.sim, err = chk.Push(ctx, c.in); err != nil {
		return err
	}
	for _, o := range []struct {
		months int
		rep    **legality.Report
	}{{c.term, &c.real}, {c.pert, &c.perturbed}, {c.mild, &c.ml}} {
		if *o.rep, err = chk.Legal.Check(ctx, c.outcomeWith(o.months).Outcome); err != nil {
			return err
		}
	}
	return nil
}

// devScores are one protocol's scores and alerts.
type devScores struct {
	real, pert, mild          []float64
	realHit, pertHit, mildHit []bool
}

// devResult is what the suite keeps of one case's three reports.
type devResult struct {
	score [3]float64 // real, perturbed, mild
	hit   [3]bool
	codes []string // the real outcome's warnings and errors
}

func resultOf(real, pert, mild *deviation.Report) devResult {
	r := devResult{score: [3]float64{real.Score, pert.Score, mild.Score}, hit: [3]bool{alerted(real), alerted(pert), alerted(mild)}}
	for _, a := range real.Alerts {
		if a.Severity != legality.Info {
			r.codes = append(r.codes, a.Code)
		}
	}
	return r
}

func (s *devScores) add(r devResult) {
	s.real, s.pert, s.mild = append(s.real, r.score[0]), append(s.pert, r.score[1]), append(s.mild, r.score[2])
	s.realHit, s.pertHit, s.mildHit = append(s.realHit, r.hit[0]), append(s.pertHit, r.hit[1]), append(s.mildHit, r.hit[2])
}

func (s *devScores) metrics() map[string]float64 {
	return map[string]float64{
		"auc": metrics.AUC(s.real, s.pert), "false_alarm": share(s.realHit), "detection": share(s.pertHit),
		"auc_mild": metrics.AUC(s.real, s.mild), "detection_mild": share(s.mildHit),
	}
}

// youden is detection less false alarms, and whether the false alarms
// stay under the budget the band is chosen for.
func (s *devScores) youden() (float64, bool) {
	fa := share(s.realHit)
	return share(s.pertHit) - fa, fa <= 0.09
}

func alerted(r *deviation.Report) bool {
	return slices.ContainsFunc(r.Alerts, func(a legality.Alert) bool { return a.Severity != legality.Info })
}

func share(bs []bool) float64 {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	if len(bs) == 0 {
		return 0
	}
	return float64(n) / float64(len(bs))
}

// bandGrid are the bands the cross-validation chooses among: the
// similar cases' weight in the expected term (the estimator's is 1), the
// tolerance around it, the similar-case band's widening (0: no band
// alert) and the guideline range's (0: off).
func bandGrid() []deviation.Band {
	var out []deviation.Band
	for _, sw := range []float64{0.5, 1, 2, 4} {
		for _, tol := range devTolerances {
			for _, w := range []float64{0, 2, 3} {
				for _, gw := range []float64{0, 1.5} {
					out = append(out, deviation.Band{Depth: deviation.DefaultBand.Depth, Use: deviation.DefaultBand.Use,
						MinCases: deviation.DefaultBand.MinCases, SimilarWeight: sw, Tol: tol, Widen: w, GuideWiden: gw})
				}
			}
		}
	}
	return out
}

// devTolerances are the expected-term tolerances tried, in log months
// (ln 2 ≈ 0.69 is a term twice or half the expected one).
var devTolerances = []float64{0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5}

func assess(ctx context.Context, c *devCase, b deviation.Band) (devResult, error) {
	chk := c.chk
	real, err := chk.Assess(ctx, c.in, c.sim, c.real, b)
	if err != nil {
		return devResult{}, err
	}
	pert, err := chk.Assess(ctx, c.outcomeWith(c.pert), c.sim, c.perturbed, b)
	if err != nil {
		return devResult{}, err
	}
	mild, err := chk.Assess(ctx, c.outcomeWith(c.mild), c.sim, c.ml, b)
	if err != nil {
		return devResult{}, err
	}
	return resultOf(real, pert, mild), nil
}

// scoreDeviation chooses the band on the training folds, scores the test
// fold with it, and computes the baselines on the same folds.
func scoreDeviation(ctx context.Context, cases []*devCase, fold []int, path string) (*Result, error) {
	grid := bandGrid()
	// perBand[g][i]: case i's three reports under band g.
	perBand := make([][]devResult, len(grid))
	for g, b := range grid {
		perBand[g] = make([]devResult, len(cases))
		for i, c := range cases {
			r, err := assess(ctx, c, b)
			if err != nil {
				return nil, fmt.Errorf("deviation: %s: %w", c.id, err)
			}
			perBand[g][i] = r
		}
	}
	res := &Result{Suite: "deviation", N: len(cases), Files: []string{path}}
	leian, chosen := crossChoose(cases, fold, grid, perBand, func(deviation.Band) bool { return true })
	for f, b := range chosen {
		res.Notes = append(res.Notes, fmt.Sprintf("第%d折选定：预期刑期中类案中位数权重%.1f（量刑估算为1），容差%.2f（对数月）；类案5%%–95%%区间预警%s；指导意见区间预警%s",
			f+1, b.SimilarWeight, b.Tol, offOr(b.Widen, "放宽%.1f倍"), offOr(b.GuideWiden, "放宽%.1f倍")))
	}
	codes := map[string]int{}
	order := make([]int, len(cases))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return fold[order[a]] < fold[order[b]] })
	var s devScores
	for _, i := range order {
		rp := perBand[slices.Index(grid, chosen[fold[i]])][i]
		s.add(rp)
		for _, code := range rp.codes {
			codes[code]++
		}
		res.Items = append(res.Items, Item{ID: cases[i].id, Scores: map[string]float64{
			"real": rp.score[0], "perturbed": rp.score[1], "mild": rp.score[2]}})
	}
	res.Metrics = leian
	estOnly, err := onlyOne(ctx, cases, fold, deviation.Band{SimilarWeight: 0})
	if err != nil {
		return nil, err
	}
	bandOnly, err := onlyOne(ctx, cases, fold, deviation.Band{SimilarWeight: 1, ModelOff: true})
	if err != nil {
		return nil, err
	}
	res.Baselines = map[string]map[string]float64{
		"legality_only":     legalityOnly(ctx, cases),
		"charge_band_cv":    chargeBand(cases, fold),
		"similar_band_cv":   bandOnly,
		"estimator_only_cv": estOnly,
	}
	res.Split = SplitCrossValidated
	res.Footing = sameData("legality_only", "charge_band_cv", "similar_band_cv", "estimator_only_cv")
	res.Method = "真实判决为负例，刑期×0.5或×2.0（轻度×0.7或×1.4，随机种子决定方向，四舍五入到整月）为正例；" +
		"类案经服务所用检索引擎推送（排除本案及事实相同的同案文书），刑期取CAIL2018标注或全文判决抽取结果；" +
		fmt.Sprintf("量刑估算按%d折逐折训练（用数据包 cail2018 中除本折案件及事实相同者外的全部已决案件），按服务的接法（deviation.Guideline）接入检查器；", deviationFolds) +
		"预期刑期为量刑估算刑期与同罪名类案加权中位数的对数加权平均，偏离度为 d/(d+ln2)，d=|ln(拟判/预期)|，法定刑错误与各项预警另设下限（错误≥0.9，警告≥0.5）；" +
		fmt.Sprintf("类案中位数权重、预期刑期容差、类案5%%–95%%区间与指导意见区间的预警放宽倍数按%d折交叉验证只在训练折上选定（误报≤0.09时最大化检出−误报），只用于测试折"+
			"（训练折案件的估算来自各自折的模型，这些模型见过测试折的案件：参数选择有二阶泄漏）；", deviationFolds) +
		"法定刑检查无拟合参数；CAIL2018 罚金为0时视为未记录，不作罚金检查；基线 estimator_only_cv、similar_band_cv 只用一种来源，容差同样在训练折上选定"
	var parts []string
	for code, n := range codes {
		parts = append(parts, fmt.Sprintf("%s %d", code, n))
	}
	slices.Sort(parts)
	res.Notes = append(res.Notes, "真实判决触发的预警："+strings.Join(parts, "，"))
	return res, nil
}

// crossChoose picks, for each fold, the band among grid's allowed ones
// that does best on the other folds, and scores each fold with its pick.
func crossChoose(cases []*devCase, fold []int, grid []deviation.Band, perBand [][]devResult, allow func(deviation.Band) bool) (map[string]float64, []deviation.Band) {
	chosen := make([]deviation.Band, deviationFolds)
	pick := make([]int, deviationFolds)
	for f := range deviationFolds {
		best, bestY, bestOK := -1, math.Inf(-1), false
		for g := range grid {
			if !allow(grid[g]) {
				continue
			}
			var s devScores
			for i := range cases {
				if fold[i] != f {
					s.add(perBand[g][i])
				}
			}
			y, ok := s.youden()
			if best < 0 || ok && !bestOK || ok == bestOK && y > bestY {
				best, bestY, bestOK = g, y, ok
			}
		}
		chosen[f], pick[f] = grid[best], best
	}
	var s devScores
	for i := range cases {
		s.add(perBand[pick[fold[i]]][i])
	}
	return s.metrics(), chosen
}

// onlyOne scores by the statutory checks and the distance from one
// source's term alone (the estimator's, or the similar cases' median),
// with no band or guideline alert, its tolerance chosen on the training
// folds like the full check's.
func onlyOne(ctx context.Context, cases []*devCase, fold []int, src deviation.Band) (map[string]float64, error) {
	var grid []deviation.Band
	for _, tol := range devTolerances {
		b := src
		b.Depth, b.Use, b.MinCases, b.Tol = deviation.DefaultBand.Depth, deviation.DefaultBand.Use, deviation.DefaultBand.MinCases, tol
		grid = append(grid, b)
	}
	perBand := make([][]devResult, len(grid))
	for g, b := range grid {
		perBand[g] = make([]devResult, len(cases))
		for i, c := range cases {
			r, err := assess(ctx, c, b)
			if err != nil {
				return nil, fmt.Errorf("deviation: %s: %w", c.id, err)
			}
			perBand[g][i] = r
		}
	}
	m, _ := crossChoose(cases, fold, grid, perBand, func(deviation.Band) bool { return true })
	return m, nil
}

func offOr(v float64, format string) string {
	if v == 0 {
		return "不用"
	}
	return fmt.Sprintf(format, v)
}

// legalityOnly scores with the statutory checks alone: no band.
func legalityOnly(ctx context.Context, cases []*devCase) map[string]float64 {
	var s devScores
	none := deviation.Band{Depth: deviation.DefaultBand.Depth, Use: 1, MinCases: math.MaxInt32, ModelOff: true}
	for _, c := range cases {
		r, err := assess(ctx, c, none)
		if err != nil {
			continue
		}
		s.add(r)
	}
	return s.metrics()
}

// chargeBand is the band of every training case with the same charges,
// no retrieval: the 5–95% of their terms, on the same folds.
func chargeBand(cases []*devCase, fold []int) map[string]float64 {
	var s devScores
	for f := range deviationFolds {
		terms := map[string][]float64{}
		for i, c := range cases {
			if fold[i] != f {
				k := chargeKey(c.charges)
				terms[k] = append(terms[k], math.Log(float64(c.term)))
			}
		}
		for _, ts := range terms {
			sort.Float64s(ts)
		}
		for i, c := range cases {
			if fold[i] != f {
				continue
			}
			ts := terms[chargeKey(c.charges)]
			score := func(t int) (float64, bool) {
				if len(ts) < 5 {
					return 0, false
				}
				lo, hi := quantileSorted(ts, 0.05), quantileSorted(ts, 0.95)
				mid, half := (lo+hi)/2, math.Max((hi-lo)/2, 0.05)
				r := math.Abs(math.Log(float64(t))-mid) / half
				return r / (1 + r), r > 1
			}
			rs, rh := score(c.term)
			ps, ph := score(c.pert)
			ms, mh := score(c.mild)
			s.real, s.pert, s.mild = append(s.real, rs), append(s.pert, ps), append(s.mild, ms)
			s.realHit, s.pertHit, s.mildHit = append(s.realHit, rh), append(s.pertHit, ph), append(s.mildHit, mh)
		}
	}
	return s.metrics()
}

func chargeKey(cs []string) string {
	s := slices.Clone(cs)
	slices.Sort(s)
	return strings.Join(s, "|")
}

func quantileSorted(xs []float64, p float64) float64 {
	pos := p * float64(len(xs)-1)
	i := int(pos)
	if i+1 >= len(xs) {
		return xs[len(xs)-1]
	}
	return xs[i] + (pos-float64(i))*(xs[i+1]-xs[i])
}
