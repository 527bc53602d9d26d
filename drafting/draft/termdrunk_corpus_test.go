//go:build termstats

package draft

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"leian/corpus/extract"
	"leian/evals/judge"
	"leian/internal/jsonl"
)

// drunkCase is one decided single-defendant drunk-driving case: the
// blood alcohol its facts state, the facts, and the term the scorer reads.
type drunkCase struct {
	bac    float64
	facts  string
	months int
}

// readDrunkCases reads the judgments of TERM_ALL (`leian sample judge-tune
// OUT 7425 1`) after its first 400 (the tune set; the sampler already
// leaves dev out) convicting one defendant of 危险驾驶罪 alone, and, when
// TERM_CAIL names cail2018/cases.jsonl, its records of that charge alone.
func readDrunkCases(t *testing.T) []drunkCase {
	var out []drunkCase
	path := os.Getenv("TERM_ALL")
	err := jsonl.Each(path, func(i int, line []byte) error {
		if i < 400 {
			return nil
		}
		var r struct {
			Text string `json:"text"`
			FD   string `json:"fd"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		s := judge.Segment(r.FD)
		cs := judge.Charges(r.FD, s)
		if len(cs) != 1 || !cs[drunkCharge] || len(extract.Extract(r.FD, nil).Defendants) > 1 {
			return nil
		}
		m := judge.Months(r.FD, s)
		if m <= 0 {
			return nil
		}
		b, _ := bloodAlcohol(r.Text)
		out = append(out, drunkCase{bac: b, facts: r.Text, months: m})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("TERM_CAIL") == "" {
		return out
	}
	err = jsonl.Each(os.Getenv("TERM_CAIL"), func(_ int, line []byte) error {
		var r struct {
			Fact string `json:"fact"`
			Meta struct {
				Accusation []string `json:"accusation"`
				Criminals  []string `json:"criminals"`
				Term       struct {
					Imprisonment int `json:"imprisonment"`
				} `json:"term_of_imprisonment"`
			} `json:"meta"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		if len(r.Meta.Accusation) != 1 || r.Meta.Accusation[0] != "危险驾驶" || len(r.Meta.Criminals) > 1 || r.Meta.Term.Imprisonment <= 0 {
			return nil
		}
		b, _ := bloodAlcohol(r.Fact)
		out = append(out, drunkCase{bac: b, facts: r.Fact, months: r.Meta.Term.Imprisonment})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestDrunkTariffFit fits drunkTerm's constants: the base, step and
// aggravation that maximise the scorer's mean closeness over the corpus's
// drunk-driving cases with a reading of at least 80 mg/100ml and a term of
// at most six months, on all of them and on each half, and the best single
// term for comparison.
func TestDrunkTariffFit(t *testing.T) {
	cs := readDrunkCases(t)
	for _, fold := range []int{-1, 0, 1} {
		bestS, bestStep, bestAdd, bestOff, n := -1.0, 0.0, 0.0, 0.0, 0
		for step := 30.0; step <= 160; step += 10 {
			for off := 0.5; off <= 2.0; off += 0.25 {
				for add := 0.0; add <= 2; add += 0.5 {
					s := 0.0
					n = 0
					for i, c := range cs {
						if c.months > drunkCeiling || c.bac < 80 || (fold >= 0 && i%2 != fold) {
							continue
						}
						x := off + (c.bac-80)/step
						if drunkAggravations.MatchString(c.facts) {
							x += add
						}
						s += closenessOf(c.months, min(max(1, int(math.Round(x))), drunkCeiling))
						n++
					}
					if s > bestS {
						bestS, bestStep, bestAdd, bestOff = s, step, add, off
					}
				}
			}
		}
		t.Logf("fold %d: base %.2f step %.0f aggravation %.1f, mean closeness %.4f over %d", fold, bestOff, bestStep, bestAdd, bestS/float64(n), n)
	}
	for m := 1; m <= 4; m++ {
		s, n := 0.0, 0
		for _, c := range cs {
			if c.months <= drunkCeiling && c.bac >= 80 {
				s += closenessOf(c.months, m)
				n++
			}
		}
		t.Logf("always %d months: mean closeness %.4f", m, s/float64(n))
	}
}

// closenessOf is JuDGE's term closeness for two positive terms.
func closenessOf(e, g int) float64 {
	return 1 - math.Abs(float64(e-g))/float64(max(e, g))
}
