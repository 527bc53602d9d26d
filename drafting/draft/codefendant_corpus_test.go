//go:build codefstats

package draft

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"testing"

	"leian/corpus/extract"
	"leian/evals/judge"
	"leian/internal/jsonl"
)

// coJudgment is one multi-defendant first-instance judgment of the corpus:
// each defendant's term as the verdict states it, their parts as the facts
// give them, and JuDGE's time value of the court's own document.
type coJudgment struct {
	terms []int
	roles []coRole
	gold  int
	fold  int
}

// readCoJudgments reads `leian sample judge-tune OUT 7425 1` less its first
// 200 (the tune set); JudgeTuneSet already leaves the dev split out.
func readCoJudgments(t *testing.T, path string) []coJudgment {
	var out []coJudgment
	err := jsonl.Each(path, func(i int, line []byte) error {
		if i < 200 {
			return nil
		}
		var r struct {
			Text string `json:"text"`
			FD   string `json:"fd"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		e := extract.Extract(r.FD, nil)
		if len(e.Defendants) < 2 {
			return nil
		}
		var names []string
		var terms []int
		for _, d := range e.Defendants {
			if d.Penalty == nil || d.Penalty.Months <= 0 || !slices.Contains(termKinds, d.Penalty.Kind) {
				return nil
			}
			names = append(names, d.Name)
			terms = append(terms, d.Penalty.Months)
		}
		roles := coRoles(r.Text, names)
		c := coJudgment{terms: terms, gold: judge.Months(r.FD, judge.Segment(r.FD)), fold: i % 2}
		for _, n := range names {
			c.roles = append(c.roles, roles[n])
		}
		out = append(out, c)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func closeness(e, g int) float64 {
	switch {
	case e == g && e == 0:
		return 1
	case (e < 0) != (g < 0):
		return 0
	}
	return 1 - math.Abs(float64(e-g))/math.Max(float64(e), float64(g))
}

func distinctSum(terms []int) int {
	seen, s := map[int]bool{}, 0
	for _, m := range terms {
		if !seen[m] {
			seen[m] = true
			s += m
		}
	}
	return s
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	sort.Float64s(s)
	return s[(len(s)-1)/2]
}

var withRecid = os.Getenv("CODEF_RECID") != ""

type gkey struct {
	place             int
	role, first       string
	recid, firstRecid bool
}

func keysOf(c coJudgment, i int) []gkey {
	p := min(i, 5)
	ks := []gkey{{place: p, role: c.roles[i].role, first: c.roles[0].role}, {place: p}}
	if withRecid {
		ks = append([]gkey{{p, c.roles[i].role, c.roles[0].role, c.roles[i].recidivist, c.roles[0].recidivist}}, ks...)
	}
	return ks
}

// table fits, on the training judgments, one value per group of at least
// 20 later defendants, by f over the group's observations.
func table(train []coJudgment, obs func(c coJudgment, i int) (float64, bool), f func([]float64) float64) func(c coJudgment, i int) float64 {
	fits := fitGroups(train, obs, f)
	return func(c coJudgment, i int) float64 {
		for _, k := range keysOf(c, i) {
			if g, ok := fits[k]; ok {
				return g.v
			}
		}
		return math.NaN()
	}
}

func tiedEarlier(c coJudgment, i int) bool { return slices.Contains(c.terms[:i], c.terms[i]) }

func TestCoDefendantCorpus(t *testing.T) {
	path := os.Getenv("CODEF_ALL")
	cs := readCoJudgments(t, path)
	agree := 0
	byN := map[int][]float64{}
	for _, c := range cs {
		if distinctSum(c.terms) == c.gold {
			agree++
		}
		n := min(len(c.terms), 6)
		byN[n] = append(byN[n], float64(c.gold)/float64(c.terms[0]))
	}
	t.Logf("%d judgments, distinct sum of extracted terms = scorer's gold in %d", len(cs), agree)
	for n := 2; n <= 6; n++ {
		t.Logf("n=%d: %d judgments, gold/first median %.3f mean %.3f", n, len(byN[n]), median(byN[n]), mean(byN[n]))
	}
	// Per place: share tied with an earlier defendant, with the previous one.
	for p := 1; p <= 5; p++ {
		var k, tieAny, tiePrev, tieFirst int
		var r, rNo, rPrev []float64
		for _, c := range cs {
			for i := 1; i < len(c.terms); i++ {
				if min(i, 5) != p {
					continue
				}
				k++
				if tiedEarlier(c, i) {
					tieAny++
				} else {
					rNo = append(rNo, float64(c.terms[i])/float64(c.terms[0]))
				}
				if c.terms[i] == c.terms[i-1] {
					tiePrev++
				} else {
					rPrev = append(rPrev, float64(c.terms[i])/float64(c.terms[i-1]))
				}
				if c.terms[i] == c.terms[0] {
					tieFirst++
				}
				r = append(r, float64(c.terms[i])/float64(c.terms[0]))
			}
		}
		t.Logf("place %d: %d; tied earlier %.2f prev %.2f first %.2f; ratio median %.3f, untied %.3f, to prev untied %.3f", p, k,
			float64(tieAny)/float64(k), float64(tiePrev)/float64(k), float64(tieFirst)/float64(k), median(r), median(rNo), median(rPrev))
	}

	ratioObs := func(c coJudgment, i int) (float64, bool) { return float64(c.terms[i]) / float64(c.terms[0]), true }
	untied := func(c coJudgment, i int) (float64, bool) {
		return float64(c.terms[i]) / float64(c.terms[0]), !tiedEarlier(c, i)
	}
	tieObs := func(c coJudgment, i int) (float64, bool) {
		if c.terms[i] == c.terms[i-1] {
			return 1, true
		}
		return 0, true
	}
	contrib := func(c coJudgment, i int) (float64, bool) {
		if tiedEarlier(c, i) {
			return 0, true
		}
		return float64(c.terms[i]) / float64(c.terms[0]), true
	}
	untiedPrev := func(c coJudgment, i int) (float64, bool) {
		return float64(c.terms[i]) / float64(c.terms[i-1]), c.terms[i] != c.terms[i-1]
	}
	type variant struct {
		name    string
		predict func(train []coJudgment) func(c coJudgment) []int
	}
	round := func(x float64) int { return max(1, int(math.Round(x))) }
	// chain drafts a judgment's terms from the court's first: term gives
	// defendant i's from the terms before it.
	chain := func(c coJudgment, term func(out []int, i int) int) []int {
		out := []int{c.terms[0]}
		for i := 1; i < len(c.terms); i++ {
			out = append(out, term(out, i))
		}
		return out
	}
	// tieOr repeats the previous term where most courts do, else applies
	// ratio to the first term, or to the previous one with fromPrev.
	tieOr := func(ft, fr func(coJudgment, int) float64, fromPrev bool) func(c coJudgment) []int {
		return func(c coJudgment) []int {
			return chain(c, func(out []int, i int) int {
				if ft != nil && ft(c, i) >= 0.5 {
					return out[i-1]
				}
				if fromPrev {
					return round(float64(out[i-1]) * fr(c, i))
				}
				return round(float64(c.terms[0]) * fr(c, i))
			})
		}
	}
	variants := []variant{
		{"committed laterFits (in-sample)", func([]coJudgment) func(c coJudgment) []int {
			return func(c coJudgment) []int {
				return chain(c, func(out []int, i int) int {
					f, _ := laterFitOf(i, c.roles[i], c.roles[0])
					if f.tie >= laterTie {
						return out[i-1]
					}
					return round(float64(c.terms[0]) * f.ratio)
				})
			}
		}},
		{"ratio median, 2-fold", func(tr []coJudgment) func(c coJudgment) []int {
			return tieOr(nil, table(tr, ratioObs, median), false)
		}},
		{"contribution median (0 when tied), 2-fold", func(tr []coJudgment) func(c coJudgment) []int {
			f := table(tr, contrib, median)
			return func(c coJudgment) []int {
				return chain(c, func(out []int, i int) int {
					if r := f(c, i); r != 0 {
						return round(float64(c.terms[0]) * r)
					}
					return out[i-1]
				})
			}
		}},
		{"tie with previous when most do, else untied median ratio to first, 2-fold", func(tr []coJudgment) func(c coJudgment) []int {
			return tieOr(table(tr, tieObs, mean), table(tr, untied, median), false)
		}},
		{"untied median ratio to first, never tie, 2-fold", func(tr []coJudgment) func(c coJudgment) []int {
			return tieOr(nil, table(tr, untied, median), false)
		}},
		{"tie with previous when most do, else all-ratio median to first, 2-fold", func(tr []coJudgment) func(c coJudgment) []int {
			return tieOr(table(tr, tieObs, mean), table(tr, ratioObs, median), false)
		}},
		{"tie with previous when most do, else untied median ratio to previous, 2-fold", func(tr []coJudgment) func(c coJudgment) []int {
			return tieOr(table(tr, tieObs, mean), table(tr, untiedPrev, median), true)
		}},
	}
	for _, v := range variants {
		var sum float64
		for fold := 0; fold < 2; fold++ {
			var train []coJudgment
			for _, c := range cs {
				if c.fold != fold {
					train = append(train, c)
				}
			}
			p := v.predict(train)
			for _, c := range cs {
				if c.fold == fold {
					sum += closeness(c.gold, distinctSum(p(c)))
				}
			}
		}
		t.Logf("%-80s time %.4f", v.name, sum/float64(len(cs)))
	}
	// Per-count multiplier of the first term (the colleague's), 2-fold, value
	// maximising the mean closeness on the training fold.
	var sum float64
	for fold := 0; fold < 2; fold++ {
		for n := 2; n <= 6; n++ {
			best, bestM := -1.0, 1.0
			for m := 1.0; m <= 4; m += 0.01 {
				s := 0.0
				for _, c := range cs {
					if c.fold != fold && min(len(c.terms), 6) == n {
						s += closeness(c.gold, round(float64(c.terms[0])*m))
					}
				}
				if s > best {
					best, bestM = s, m
				}
			}
			for _, c := range cs {
				if c.fold == fold && min(len(c.terms), 6) == n {
					sum += closeness(c.gold, round(float64(c.terms[0])*bestM))
				}
			}
			t.Logf("fold %d n=%d multiplier %.2f", fold, n, bestM)
		}
	}
	t.Logf("%-80s time %.4f", "per-count multiplier, 2-fold", sum/float64(len(cs)))
	// The tables fitted on all the judgments, for codefendant.go.
	ft, fr := fitGroups(cs, tieObs, mean), fitGroups(cs, untied, median)
	for _, k := range sortedKeys(ft) {
		fmt.Printf("%+v: tie %.3f (%d) untied ratio %.3f (%d)\n", k, ft[k].v, ft[k].n, fr[k].v, fr[k].n)
	}
}

type fit struct {
	v float64
	n int
}

// fitGroups is f over each group of at least 20 observations, with its size.
func fitGroups(train []coJudgment, obs func(c coJudgment, i int) (float64, bool), f func([]float64) float64) map[gkey]fit {
	groups := map[gkey][]float64{}
	for _, c := range train {
		for i := 1; i < len(c.terms); i++ {
			if v, ok := obs(c, i); ok {
				for _, k := range keysOf(c, i) {
					groups[k] = append(groups[k], v)
				}
			}
		}
	}
	out := map[gkey]fit{}
	for k, g := range groups {
		if len(g) >= 20 {
			out[k] = fit{f(g), len(g)}
		}
	}
	return out
}

func sortedKeys(m map[gkey]fit) []gkey {
	var ks []gkey
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(a, b int) bool { return fmt.Sprint(ks[a]) < fmt.Sprint(ks[b]) })
	return ks
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}
