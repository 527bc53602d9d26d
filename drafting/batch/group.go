package batch

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"time"
)

// Embedder turns facts into vectors (the corpus embedder of retrieval/embed,
// or the configured remote one).
type Embedder interface {
	EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error)
}

// Options tune grouping.
type Options struct {
	// Threshold is the average similarity two groups need to merge, in
	// [0,1]; 0 uses DefaultThreshold.
	Threshold float64
	// TextOnly groups by the facts' vectors alone, ignoring the form type
	// and the indictment's charge (an ablation for the eval).
	TextOnly bool
	// Charges predicts the charges of a criminal case whose indictment
	// names none; nil groups such cases by their facts alone.
	Charges ChargePredictor
}

// ChargePredictor predicts a case's charges from its facts (the push's
// predictor, retrieval/engine.Engine).
type ChargePredictor interface {
	PredictCharges(ctx context.Context, facts string) ([]string, error)
}

// Result is a docket grouped.
type Result struct {
	Clusters  []Cluster `json:"clusters"`
	Threshold float64   `json:"threshold"`
	TookMS    int64     `json:"took_ms"`
}

// Cluster is one group of similar cases with its model case first.
type Cluster struct {
	ID       int      `json:"id"`
	Type     string   `json:"type"` // form type, or criminal/civil when no form fits
	TypeName string   `json:"type_name"`
	Model    string   `json:"model"` // id of the representative case
	Members  []Member `json:"members"`
}

// Member is one case of a cluster and how it differs from the model case.
type Member struct {
	ID         string      `json:"id"`
	Similarity float64     `json:"similarity"` // to the model case
	Form       *formSketch `json:"form,omitempty"`
	Diffs      []Diff      `json:"diffs,omitempty"`
}

// Group reads, embeds and clusters cases.
func Group(ctx context.Context, emb Embedder, cs []Case, o Options) (*Result, error) {
	start := time.Now()
	ps, err := read(cs)
	if err != nil {
		return nil, err
	}
	texts := make([]string, len(ps))
	for i, p := range ps {
		texts[i] = p.facts
	}
	if o.Charges != nil && !o.TextOnly {
		if err := predictCharges(ctx, o.Charges, ps); err != nil {
			return nil, err
		}
	}
	vecs, err := emb.EmbedDocuments(ctx, texts)
	if err != nil {
		return nil, fmt.Errorf("batch: embed %d cases: %w", len(ps), err)
	}
	if len(vecs) != len(ps) {
		return nil, fmt.Errorf("batch: embedder returned %d vectors for %d cases", len(vecs), len(ps))
	}
	th := o.Threshold
	if th <= 0 {
		th = DefaultThreshold
	}
	sim := similarities(ps, vecs, o.TextOnly)
	groups := agglomerate(sim, th)
	res := &Result{Threshold: th}
	for gi, g := range groups {
		res.Clusters = append(res.Clusters, cluster(gi+1, g, ps, sim))
	}
	res.TookMS = time.Since(start).Milliseconds()
	return res, nil
}

// similarities is the pairwise similarity: the facts' cosine, blended
// with agreement on the form type and the indictment's charge when known.
func similarities(ps []pending, vecs [][]float32, textOnly bool) [][]float64 {
	n := len(ps)
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		sim[i][i] = 1
		for j := i + 1; j < n; j++ {
			s := cosine(vecs[i], vecs[j])
			if !textOnly {
				s = blend(s, ps[i], ps[j])
			}
			sim[i][j], sim[j][i] = s, s
		}
	}
	return sim
}

// blend is the pair's similarity: the facts' cosine, moved toward their
// agreement on the form type and the indictment's charge when either is
// known. Cases of different kinds (criminal, civil), or whose indictments
// name different charges, are never one group: a model case speaks only
// for cases of its own kind and charge.
func blend(cos float64, a, b pending) float64 {
	if a.caseType != b.caseType {
		return apart
	}
	score, parts := 0.0, 0.0
	if a.form != nil || b.form != nil {
		parts++
		if a.form != nil && b.form != nil && a.form.Type == b.form.Type {
			score++
		}
	}
	if ac, bc := a.chargeSet(), b.chargeSet(); len(ac) > 0 && len(bc) > 0 {
		if !slices.ContainsFunc(ac, func(c string) bool { return slices.Contains(bc, c) }) {
			return apart
		}
		parts++
		if slices.Equal(ac, bc) {
			score++
		}
	}
	if parts == 0 {
		return cos
	}
	return 0.6*cos + 0.4*score/parts
}

