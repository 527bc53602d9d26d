package classify

import (
	"math"
	"testing"
)

// unit is a Sparse over term ids 0.. with the weights w, normalised.
func unit(w ...float32) Sparse {
	var v Sparse
	var n float64
	for i, x := range w {
		if x != 0 {
			v.IDs = append(v.IDs, int32(i))
			v.W = append(v.W, x)
			n += float64(x) * float64(x)
		}
	}
	for i := range v.W {
		v.W[i] /= float32(math.Sqrt(n))
	}
	return v
}

func best(cw *classWeights, v Sparse) int {
	s := make([]float32, cw.classes)
	cw.scores(v, s)
	b := 0
	for c, x := range s {
		if x > s[b] {
			b = c
		}
	}
	return b
}

func TestRefineSeparatesNeighbours(t *testing.T) {
	// Terms: 0 shared by both charges, 1 only in charge 0's first case,
	// 2 only in charge 0's odd second case, 3 only in charge 1's case.
	vecs := []Sparse{unit(1, 0.3, 0, 0), unit(1, 0, 1, 0), unit(1, 0, 0, 0.3)}
	labels := [][]int{{0}, {0}, {1}}
	rows := []int{0, 1, 2}
	for _, tc := range []struct {
		name   string
		passes int
		want   []int // each case's best charge
	}{
		{"centroids alone take case 0 for its neighbour", 0, []int{1, 0, 1}},
		{"drag-pushing tells them apart", 3, []int{0, 0, 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cw := buildCentroids(vecs, labels, rows, 2, 4)
			for range tc.passes {
				cw.refine(vecs, labels, rows, 0.2, 0.05)
			}
			for d, want := range tc.want {
				if got := best(cw, vecs[d]); got != want {
					t.Errorf("after %d passes case %d: best charge %d, want %d", tc.passes, d, got, want)
				}
			}
		})
	}
}
