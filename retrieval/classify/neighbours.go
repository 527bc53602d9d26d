package classify

import (
	"sort"
)

// neighbours are the training cases' vectors, cut to their knnTerms
// heaviest terms, in an inverted index, with each case's charges: the
// charges of the cases nearest a new text vote beside the centroids. A
// centroid speaks for all of a charge's cases at once; the nearest cases
// speak for cases like this one, which is what tells apart facts of two
// crimes (their neighbours carry both charges) and the variants of a
// charge whose centroid sits between them.
type neighbours struct {
	postStart []int32 // len = features+1
	postDoc   []int32
	postW     []float32
	labStart  []int32 // len = docs+1
	labels    []uint16
}

// knnTerms is how many terms of each training case the index keeps:
// enough to find its neighbours, few enough to keep the model small.
const knnTerms = 200

func buildNeighbours(vecs []Sparse, labels [][]int, features int) *neighbours {
	nb := &neighbours{postStart: make([]int32, features+1), labStart: make([]int32, len(vecs)+1)}
	cut := make([]Sparse, len(vecs))
	for d, v := range vecs {
		cut[d] = heaviest(v, knnTerms)
		for _, f := range cut[d].IDs {
			nb.postStart[f+1]++
		}
		nb.labStart[d+1] = nb.labStart[d] + int32(len(labels[d]))
		for _, c := range labels[d] {
			nb.labels = append(nb.labels, uint16(c))
		}
	}
	for f := 1; f <= features; f++ {
		nb.postStart[f] += nb.postStart[f-1]
	}
	nb.postDoc = make([]int32, nb.postStart[features])
	nb.postW = make([]float32, nb.postStart[features])
	next := make([]int32, features)
	copy(next, nb.postStart[:features])
	for d, v := range cut {
		for i, f := range v.IDs {
			nb.postDoc[next[f]], nb.postW[next[f]] = int32(d), v.W[i]
			next[f]++
		}
	}
	return nb
}

// heaviest is v cut to its n heaviest terms, ids sorted.
func heaviest(v Sparse, n int) Sparse {
	if len(v.IDs) <= n {
		return v
	}
	c := Sparse{IDs: append([]int32(nil), v.IDs...), W: append([]float32(nil), v.W...)}
	sort.Sort(byWeightThenID(c))
	c.IDs, c.W = c.IDs[:n], c.W[:n]
	sort.Sort(byID(c))
	return c
}

func (nb *neighbours) docs() int { return len(nb.labStart) - 1 }

// nearest returns the k training cases most similar to v among those
// keep allows (all when keep is nil), best first.
func (nb *neighbours) nearest(v Sparse, k int, keep func(d int) bool) []Hit {
	sims := make([]float32, nb.docs())
	for i, f := range v.IDs {
		x := v.W[i]
		lo, hi := nb.postStart[f], nb.postStart[f+1]
		ws := nb.postW[lo:hi]
		for j, d := range nb.postDoc[lo:hi] {
			sims[d] += x * ws[j]
		}
	}
	var out []Hit
	for d, s := range sims {
		if s <= 0 || (keep != nil && !keep(d)) {
			continue
		}
		if len(out) == k && s <= out[k-1].Sim {
			continue
		}
		h := Hit{d, s}
		at := sort.Search(len(out), func(i int) bool { return out[i].Sim < s })
		if len(out) < k {
			out = append(out, Hit{})
		}
		copy(out[at+1:], out[at:])
		out[at] = h
	}
	return out
}

// votes adds to out (len classes) each class's share of the similarity
// of hits whose cases carry it.
func (nb *neighbours) votes(hits []Hit, out []float32) {
	clear(out)
	var total float32
	for _, h := range hits {
		total += h.Sim
	}
	if total == 0 {
		return
	}
	for _, h := range hits {
		for _, c := range nb.labels[nb.labStart[h.Doc]:nb.labStart[h.Doc+1]] {
			out[c] += h.Sim / total
		}
	}
}
