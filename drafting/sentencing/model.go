package sentencing

import (
	"context"
	"math"
	"math/rand"
	"slices"
	"sort"
	"strings"

	"leian/corpus/rules"
	"leian/retrieval/classify"
)

// Outcome is a decided sentence: the principal term in months (拘役 and
// 管制 counted in months, 0 = no custodial term), life, death and the fine.
type Outcome struct {
	Months    int     `json:"months"`
	Life      bool    `json:"life,omitempty"`
	Death     bool    `json:"death,omitempty"`
	FineYuan  float64 `json:"fine_yuan,omitempty"`
	FineKnown bool    `json:"fine_known,omitempty"`
}

// Example is one decided case the model learns from.
type Example struct {
	ID      string   `json:"id"` // the document id in Leian's store
	Facts   string   `json:"-"`
	Court   string   `json:"-"`
	Charges []string `json:"charges"` // normalised, with 罪
	// Accusation are the charges as the source writes them, CAIL's
	// brackets kept ([走私、贩卖、运输、制造]毒品): normalising drops the
	// brackets that tell a selective name's alternatives apart.
	Accusation []string `json:"-"`
	// Articles are the Criminal Law articles the decision cites, which
	// resolve selective charge names (LawBook.Resolve).
	Articles []rules.ArticleNo `json:"articles,omitempty"`
	Outcome  Outcome           `json:"outcome"`
	facts    *Facts            // read once by Prepare
}

// Prepare reads the facts of every example once, so several models (one
// per cross-validation fold) can be trained without reading them again.
func Prepare(ctx context.Context, exs []Example) error {
	for i := range exs {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		f := ReadFacts(exs[i].Facts, exs[i].Court)
		exs[i].facts = &f
	}
	return nil
}

// Life and death are scored on a log scale beyond the longest fixed term.
const (
	lifeMonths  = 300
	deathMonths = 400
)

func target(o Outcome) float64 {
	switch {
	case o.Death:
		return math.Log1p(deathMonths)
	case o.Life:
		return math.Log1p(lifeMonths)
	}
	return math.Log1p(float64(o.Months))
}

// caseRow is a training case as the model keeps it.
type caseRow struct {
	ID      string
	Charges []string
	Level   int // the statutory tier index of the first charge, -1 none
	X       []float64
	Y       float64
	Outcome Outcome
}

// Model is a learned sentence estimator: boosted trees on the facts'
// features and the guideline arithmetic, and the decided cases it keeps
// for the similar-case check.
type Model struct {
	book     *LawBook
	trees    *boosted
	stats    map[string]chargeStat
	global   chargeStat
	rows     []caseRow
	scale    []float64 // per-feature spread, for neighbour distances
	text     *classify.Vectors
	linear   *linearText
	byCharge map[string][]int // rows by first charge
	blend    blend
	terms    termCounts // the rows' decided terms, for the blend
}

// minBlendCases is the fewest training cases the inner split that chooses
// the blend needs; fewer, and the trees answer alone.
const minBlendCases = 1000

// chooseBlend fits the model on 80% of exs and picks the blend that best
// predicts the other 20% (within ±25% plus the CAIL log score, the point
// read as the estimator reads it). The held cases' median spread is the
// yardstick of the estimator's uncertainty.
func chooseBlend(ctx context.Context, book *LawBook, exs []Example) (blend, error) {
	perm := rand.New(rand.NewSource(23)).Perm(len(exs))
	var fit, held []Example
	for i, p := range perm {
		if i%5 == 0 {
			held = append(held, exs[p])
		} else {
			fit = append(fit, exs[p])
		}
	}
	inner, err := train(ctx, book, fit)
	if err != nil {
		return blend{}, err
	}
	score := make([]float64, len(blendGrid))
	var spreads []float64
	for _, ex := range held {
		f := ReadFacts(ex.Facts, ex.Court)
		if ex.facts != nil {
			f = *ex.facts
		}
		p := inner.predict(ex.Facts, f, ex.Charges)
		near := inner.neighbours(p, ex.Charges, 20, nil)
		gold := float64(outcomeMonths(ex.Outcome))
		key := inner.termKey(ex.Charges)
		for i, b := range blendGrid {
			score[i] += termScore(decidedMonths(b.point(p.LogMonths, near, key, len(ex.Charges) > 1, f.Proposal, &inner.terms), p.Guideline, p.Ceiling), gold)
		}
		if s, ok := spread(p.LogMonths, near); ok {
			spreads = append(spreads, s)
		}
	}
	best := 0
	for i := range score {
		if score[i] > score[best] {
			best = i
		}
	}
	b := blendGrid[best]
	b.Ref = median(spreads)
	return b, nil
}