// predictCharges gives each criminal case whose indictment names no
// charge the predicted ones.
func predictCharges(ctx context.Context, pr ChargePredictor, ps []pending) error {
	for i := range ps {
		if ps[i].caseType != "criminal" || len(ps[i].charges) > 0 {
			continue
		}
		cs, err := pr.PredictCharges(ctx, ps[i].facts)
		if err != nil {
			return fmt.Errorf("batch: predict the charges of %s: %w", ps[i].ID, err)
		}
		ps[i].predicted = chargesNamed(cs)
	}
	return nil
}

// apart is the similarity of two cases that must not share a group: low
// enough that no average over a group reaches a merge threshold.
const apart = -10.0

func cosine(a, b []float32) float64 {
	var dot, na, nb float64
	for i := range min(len(a), len(b)) {
		dot += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// agglomerate merges groups by average linkage until no two groups reach
// threshold; groups come largest first, members in input order.
func agglomerate(sim [][]float64, threshold float64) [][]int {
	n := len(sim)
	groups := make([][]int, n)
	link := make([][]float64, n) // sum of pairwise similarities between groups
	alive := make([]bool, n)
	for i := range n {
		groups[i] = []int{i}
		link[i] = slices.Clone(sim[i])
		alive[i] = true
	}
	for {
		bi, bj, best := -1, -1, threshold
		for i := range n {
			if !alive[i] {
				continue
			}
			for j := i + 1; j < n; j++ {
				if !alive[j] {
					continue
				}
				if avg := link[i][j] / float64(len(groups[i])*len(groups[j])); avg >= best {
					bi, bj, best = i, j, avg
				}
			}
		}
		if bi < 0 {
			break
		}
		groups[bi] = append(groups[bi], groups[bj]...)
		alive[bj] = false
		for k := range n {
			link[bi][k] += link[bj][k]
			link[k][bi] = link[bi][k]
		}
	}
	var out [][]int
	for i := range n {
		if alive[i] {
			g := groups[i]
			sort.Ints(g)
			out = append(out, g)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a]) > len(out[b]) })
	return out
}

// cluster builds the cluster of members g: the medoid is the model case.
func cluster(id int, g []int, ps []pending, sim [][]float64) Cluster {
	model, best := g[0], -1.0
	for _, i := range g {
		var s float64
		for _, j := range g {
			s += sim[i][j]
		}
		if s > best {
			model, best = i, s
		}
	}
	m := ps[model]
	c := Cluster{ID: id, Model: m.ID, Type: m.caseType, TypeName: map[string]string{"criminal": "刑事", "civil": "民事"}[m.caseType]}
	if m.form != nil {
		c.Type, c.TypeName = m.form.Type, m.form.Name
	}
	order := append([]int{model}, slices.DeleteFunc(slices.Clone(g), func(i int) bool { return i == model })...)
	for _, i := range order {
		mem := Member{ID: ps[i].ID, Similarity: math.Round(sim[model][i]*1000) / 1000, Form: sketch(ps[i])}
		if i != model {
			mem.Diffs = diff(ps[model], ps[i])
		}
		c.Members = append(c.Members, mem)
	}
	return c
}

// Grouper groups dockets with one embedder, for the server.
type Grouper struct {
	Embedder Embedder
	Charges  ChargePredictor // nil: no charge predicted
}

// Group groups cs (see Group), predicting charges with g's predictor.
func (g Grouper) Group(ctx context.Context, cs []Case, o Options) (*Result, error) {
	if o.Charges == nil {
		o.Charges = g.Charges
	}
	return Group(ctx, g.Embedder, cs, o)
}
