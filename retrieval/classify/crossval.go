package classify

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// Folds assigns each case one of k folds, keeping together cases whose
// facts open alike (co-defendants of one judgment, one judgment in two
// sources) and the documents of one case (Labelled.Case).
func Folds(cases []Labelled, k int, seed uint64) []int {
	// parent joins cases through the keys they share: a case's facts key
	// and its case name.
	parent := make([]int, len(cases))
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	first := map[string]int{}
	join := func(i int, key string) {
		if j, ok := first[key]; ok {
			parent[find(i)] = find(j)
		} else {
			first[key] = i
		}
	}
	for i, c := range cases {
		parent[i] = i
		join(i, "facts:"+factsKey(c.Facts))
		if c.Case != "" {
			join(i, "case:"+c.Case)
		}
	}
	groups := map[int]int{}
	for i := range cases {
		if _, ok := groups[find(i)]; !ok {
			groups[find(i)] = len(groups)
		}
	}
	perm := rand.New(rand.NewPCG(seed, 0xf01d)).Perm(len(groups))
	out := make([]int, len(cases))
	for i := range cases {
		out[i] = perm[groups[find(i)]] % k
	}
	return out
}

// factsKey is the first 60 letters and digits of facts.
func factsKey(facts string) string {
	var b strings.Builder
	n := 0
	for _, r := range facts {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			if n++; n == 60 {
				break
			}
		}
	}
	return b.String()
}

// SetScore compares a predicted charge set with the decided one.
type SetScore struct {
	Top1  bool    // the first predicted charge was decided
	Share bool    // some predicted charge was decided
	Exact bool    // the sets are equal
	F1    float64 // set F1
}

// SetScores scores pred (best first) against gold.
func SetScores(pred, gold []string) SetScore {
	g := map[string]bool{}
	for _, x := range gold {
		g[x] = true
	}
	p := map[string]bool{}
	hit := 0
	for _, x := range pred {
		if !p[x] {
			p[x] = true
			if g[x] {
				hit++
			}
		}
	}
	s := SetScore{Share: hit > 0, Exact: hit == len(p) && hit == len(g)}
	if len(pred) > 0 {
		s.Top1 = g[pred[0]]
	}
	if hit > 0 {
		pr, rc := float64(hit)/float64(len(p)), float64(hit)/float64(len(g))
		s.F1 = 2 * pr * rc / (pr + rc)
	}
	return s
}