// textNeighbours is how many nearest texts the text feature reads.
const textNeighbours = 10

// textFeatures are the similarity-weighted mean and the median log term of
// the nearest decided texts of the same first charge, and the top
// similarity; self is the row to leave out (-1 at prediction).
func (m *Model) textFeatures(v classify.Sparse, charges []string, self int) []float64 {
	if len(charges) == 0 {
		return []float64{-1, -1, 0}
	}
	near := m.text.Nearest(v, m.byCharge[charges[0]], self, textNeighbours)
	if len(near) == 0 {
		return []float64{-1, -1, 0}
	}
	var sw, s float64
	ys := make([]float64, len(near))
	for i, n := range near {
		w := float64(n.Sim) + 1e-3
		sw += w
		s += w * m.rows[n.Doc].Y
		ys[i] = m.rows[n.Doc].Y
	}
	return []float64{s / sw, median(ys), float64(near[0].Sim)}
}

type chargeStat struct {
	N       int
	SumY    float64
	Zero    int
	LogAmts []float64
}

// prior is the weight of the global mean in a charge's smoothed mean.
const prior = 5

// Train fits a model on decided cases. Each example's facts are read with
// ReadFacts, as at prediction time. With enough cases it first fits a
// model on 80% of them to choose the blend with the nearest cases' median
// on the rest.
func Train(ctx context.Context, book *LawBook, exs []Example) (*Model, error) {
	// Every case is learned under its charges' names in the book, the
	// names Estimate asks with.
	exs = slices.Clone(exs)
	for i := range exs {
		named := exs[i].Accusation
		if len(named) == 0 {
			named = exs[i].Charges
		}
		exs[i].Charges = book.canonical(named, exs[i].Articles)
	}
	var b blend
	if len(exs) >= minBlendCases {
		var err error
		if b, err = chooseBlend(ctx, book, exs); err != nil {
			return nil, err
		}
	}
	m, err := train(ctx, book, exs)
	if err != nil {
		return nil, err
	}
	m.blend = b
	return m, nil
}

func train(ctx context.Context, book *LawBook, exs []Example) (*Model, error) {
	m := &Model{book: book, stats: map[string]chargeStat{}}
	type prepared struct {
		f  Facts
		g  guidelineResult
		cl *ChargeLaw
	}
	prep := make([]prepared, len(exs))
	for i, ex := range exs {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		var f Facts
		if ex.facts != nil {
			f = *ex.facts
		} else {
			f = ReadFacts(ex.Facts, ex.Court)
		}
		cl, _ := book.mainCharge(ex.Charges)
		var g guidelineResult
		if cl != nil {
			g = book.arithmetic(cl, f)
		}
		prep[i] = prepared{f, g, cl}
		y := target(ex.Outcome)
		for _, c := range ex.Charges {
			s := m.stats[c]
			s.N++
			s.SumY += y
			if ex.Outcome.Months == 0 && !ex.Outcome.Life && !ex.Outcome.Death {
				s.Zero++
			}
			if f.AmountYuan > 0 {
				s.LogAmts = append(s.LogAmts, math.Log1p(f.AmountYuan))
			}
			m.stats[c] = s
		}
		m.global.N++
		m.global.SumY += y
	}
	for c, s := range m.stats {
		sort.Float64s(s.LogAmts)
		m.stats[c] = s
	}
	x := make([][]float64, len(exs))
	y := make([]float64, len(exs))
	texts := make([]string, len(exs))
	m.byCharge = map[string][]int{}
	for i, ex := range exs {
		texts[i] = ex.Facts
		y[i] = target(ex.Outcome)
		m.rows = append(m.rows, caseRow{ID: ex.ID, Charges: ex.Charges, Level: prep[i].g.TierIndex, Y: y[i], Outcome: ex.Outcome})
		if prep[i].g.Tier == nil {
			m.rows[i].Level = -1
		}
		if len(ex.Charges) > 0 {
			m.byCharge[ex.Charges[0]] = append(m.byCharge[ex.Charges[0]], i)
		}
	}
	m.text = classify.NewVectors(texts)
	chs := make([][]string, len(exs))
	for i, ex := range exs {
		chs[i] = ex.Charges
	}
	oof, lin := outOfFoldLinear(m.text, chs, y)
	m.linear = lin
	for i, ex := range exs {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		x[i] = m.features(prep[i].f, ex.Charges, prep[i].g, &y[i], append(m.textFeatures(m.text.Docs[i], ex.Charges, i), oof[i]))
		m.rows[i].X = x[i]
	}
	m.terms = m.countTerms()
	m.trees = fitBoosted(x, y, slices.Index(featureNames, "text_linear"), defaultBoost)
	m.scale = make([]float64, len(featureNames))
	for j := range m.scale {
		col := make([]float64, len(x))
		for i := range x {
			col[i] = x[i][j]
		}
		q1, q3 := quantile(col, 0.25), quantile(col, 0.75)
		m.scale[j] = math.Max(q3-q1, 0.5)
	}
	return m, nil
}

