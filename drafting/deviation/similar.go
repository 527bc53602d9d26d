package deviation

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/drafting/legality"
	"leian/retrieval"
	"leian/retrieval/elements"
)

// Similar is the push behind the similar-case check: the decided cases
// with their terms, and the distribution of the terms of those comparable
// to the case in hand.
type Similar struct {
	Cases        []SimilarCase `json:"similar_cases"`
	Distribution *Distribution `json:"distribution,omitempty"`
	SimilarNote  string        `json:"similar_note,omitempty"`
	amount       float64       // the case in hand's largest amount
	harm         string
	recs         map[string]recAnswer // the Recommender's answers by recKey
}

// SimilarCase is one pushed case with its decided outcome.
type SimilarCase struct {
	ID         string   `json:"id"`
	Title      string   `json:"title,omitempty"`
	Court      string   `json:"court,omitempty"`
	Year       int      `json:"year,omitempty"`
	Charges    []string `json:"charges,omitempty"`
	Penalty    string   `json:"penalty,omitempty"` // 有期徒刑一年五个月
	TermMonths int      `json:"term_months,omitempty"`
	Score      float64  `json:"score"`
	// Comparable: same charges and a decided term, so its term is in the
	// distribution.
	Comparable bool `json:"comparable"`
	// Weight is its share in the distribution: nearer in rank, amount and
	// harm weighs more.
	Weight float64 `json:"weight,omitempty"`
	amount float64 // the largest amount in its facts, yuan
	harm   string  // the gravest harm its facts state
}

// Distribution is the spread of the comparable cases' terms, in months.
type Distribution struct {
	Charges []string `json:"charges"`
	N       int      `json:"n"`
	Q05     float64  `json:"q05"`
	Q25     float64  `json:"q25"`
	Q50     float64  `json:"q50"`
	Q75     float64  `json:"q75"`
	Q95     float64  `json:"q95"`
	// Low and High are the band a term must fall in: Q05 and Q95 widened.
	Low  float64 `json:"low"`
	High float64 `json:"high"`
}

// similar pushes the facts and reads each case's decided outcome, leaving
// out the case's own documents and any document of the same case.
func (c *Checker) similar(ctx context.Context, in Input) (*Similar, error) {
	o := in.Outcome
	var charges []string
	for _, d := range o.Defendants {
		for _, ch := range d.Charges {
			charges = appendNew(charges, elements.NormaliseCharge(ch))
		}
	}
	depth := max(c.Band.Depth, 10)
	rs, err := c.Cases.Search(ctx, retrieval.Query{Facts: o.Facts, Charges: charges, K: depth, ExcludeIDs: excluded(in), NoHighlights: true})
	if err != nil {
		return nil, fmt.Errorf("similar cases: %w", err)
	}
	self := newSameCase(o.Facts)
	if in.DocID != "" {
		doc, err := c.Docs.Get(ctx, in.DocID)
		if err != nil {
			return nil, fmt.Errorf("document %s: %w", in.DocID, err)
		}
		self.links = caseLinks(doc)
	}
	sim := &Similar{Cases: []SimilarCase{}}
	for _, r := range rs {
		o, err := c.outcome(ctx, r.ID)
		if errors.Is(err, docstore.ErrNotFound) {
			continue // indexed but since removed from the store
		}
		if err != nil {
			return nil, fmt.Errorf("similar case %s: %w", r.ID, err)
		}
		if self.same(o) {
			continue
		}
		sc := SimilarCase{ID: r.ID, Title: r.Title, Court: r.Court, Year: r.Year, Charges: r.Charges, Penalty: cmpOr(r.Penalty, o.words), Score: r.Score,
			TermMonths: o.term, amount: o.amount, harm: o.harm}
		sim.Cases = append(sim.Cases, sc)
	}
	el := o.Elements
	if el == nil {
		el = extract.Extract(o.Facts, nil)
	}
	sim.amount, sim.harm = maxAmount(el), harmOf(o.Facts)
	return sim, nil
}

func excluded(in Input) []string {
	ids := slices.Clone(in.ExcludeIDs)
	if in.DocID != "" {
		ids = append(ids, in.DocID)
	}
	return ids
}

