package classify

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// Folds assigns each case one of k folds, keeping cases whose facts open
// alike together.
func Folds(cases []Labelled, k int, seed uint64) []int {
	groups := map[string]int{}
	var keys []string
	for _, c := range cases {
		key := factsKey(c.Facts)
		if _, ok := groups[key]; !ok {
			groups[key] = len(keys)
			keys = append(keys, key)
		}
	}
	perm := rand.New(rand.NewPCG(seed, 0xf01d)).Perm(len(keys))
	out := make([]int, len(cases))
	for i, c := range cases {
		out[i] = perm[groups[factsKey(c.Facts)]] % k
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
