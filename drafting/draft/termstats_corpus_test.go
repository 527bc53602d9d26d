//go:build termstats && codefstats

// The time score's studies: a per-item table of gold and drafted terms
// (T3_GOLD, T3_DRAFTS, T3_OUT), and the corpus counts behind the term
// rules, read from `leian sample judge-tune OUT 7425 1` less the tune,
// tune2 and check sets' ids (T3_CORPUS). It uses the codefstats helpers:
// go test -tags termstats,codefstats -run TestTermStats -v.

package draft

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"leian/corpus/extract"
	"leian/evals/judge"
	"leian/internal/jsonl"
)

var termStrRe = regexp.MustCompile(`(管制|拘役|有期徒刑|无期徒刑|死刑|免予刑事处罚)[^，。；：（]{0,9}`)

// TestTermStatsTable writes the per-item time table: gold file T3_GOLD
// (text_id, text, fd), drafts T3_DRAFTS ({id, document}).
func TestTermStatsTable(t *testing.T) {
	drafts := map[string]string{}
	if err := jsonl.Each(os.Getenv("T3_DRAFTS"), func(_ int, line []byte) error {
		var r struct{ ID, Document string }
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		drafts[r.ID] = r.Document
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	out, _ := os.Create(os.Getenv("T3_OUT"))
	defer out.Close()
	err := jsonl.Each(os.Getenv("T3_GOLD"), func(_ int, line []byte) error {
		var r struct {
			ID   string `json:"text_id"`
			Text string `json:"text"`
			FD   string `json:"fd"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		d := drafts[r.ID]
		gs, ds := judge.Segment(r.FD), judge.Segment(d)
		e, g := judge.Months(r.FD, gs), judge.Months(d, ds)
		ge, de := extract.Extract(r.FD, nil), extract.Extract(d, nil)
		var names []string
		for _, x := range ge.Defendants {
			names = append(names, x.Name)
		}
		var dnames []string
		for _, x := range de.Defendants {
			dnames = append(dnames, x.Name)
		}
		props := proposedTerms(r.Text, dnames)
		var ps []string
		for _, p := range props {
			ps = append(ps, fmt.Sprintf("%d-%d%v%v", p.lo, p.hi, p.exact, p.life))
		}
		rec := map[string]any{
			"id": r.ID, "gold": e, "draft": g, "score": judge.Closeness(e, g), "counted": e >= 0 || g >= 0,
			"ndef": len(ge.Defendants), "dndef": len(de.Defendants), "charges": ge.Charges,
			"proposal": strings.Contains(r.Text, "建议"), "props": ps,
			"gterms": termStrRe.FindAllString(gs.Judgment, -1), "dterms": termStrRe.FindAllString(ds.Judgment, -1),
		}
		b, _ := json.Marshal(rec)
		fmt.Fprintln(out, string(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestTermStatsProposals: on corpus judgments (T3_CORPUS), where the court's
// term lies against the proposal, per proposal shape and place.
func TestTermStatsProposals(t *testing.T) {
	type obs struct {
		shape       string
		lead        bool
		lo, hi, got int
	}
	var os_ []obs
	eachCorpusJudgment(t, func(text string, e *extract.Elements) error {
		var names []string
		for _, d := range e.Defendants {
			names = append(names, d.Name)
		}
		ps := proposedTerms(text, names)
		for i, d := range e.Defendants {
			if d.Penalty == nil || d.Penalty.Months <= 0 {
				continue
			}
			p := ps[i]
			shape := ""
			switch {
			case p.life:
				continue
			case p.exact:
				shape = "exact"
			case p.lo > 0 && p.hi > p.lo:
				shape = "range"
			case p.lo > 0 && p.hi == 0:
				shape = "floor"
			case p.hi > 0 && p.lo == 0:
				shape = "ceil"
			default:
				continue
			}
			os_ = append(os_, obs{shape, i == 0, p.lo, p.hi, d.Penalty.Months})
		}
		return nil
	})
	for _, shape := range []string{"exact", "range", "floor", "ceil"} {
		for _, lead := range []bool{true, false} {
			var n, below, inside, above int
			var pos []float64
			for _, o := range os_ {
				if o.shape != shape || o.lead != lead {
					continue
				}
				n++
				lo, hi := o.lo, o.hi
				if shape == "floor" {
					hi = 1 << 30
				}
				switch {
				case o.got < lo:
					below++
				case o.got > hi:
					above++
				default:
					inside++
				}
				ref := lo
				if shape == "ceil" {
					ref = hi
				}
				pos = append(pos, float64(o.got)/float64(ref))
			}
			// closeness of candidate multipliers of ref
			best := ""
			for _, f := range []float64{0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0, 1.1, 1.2} {
				s := 0.0
				for _, o := range os_ {
					if o.shape != shape || o.lead != lead {
						continue
					}
					ref := o.lo
					if shape == "ceil" {
						ref = o.hi
					}
					s += judge.Closeness(o.got, int(float64(ref)*f+0.5))
				}
				best += fmt.Sprintf(" %.2f:%.3f", f, s/float64(max(n, 1)))
			}
			t.Logf("%s lead=%v n=%d below=%d inside=%d above=%d median got/ref=%.3f |%s", shape, lead, n, below, inside, above, median(pos), best)
		}
	}
}

func TestTermStatsMultiCharge(t *testing.T) {
	type k struct{ place, n int }
	c := map[k]int{}
	sameFirst, firstAll := 0, 0
	eachCorpusJudgment(t, func(text string, e *extract.Elements) error {
		if len(e.Defendants) < 2 {
			return nil
		}
		all := map[string]bool{}
		for _, d := range e.Defendants {
			for _, ch := range d.Charges {
				all[ch] = true
			}
		}
		if len(all) < 2 {
			return nil
		}
		if len(e.Defendants[0].Charges) == len(all) {
			firstAll++
		}
		for i, d := range e.Defendants {
			c[k{min(i, 2), min(len(d.Charges), 3)}]++
			if i > 0 && len(d.Charges) == 1 && len(e.Defendants[0].Charges) >= 2 && d.Charges[0] == e.Defendants[0].Charges[0] {
				sameFirst++
			}
		}
		return nil
	})
	t.Logf("%v firstAll=%d laterSingleIsFirstsFirst=%d", c, firstAll, sameFirst)
}

func TestTermStatsMultiChargeUnread(t *testing.T) {
	type k struct {
		place int
		what  string
	}
	c := map[k]int{}
	cases := 0
	eachCorpusJudgment(t, func(text string, e *extract.Elements) error {
		if len(e.Defendants) < 2 {
			return nil
		}
		var all []string
		var names []string
		for _, d := range e.Defendants {
			names = append(names, d.Name)
			for _, ch := range d.Charges {
				if !slices.Contains(all, ch) {
					all = append(all, ch)
				}
			}
		}
		if len(all) < 2 || len(e.Defendants[0].Charges) == 0 {
			return nil
		}
		if len(ownCharges(text, names, all)) > 0 {
			return nil
		}
		cases++
		principal := e.Defendants[0].Charges[0]
		for i, d := range e.Defendants {
			w := ""
			switch {
			case len(d.Charges) == len(all):
				w = "all"
			case len(d.Charges) == 1 && d.Charges[0] == principal:
				w = "one=principal"
			case len(d.Charges) == 1:
				w = "one-other"
			default:
				w = "some"
			}
			c[k{min(i, 2), w}]++
		}
		return nil
	})
	t.Logf("cases=%d %v", cases, c)
}

func TestTermStatsTermFreq(t *testing.T) {
	c := map[int]int{}
	eachCorpusJudgment(t, func(_ string, e *extract.Elements) error {
		for _, d := range e.Defendants {
			if d.Penalty != nil && d.Penalty.Kind == "有期徒刑" {
				c[d.Penalty.Months]++
			}
		}
		return nil
	})
	s := ""
	for m := 1; m <= 180; m++ {
		if c[m] > 0 {
			s += fmt.Sprintf(" %d:%d", m, c[m])
		}
	}
	t.Log(s)
}

// eachCorpusJudgment calls fn with the facts and the court's extracted
// elements of every judgment in T3_CORPUS, failing the test on a bad line.
func eachCorpusJudgment(t *testing.T, fn func(text string, e *extract.Elements) error) {
	t.Helper()
	err := jsonl.Each(os.Getenv("T3_CORPUS"), func(i int, line []byte) error {
		var r struct {
			Text string `json:"text"`
			FD   string `json:"fd"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return fmt.Errorf("T3_CORPUS line %d: %w", i+1, err)
		}
		return fn(r.Text, extract.Extract(r.FD, nil))
	})
	if err != nil {
		t.Fatal(err)
	}
}
