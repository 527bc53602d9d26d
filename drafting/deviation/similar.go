package deviation

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"leian/corpus"
	"leian/corpus/docstore"
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
	rs, err := c.Cases.Search(ctx, retrieval.Query{Facts: o.Facts, Charges: charges, K: depth, ExcludeIDs: excluded(in)})
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
		doc, err := c.Docs.Get(ctx, r.ID)
		if errors.Is(err, docstore.ErrNotFound) {
			continue // indexed but since removed from the store
		}
		if err != nil {
			return nil, fmt.Errorf("similar case %s: %w", r.ID, err)
		}
		if self.same(doc) {
			continue
		}
		sc := SimilarCase{ID: r.ID, Title: r.Title, Court: r.Court, Year: r.Year, Charges: r.Charges, Penalty: r.Penalty, Score: r.Score}
		sc.TermMonths, sc.Penalty = decided(doc, sc.Penalty)
		sim.Cases = append(sim.Cases, sc)
	}
	return sim, nil
}

func excluded(in Input) []string {
	ids := slices.Clone(in.ExcludeIDs)
	if in.DocID != "" {
		ids = append(ids, in.DocID)
	}
	return ids
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

// band reads the comparable cases of defendant d and returns how far its
// term is from them (1 on the band's edge) and the alert when outside.
func (s *Similar) band(d legality.Defendant, b Band) (float64, legality.Alert, bool) {
	t, ok := termOf(d)
	if !ok {
		return 0, legality.Alert{}, false
	}
	want := chargeSet(d.Charges)
	var terms []float64
	var used []SimilarCase
	for i := range s.Cases {
		sc := &s.Cases[i]
		if sc.TermMonths <= 0 || !slices.Equal(chargeSet(sc.Charges), want) || len(terms) >= b.Use {
			continue
		}
		sc.Comparable = true
		terms = append(terms, float64(sc.TermMonths))
		used = append(used, *sc)
	}
	if len(terms) < max(b.MinCases, 2) {
		s.SimilarNote = fmt.Sprintf("与本案罪名（%s）相同且有刑期的类案仅%d件，不足%d件，未作类案刑期比较", strings.Join(want, "、"), len(terms), b.MinCases)
		return 0, legality.Alert{}, false
	}
	dist := distribution(terms, want, b.Widen)
	s.Distribution = dist
	r := ratio(float64(t), dist.Q05, dist.Q95, b.Widen)
	side := "高于"
	if float64(t) < dist.Q50 {
		side = "低于"
	}
	a := legality.Alert{Code: "TERM_OUTSIDE_SIMILAR", Severity: legality.Warning, Defendant: d.Name,
		Message: fmt.Sprintf("拟判刑期%d个月，%s%d件同罪名类案刑期的5%%–95%%区间（%.0f至%.0f个月，放宽后%.0f至%.0f个月；中位数%.0f个月）",
			t, side, dist.N, dist.Q05, dist.Q95, dist.Low, dist.High, dist.Q50),
		Evidence: caseEvidence(used, float64(t))}
	return r, a, true
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

// distribution is the quantiles of terms on a log scale.
func distribution(terms []float64, charges []string, widen float64) *Distribution {
	logs := make([]float64, len(terms))
	for i, t := range terms {
		logs[i] = math.Log(t)
	}
	sort.Float64s(logs)
	q := func(p float64) float64 { return math.Round(math.Exp(quantile(logs, p))*10) / 10 }
	d := &Distribution{Charges: charges, N: len(terms), Q05: q(0.05), Q25: q(0.25), Q50: q(0.5), Q75: q(0.75), Q95: q(0.95)}
	d.Low, d.High = math.Round(d.Q05/widen*10)/10, math.Round(d.Q95*widen*10)/10
	return d
}

// quantile interpolates linearly between order statistics of sorted xs.
func quantile(xs []float64, p float64) float64 {
	pos := p * float64(len(xs)-1)
	i := int(pos)
	if i+1 >= len(xs) {
		return xs[len(xs)-1]
	}
	return xs[i] + (pos-float64(i))*(xs[i+1]-xs[i])
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