// mainCharge is the charge whose law the guideline arithmetic follows: the
// one with the gravest statutory maximum.
func (b *LawBook) mainCharge(charges []string) (*ChargeLaw, bool) {
	var best *ChargeLaw
	for _, c := range charges {
		cl, ok := b.Charge(c)
		if !ok || len(cl.Tiers) == 0 {
			continue
		}
		if best == nil || tierRank(cl.Tiers[0]) > tierRank(best.Tiers[0]) {
			best = cl
		}
	}
	return best, best != nil
}

var circumstanceKinds = []string{"自首", "坦白", "如实供述", "当庭认罪", "认罪认罚", "立功", "累犯", "前科", "初犯", "偶犯",
	"退赃退赔", "赔偿", "取得谅解", "未成年", "胁从犯", "从犯", "主犯", "未遂", "中止", "预备"}

var featureNames = func() []string {
	names := []string{"charge_mean", "charge_first", "charge_zero", "charge_n", "n_charges", "text_mean", "text_median", "text_sim", "text_linear",
		"proposal_lo", "proposal_hi", "proposal_probation", "log_amount", "log_amount_max",
		"amount_count", "amount_rel", "amount_level", "amount_progress", "log_drug", "other_drug", "drug_sales", "injury", "deaths", "disability", "bac",
		"acts", "defendants", "log_runes", "guide_log", "tier_min", "tier_max", "tier_index", "tier_life", "tier_death", "guide_start"}
	for _, c := range circumstanceKinds {
		names = append(names, "c_"+c)
	}
	for _, k := range keywordList {
		names = append(names, "k_"+k)
	}
	return names
}()

// factFeatures is the index of the first feature read from the facts,
// after the charge and text encodings.
var factFeatures = slices.Index(featureNames, "proposal_lo")

