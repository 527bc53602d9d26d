package draft

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"leian/corpus/extract"
	"leian/internal/jsonl"
)

// LeCaRDCandidatesFile holds the decided judgments the probation model
// learns from (full texts with their verdicts; cail2018's records carry no
// probation), relative to the data bundle.
const LeCaRDCandidatesFile = "lecard/candidates.jsonl.gz"

// ReadProbationCases reads the first defendant's sentence of every
// first-instance criminal judgment in a LeCaRD candidates file: the facts
// (ajjbqk) and what the verdict decided.
func ReadProbationCases(path string) ([]ProbationCase, error) {
	var out []ProbationCase
	err := jsonl.Each(path, func(_ int, line []byte) error {
		var r struct {
			Facts   string `json:"ajjbqk"`
			Verdict string `json:"pjjg"`
			Full    string `json:"qw"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		head := r.Full[:min(len(r.Full), 600)]
		if !strings.Contains(head, "刑初") || utf8.RuneCountInString(r.Facts) < 80 || r.Verdict == "" {
			return nil
		}
		if c, ok := probationCase(r.Facts, verdictText(r.Full, r.Verdict)); ok {
			out = append(out, c)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("probation cases: %w", err)
	}
	return out, nil
}

// verdictText is a judgment cut to what names the defendants and what
// sentences them: its head up to the prosecution's charge, then the
// verdict. Reading the whole judgment takes several times as long.
func verdictText(full, verdict string) string {
	head := full
	if i := strings.Index(full, "指控"); i > 0 {
		head = full[:i]
	}
	return head + "。\n本院认为，判决如下：\n" + verdict
}

// probationCase reads the first defendant's charge and sentence from a
// judgment cut by verdictText; false when it states no term.
func probationCase(facts, text string) (ProbationCase, bool) {
	e := extract.Extract(text, nil)
	if len(e.Defendants) == 0 || e.Defendants[0].Penalty == nil || len(e.Charges) == 0 {
		return ProbationCase{}, false
	}
	p := e.Defendants[0].Penalty
	c := ProbationCase{Facts: facts, Charge: e.Charges[0], Kind: p.Kind, Months: p.Months}
	if len(e.Defendants[0].Charges) > 0 {
		c.Charge = e.Defendants[0].Charges[0]
	}
	if p.Probation && p.Kind != "死刑" {
		c.Suspended, c.PeriodMonths = true, p.ProbationMonths
	}
	return c, true
}

// ProbationWithout trains the probation model on the LeCaRD candidate
// judgments without any whose facts overlap one of heldOut (the texts an
// evaluation drafts: JuDGE's items are such judgments). It returns how
// many were held out.
func ProbationWithout(ctx context.Context, dataDir string, heldOut []string) (*ProbationModel, int, error) {
	cases, err := ReadProbationCases(filepath.Join(dataDir, LeCaRDCandidatesFile))
	if err != nil {
		return nil, 0, err
	}
	same := SameCase(heldOut)
	var kept []ProbationCase
	dropped := 0
	for _, c := range cases {
		if same(c.Facts) {
			dropped++
			continue
		}
		kept = append(kept, c)
	}
	m, err := TrainProbation(ctx, kept)
	if err != nil {
		return nil, dropped, err
	}
	return m, dropped, nil
}

// LazyProbation is the probation rule of a server, whose model trains in
// the background so that the server answers at once; until it is ready,
// or if training failed, Decide says so and the similar cases' majority
// decides.
type LazyProbation struct {
	ready chan struct{}
	rule  ProbationRule
	err   error
}

// TrainProbationLater starts training the default probation rule on the
// LeCaRD candidate judgments under dataDir; done is called once with the
// training's error.
func TrainProbationLater(ctx context.Context, dataDir string, done func(error)) *LazyProbation {
	l := &LazyProbation{ready: make(chan struct{})}
	go func() {
		defer close(l.ready)
		m, _, err := ProbationWithout(ctx, dataDir, nil)
		l.rule, l.err = DefaultProbationRule(m), err
		done(err)
	}()
	return l
}

// Decide is the trained rule's decision, or an error while none is ready.
func (l *LazyProbation) Decide(c ProbationCase, precedents []PrecedentSentence) (int, string, error) {
	select {
	case <-l.ready:
	default:
		return 0, "", fmt.Errorf("probation model still training: %w", errNoProbationModel)
	}
	if l.err != nil {
		return 0, "", fmt.Errorf("probation model: %w", l.err)
	}
	return l.rule.Decide(c, precedents)
}
