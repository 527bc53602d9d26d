package rank

import (
	"maps"
	"slices"
	"sort"
)

// RRF is reciprocal-rank fusion (Cormack et al. 2009): each signal adds
// 1/(K + rank). It needs no tuning and ignores score scales.
type RRF struct {
	K       float64  // 60 in the paper
	Signals []string // the features to fuse
}

// Fuse scores cands in place.
func (f RRF) Fuse(cands []Candidate) {
	for _, c := range cands {
		clear(c.Parts)
	}
	for _, name := range f.Signals {
		order := make([]int, len(cands))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool {
			return cands[order[a]].Features[name] > cands[order[b]].Features[name]
		})
		for rank, i := range order {
			if _, ok := cands[i].Features[name]; ok {
				cands[i].Parts[name] = 1 / (f.K + float64(rank+1))
			}
		}
	}
	sumParts(cands)
}

// Weighted is the learned fusion, robust to outliers: a weighted sum in
// which the unbounded signals (Ranked: BM25, the cosine) count by their
// rank among the candidates, K/(K+r) for r candidates strictly ahead, and
// the element agreements, already in [0,1], count by value. Min-max
// normalisation, its predecessor, let one near-duplicate with a huge BM25
// score squash every other candidate's lexical evidence towards zero; a
// rank cannot be squashed. Tune learns the weights and K.
type Weighted struct {
	Weights map[string]float64 `json:"weights"`
	K       float64            `json:"k"`
}

// Ranked are the signals Weighted fuses by rank rather than by value.
var Ranked = []string{"bm25", "dense"}

// DefaultK is Weighted's rank constant when none was tuned.
const DefaultK = 10

// Fuse scores cands in place.
func (f Weighted) Fuse(cands []Candidate) {
	for _, c := range cands {
		clear(c.Parts)
	}
	for name, w := range f.Weights {
		if w == 0 {
			continue
		}
		for i, v := range f.normalised(cands, name) {
			if _, ok := cands[i].Features[name]; ok {
				cands[i].Parts[name] = w * v
			}
		}
	}
	sumParts(cands)
}

// normalised is each candidate's value of feature name as Fuse weighs it,
// 0 for a candidate without it.
func (f Weighted) normalised(cands []Candidate, name string) []float64 {
	out := make([]float64, len(cands))
	if !slices.Contains(Ranked, name) {
		for i, c := range cands {
			out[i] = min(1, max(0, c.Features[name]))
		}
		return out
	}
	k := f.K
	if k <= 0 {
		k = DefaultK
	}
	vals := make([]float64, 0, len(cands))
	for _, c := range cands {
		if v, ok := c.Features[name]; ok {
			vals = append(vals, v)
		}
	}
	slices.Sort(vals)
	for i, c := range cands {
		v, ok := c.Features[name]
		if !ok {
			continue
		}
		// candidates strictly ahead: ties share the better rank
		ahead := len(vals) - sort.Search(len(vals), func(j int) bool { return vals[j] > v })
		out[i] = k / (k + float64(ahead))
	}
	return out
}

// sumParts adds each candidate's parts in name order: float addition in
// map order differs in the last bit from run to run, and two candidates
// whose parts are equal would then be ordered by that noise, not by ID.
func sumParts(cands []Candidate) {
	for i := range cands {
		var s float64
		for _, k := range slices.Sorted(maps.Keys(cands[i].Parts)) {
			s += cands[i].Parts[k]
		}
		cands[i].Score = s
	}
}

// Sort orders cands best first, breaking ties by ID for stable output.
func Sort(cands []Candidate) {
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].Score != cands[j].Score {
			return cands[i].Score > cands[j].Score
		}
		return cands[i].ID < cands[j].ID
	})
}