// features is the model's input for a case. self, when not nil, is the
// case's own target, left out of its charge statistics (training rows).
func (m *Model) features(f Facts, charges []string, g guidelineResult, self *float64, text []float64) []float64 {
	enc := func(c string) (mean, zero float64, n int) {
		s := m.stats[c]
		sum, cnt, z := s.SumY, float64(s.N), float64(s.Zero)
		if self != nil && s.N > 0 {
			sum -= *self
			cnt--
			if *self == 0 {
				z--
			}
		}
		gm := m.global.SumY / math.Max(float64(m.global.N), 1)
		return (sum + prior*gm) / (cnt + prior), (z + 0.5) / (cnt + 1), int(cnt)
	}
	x := make([]float64, 0, len(featureNames))
	best, zero, first, n := -1.0, 0.0, 0.0, 0
	for i, c := range charges {
		mean, z, cnt := enc(c)
		if i == 0 {
			first = mean
		}
		if mean > best {
			best, zero, n = mean, z, cnt
		}
	}
	if len(charges) == 0 {
		best = m.global.SumY / math.Max(float64(m.global.N), 1)
	}
	x = append(x, best, first, zero, math.Log1p(float64(n)), float64(len(charges)))
	x = append(x, text...)
	x = append(x, math.Log1p(float64(f.Proposal[0])), math.Log1p(float64(f.Proposal[1])), b2f(f.ProposalProbation))
	la := math.Log1p(f.AmountYuan)
	rel := 0.0
	if len(charges) > 0 {
		if s := m.stats[charges[0]]; len(s.LogAmts) > 0 && f.AmountYuan > 0 {
			rel = la - s.LogAmts[len(s.LogAmts)/2]
		}
	}
	level, progress := -1.0, 0.0
	if cl, ok := m.book.mainCharge(charges); ok {
		if lv, _, ok := m.book.amountLevels(cl, f.Province); ok {
			l, p := amountLevel(f.AmountYuan, lv)
			level, progress = float64(l), p
		}
	}
	drug, other := m.book.heroinGrams(f)
	x = append(x, la, math.Log1p(f.AmountMax), float64(f.AmountCount), rel, level, progress, math.Log1p(drug), b2f(other), math.Log1p(float64(f.DrugSales)),
		float64(f.Injury), float64(f.Deaths), float64(f.Disability), f.BAC, float64(min(f.Acts, 50)), float64(f.Defendants), math.Log1p(float64(f.Runes)))
	if g.Tier != nil {
		x = append(x, math.Log1p(g.Months), math.Log1p(float64(g.Tier.MinMonths)), math.Log1p(float64(g.Tier.MaxMonths)), float64(g.TierIndex),
			b2f(g.Tier.Life), b2f(g.Tier.Death), math.Log1p(g.Start))
	} else {
		x = append(x, -1, -1, -1, -1, 0, 0, -1)
	}
	for _, c := range circumstanceKinds {
		x = append(x, b2f(f.Has(c)))
	}
	for _, k := range keywordList {
		x = append(x, b2f(f.keyword(k)))
	}
	return x
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// prediction is the model's answer for one case.
type prediction struct {
	LogMonths float64
	Guideline guidelineResult
	Charge    *ChargeLaw
	Ceiling   ceiling
	X         []float64
}

func (m *Model) predict(text string, f Facts, charges []string) prediction {
	v := m.text.Vector(text)
	p := m.predictVector(v, f, charges)
	// Art. 69: a combined term is no shorter than the gravest single
	// term, so a case with several charges is estimated at least as each
	// charge alone would be.
	if len(charges) > 1 {
		for _, c := range charges {
			p.LogMonths = math.Max(p.LogMonths, m.predictVector(v, f, []string{c}).LogMonths)
		}
	}
	return p
}

func (m *Model) predictVector(v classify.Sparse, f Facts, charges []string) prediction {
	cl, _ := m.book.mainCharge(charges)
	var g guidelineResult
	if cl != nil {
		g = m.book.arithmetic(cl, f)
	}
	x := m.features(f, charges, g, nil, append(m.textFeatures(v, charges, -1), m.linear.predict(v, charges)))
	return prediction{LogMonths: m.trees.predict(x), Guideline: g, Charge: cl, Ceiling: m.book.ceiling(charges, f), X: x}
}

// Neighbour is a decided case close to the one in hand.
type Neighbour struct {
	ID       string   `json:"id"`
	Charges  []string `json:"charges"`
	Outcome  Outcome  `json:"outcome"`
	Distance float64  `json:"distance"`
}

// neighbours are the k decided cases sharing the first charge and the tier
// that are closest in the features, excluding ids in skip.
func (m *Model) neighbours(p prediction, charges []string, k int, skip map[string]bool) []Neighbour {
	level := -1
	if p.Guideline.Tier != nil {
		level = p.Guideline.TierIndex
	}
	var out []Neighbour
	for _, r := range m.rows {
		if skip[r.ID] || len(charges) == 0 || len(r.Charges) == 0 || r.Charges[0] != charges[0] || r.Level != level {
			continue
		}
		d := 0.0
		for j := factFeatures; j < len(r.X); j++ { // charge and text encodings say little within a charge
			v := (r.X[j] - p.X[j]) / m.scale[j]
			d += v * v
		}
		out = append(out, Neighbour{ID: r.ID, Charges: r.Charges, Outcome: r.Outcome, Distance: math.Sqrt(d)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Distance != out[j].Distance {
			return out[i].Distance < out[j].Distance
		}
		return out[i].ID < out[j].ID
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// normCharges writes charges with 罪 and no brackets, dropping empties.
func normCharges(cs []string) []string {
	var out []string
	for _, c := range cs {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, rules.NormCharge(c))
		}
	}
	return out
}
