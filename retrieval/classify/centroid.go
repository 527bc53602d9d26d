package classify

import (
	"math"
	"sort"
)

// centroids are each charge's mean fact vector, cut to its heaviest
// terms: a rare charge is recognised from all its cases at once, where a
// neighbour vote would drown it among common ones.
type centroids struct {
	names []string
	vecs  []Sparse
}

// centroidTerms is how many terms each centroid keeps.
const centroidTerms = 3000

func newCentroids(vec *Vectors, charges [][]string) *centroids {
	sums := map[string]map[int32]float32{}
	for d, cs := range charges {
		for _, c := range cs {
			s := sums[c]
			if s == nil {
				s = map[int32]float32{}
				sums[c] = s
			}
			v := vec.Docs[d]
			for i, id := range v.IDs {
				s[id] += v.W[i]
			}
		}
	}
	ct := &centroids{}
	for c := range sums {
		ct.names = append(ct.names, c)
	}
	sort.Strings(ct.names)
	for _, c := range ct.names {
		var v Sparse
		for id, w := range sums[c] {
			v.IDs = append(v.IDs, id)
			v.W = append(v.W, w)
		}
		if len(v.IDs) > centroidTerms {
			sort.Sort(byWeight(v))
			v.IDs, v.W = v.IDs[:centroidTerms], v.W[:centroidTerms]
		}
		sort.Sort(byID(v))
		norm := float32(0)
		for _, w := range v.W {
			norm += w * w
		}
		norm = float32(math.Sqrt(float64(norm)))
		for i := range v.W {
			v.W[i] /= norm
		}
		ct.vecs = append(ct.vecs, v)
	}
	return ct
}

type byWeight Sparse

func (s byWeight) Len() int           { return len(s.IDs) }
func (s byWeight) Less(i, j int) bool { return s.W[i] > s.W[j] }
func (s byWeight) Swap(i, j int) {
	s.IDs[i], s.IDs[j] = s.IDs[j], s.IDs[i]
	s.W[i], s.W[j] = s.W[j], s.W[i]
}

// scores are the cosine similarities of v to every centroid.
func (ct *centroids) scores(v Sparse) map[string]float64 {
	out := make(map[string]float64, len(ct.names))
	for i, c := range ct.names {
		out[c] = float64(Dot(v, ct.vecs[i]))
	}
	return out
}