// decidedCase is what the check reads of a pushed document, kept once
// read: decoding whole judgments was most of a check's time.
type decidedCase struct {
	term   int
	words  string
	amount float64
	harm   string
	links  []string
	grams  map[string]bool // the bigrams of the start of its facts, for the same-case test
}

// outcome reads document id's decided case, from the cache when a
// check has read it before.
func (c *Checker) outcome(ctx context.Context, id string) (*decidedCase, error) {
	if o, ok := c.outcomes.Load(id); ok {
		return o.(*decidedCase), nil
	}
	doc, err := c.Docs.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	o := &decidedCase{amount: maxAmount(doc.Elements), links: caseLinks(doc), grams: bigrams(factsOf(doc))}
	o.term, o.words = decided(doc, "")
	o.harm = harmOf(factsOf(doc))
	c.outcomes.Store(id, o)
	return o, nil
}

// decided is a document's decided fixed term (or 拘役, 管制) in months and
// its sentence in words: a source's label first (CAIL2018 records carry
// only facts), else the first defendant's extracted penalty. 0 when the
// case has no such term (life, death, exemption, unknown).
func decided(doc *corpus.Document, words string) (int, string) {
	for _, l := range doc.Labels {
		if l.Life || l.Death {
			return 0, map[bool]string{true: "死刑", false: "无期徒刑"}[l.Death]
		}
		if l.TermMonths != nil && *l.TermMonths > 0 {
			return *l.TermMonths, cmpOr(words, elements.PenaltyWords("刑期", *l.TermMonths))
		}
	}
	if doc.Elements == nil {
		return 0, words
	}
	for _, d := range doc.Elements.Defendants {
		if p := d.Penalty; p != nil {
			switch p.Kind {
			case "有期徒刑", "拘役", "管制":
				return p.Months, cmpOr(words, elements.PenaltyWords(p.Kind, p.Months))
			}
			return 0, cmpOr(words, p.Kind)
		}
	}
	return 0, words
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// bandCheck is defendant's term beside the comparable cases' terms.
type bandCheck struct {
	dist  *Distribution
	ratio float64 // how far the term is from the band, 1 on its widened edge
	alert legality.Alert
	used  []SimilarCase
}

// band reads the comparable cases of defendant d and returns its term's
// place among them and the alert for a term outside their band; false
// when d has no term or too few comparable cases.
func (s *Similar) band(d legality.Defendant, b Band) (bandCheck, bool) {
	t, ok := termOf(d)
	if !ok {
		return bandCheck{}, false
	}
	want := chargeSet(d.Charges)
	var terms, weights []float64
	var used []SimilarCase
	for i := range s.Cases {
		sc := &s.Cases[i]
		if sc.TermMonths <= 0 || !slices.Equal(chargeSet(sc.Charges), want) || len(terms) >= b.Use {
			continue
		}
		sc.Comparable = true
		sc.Weight = s.weight(len(terms), *sc)
		terms = append(terms, float64(sc.TermMonths))
		weights = append(weights, sc.Weight)
		used = append(used, *sc)
	}
	if len(terms) < max(b.MinCases, 2) {
		s.SimilarNote = fmt.Sprintf("与本案罪名（%s）相同且有刑期的类案仅%d件，不足%d件，未作类案刑期比较", strings.Join(want, "、"), len(terms), b.MinCases)
		return bandCheck{}, false
	}
	widen := max(b.Widen, 1)
	dist := distribution(terms, weights, want, widen)
	s.Distribution = dist
	r := ratio(float64(t), dist.Q05, dist.Q95, widen)
	side := "高于"
	if float64(t) < dist.Q50 {
		side = "低于"
	}
	a := legality.Alert{Code: "TERM_OUTSIDE_SIMILAR", Severity: legality.Warning, Defendant: d.Name,
		Message: fmt.Sprintf("拟判刑期%d个月，%s%d件同罪名类案刑期的5%%–95%%区间（%.0f至%.0f个月，放宽后%.0f至%.0f个月；中位数%.0f个月）",
			t, side, dist.N, dist.Q05, dist.Q95, dist.Low, dist.High, dist.Q50),
		Evidence: caseEvidence(used, float64(t))}
	return bandCheck{dist: dist, ratio: r, alert: a, used: used}, true
}

// caseEvidence lists the comparable cases nearest the proposed term's
// side first, so the reviewer sees the ones it departs from most.
func caseEvidence(cs []SimilarCase, t float64) []legality.Evidence {
	sorted := slices.Clone(cs)
	sort.SliceStable(sorted, func(i, j int) bool {
		return math.Abs(math.Log(float64(sorted[i].TermMonths)/t)) > math.Abs(math.Log(float64(sorted[j].TermMonths)/t))
	})
	var ev []legality.Evidence
	for _, sc := range sorted[:min(len(sorted), 10)] {
		title := cmpOr(sc.Title, sc.ID)
		ev = append(ev, legality.Evidence{Kind: "case", Ref: sc.ID, Text: fmt.Sprintf("%s：%s，%s", title, strings.Join(sc.Charges, "、"), sc.Penalty)})
	}
	return ev
}

// distribution is the weighted quantiles of terms on a log scale.
func distribution(terms, weights []float64, charges []string, widen float64) *Distribution {
	type wt struct{ log, w float64 }
	xs := make([]wt, len(terms))
	for i, t := range terms {
		xs[i] = wt{math.Log(t), weights[i]}
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i].log < xs[j].log })
	logs, ws := make([]float64, len(xs)), make([]float64, len(xs))
	for i, x := range xs {
		logs[i], ws[i] = x.log, x.w
	}
	q := func(p float64) float64 { return math.Round(math.Exp(weightedQuantile(logs, ws, p))*10) / 10 }
	d := &Distribution{Charges: charges, N: len(terms), Q05: q(0.05), Q25: q(0.25), Q50: q(0.5), Q75: q(0.75), Q95: q(0.95)}
	d.Low, d.High = math.Round(d.Q05/widen*10)/10, math.Round(d.Q95*widen*10)/10
	return d
}

