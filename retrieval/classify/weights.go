package classify

import (
	"math"
	"sort"
)

// classWeights are every charge's centroid (the normalised sum of its
// cases' fact vectors, cut to its centroidTerms heaviest terms) stored by
// feature, so that scoring a text touches only the rows of its own terms.
type classWeights struct {
	classes  int
	rowStart []int32 // len = features+1
	rowClass []uint16
	rowW     []float32
}

// centroidTerms is how many terms each centroid keeps: enough that
// cutting changes no ranking measurably, few enough that the saved model
// loads in well under a second.
const centroidTerms = 20000

// buildCentroids sums the vectors of rows per class (labels[d] are case
// d's class ids).
func buildCentroids(vecs []Sparse, labels [][]int, rows []int, classes, features int) *classWeights {
	sums := make([][]float32, classes)
	for _, d := range rows {
		for _, c := range labels[d] {
			if sums[c] == nil {
				sums[c] = make([]float32, features)
			}
			s := sums[c]
			for i, f := range vecs[d].IDs {
				s[f] += vecs[d].W[i]
			}
		}
	}
	type entry struct {
		f int32
		w float32
	}
	kept := make([][]entry, classes)
	for c, s := range sums {
		if s == nil {
			continue
		}
		var es []entry
		for f, w := range s {
			if w > 0 {
				es = append(es, entry{int32(f), w})
			}
		}
		sort.Slice(es, func(i, j int) bool {
			if es[i].w != es[j].w {
				return es[i].w > es[j].w
			}
			return es[i].f < es[j].f
		})
		if len(es) > centroidTerms {
			es = es[:centroidTerms]
		}
		var norm float64
		for _, e := range es {
			norm += float64(e.w) * float64(e.w)
		}
		inv := float32(1 / math.Sqrt(norm))
		for i := range es {
			es[i].w *= inv
		}
		kept[c] = es
		sums[c] = nil
	}
	count := make([]int32, features+1)
	for _, es := range kept {
		for _, e := range es {
			count[e.f+1]++
		}
	}
	for f := 1; f <= features; f++ {
		count[f] += count[f-1]
	}
	cw := &classWeights{classes: classes, rowStart: count, rowClass: make([]uint16, count[features]), rowW: make([]float32, count[features])}
	next := make([]int32, features)
	copy(next, count[:features])
	for c, es := range kept {
		for _, e := range es {
			at := next[e.f]
			cw.rowClass[at], cw.rowW[at] = uint16(c), e.w
			next[e.f]++
		}
	}
	return cw
}

// scores are v's cosine similarity to each class, written into out (len classes).
func (cw *classWeights) scores(v Sparse, out []float32) {
	clear(out)
	for i, f := range v.IDs {
		x := v.W[i]
		lo, hi := cw.rowStart[f], cw.rowStart[f+1]
		cs, ws := cw.rowClass[lo:hi], cw.rowW[lo:hi]
		for j, c := range cs {
			out[c] += x * ws[j]
		}
	}
}
