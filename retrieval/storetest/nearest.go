package storetest

import (
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"testing"

	"leian/retrieval"
)

// testNearestExact compares Nearest with a brute-force cosine ranking of
// 300 random unit vectors, with and without a filter.
func testNearestExact(t *testing.T, s retrieval.Store) {
	const n, k = 300, 10
	docs := make([]retrieval.Doc, n)
	rng := rand.New(rand.NewPCG(6, 7))
	for i := range docs {
		docs[i] = retrieval.Doc{
			ID:     "vec:" + strconv.Itoa(i),
			Vector: RandomUnit(rng, Dim),
			Meta:   retrieval.Meta{Year: 2010 + i%10, CaseType: "criminal"},
		}
	}
	upsert(t, s, docs)
	filters := []retrieval.Filter{{}, {YearFrom: 2013, YearTo: 2014}, {IDs: []string{"vec:3", "vec:77", "vec:150", "vec:299"}}}
	for qi := range 10 {
		q := RandomUnit(rng, Dim)
		for _, f := range filters {
			want := bruteForce(docs, q, f, k)
			got := nearest(t, s, q, f, k)
			if len(got) != len(want) {
				t.Fatalf("query %d %+v: %d results, want %d", qi, f, len(got), len(want))
			}
			for i := range want {
				if math.Abs(got[i].Score-want[i].Score) > 1e-4 {
					t.Errorf("query %d %+v rank %d: %s %.5f, brute force %s %.5f", qi, f, i, got[i].ID, got[i].Score, want[i].ID, want[i].Score)
				}
			}
		}
	}
}

// bruteForce ranks docs matching f by cosine to q.
func bruteForce(docs []retrieval.Doc, q []float32, f retrieval.Filter, k int) []retrieval.Scored {
	var all []retrieval.Scored
	for _, d := range docs {
		if matches(d.Meta, d.ID, f) {
			all = append(all, retrieval.Scored{ID: d.ID, Score: cosine(q, d.Vector)})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Score > all[j].Score })
	return all[:min(k, len(all))]
}

func cosine(a, b []float32) float64 {
	var ab, aa, bb float64
	for i := range a {
		ab += float64(a[i]) * float64(b[i])
		aa += float64(a[i]) * float64(a[i])
		bb += float64(b[i]) * float64(b[i])
	}
	return ab / math.Sqrt(aa*bb)
}