// weightedQuantile interpolates the p-quantile of sorted xs with weights
// ws, each point standing at the middle of its weight.
func weightedQuantile(xs, ws []float64, p float64) float64 {
	var total float64
	for _, w := range ws {
		total += w
	}
	if total <= 0 {
		return xs[len(xs)/2]
	}
	target := p * total
	var cum, prevMid float64
	for i, w := range ws {
		mid := cum + w/2
		if target <= mid {
			if i == 0 {
				return xs[0]
			}
			f := (target - prevMid) / (mid - prevMid)
			return xs[i-1] + f*(xs[i]-xs[i-1])
		}
		cum += w
		prevMid = mid
	}
	return xs[len(xs)-1]
}

// weight is a comparable case's share: by its place among the comparable
// cases, and lower the further its amount is from the case in hand's and
// when its facts state a different grade of harm.
func (s *Similar) weight(rank int, sc SimilarCase) float64 {
	w := 1 / (1 + float64(rank)/10)
	if s.amount > 0 && sc.amount > 0 {
		w *= math.Exp(-math.Abs(math.Log(s.amount/sc.amount)) / 2)
	}
	if s.harm != sc.harm {
		w *= 0.3
	}
	return w
}

func maxAmount(el *extract.Elements) float64 {
	var m float64
	if el != nil {
		for _, a := range el.Amounts {
			m = max(m, a.Yuan)
		}
	}
	return m
}

// harms are the grades of bodily harm that set statutory tiers, gravest first.
var harms = []string{"死亡", "重伤", "轻伤", "轻微伤"}

func harmOf(facts string) string {
	for _, h := range harms {
		if strings.Contains(facts, h) {
			return h
		}
	}
	return ""
}

func factsOf(doc *corpus.Document) string {
	return cmp.Or(doc.SectionText("facts", parse.Facts), doc.Text)
}

func chargeSet(cs []string) []string {
	var out []string
	for _, c := range cs {
		out = appendNew(out, elements.NormaliseCharge(c))
	}
	slices.Sort(out)
	return out
}

func appendNew(xs []string, x string) []string {
	if x == "" || slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}
