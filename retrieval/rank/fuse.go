package rank

import (
	"math"
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

// Linear is a weighted sum of features min-max normalised over the
// candidates, so that BM25's unbounded scores and cosines share a scale.
// Tune learns its weights.
type Linear struct {
	Weights map[string]float64
}

// Fuse scores cands in place.
func (f Linear) Fuse(cands []Candidate) {
	for _, c := range cands {
		clear(c.Parts)
	}
	for name, w := range f.Weights {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, c := range cands {
			if v, ok := c.Features[name]; ok {
				lo, hi = min(lo, v), max(hi, v)
			}
		}
		if hi <= lo {
			continue // a constant signal cannot order these candidates
		}
		for _, c := range cands {
			if v, ok := c.Features[name]; ok {
				c.Parts[name] = w * (v - lo) / (hi - lo)
			}
		}
	}
	sumParts(cands)
}

func sumParts(cands []Candidate) {
	for i := range cands {
		var s float64
		for _, p := range cands[i].Parts {
			s += p
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
