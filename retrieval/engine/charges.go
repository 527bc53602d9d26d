package engine

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"leian/corpus/extract"
	"leian/retrieval/classify"
	"leian/retrieval/elements"
	"leian/retrieval/rank"
)

// withCharges gives c the predicted charges, each both as the predictor
// spells it (CAIL's names, which the CAIL documents carry) and under its
// official name (which charges extracted from verdicts carry), so that a
// prediction meets both kinds of document.
func withCharges(c elements.Case, predicted []string) elements.Case {
	var cs []string
	add := func(s string) {
		n := elements.NormaliseCharge(s)
		for _, have := range cs {
			if have == n {
				return
			}
		}
		cs = append(cs, n)
	}
	for _, p := range predicted {
		add(p)
		if o, ok := extract.NormaliseCharge(p); ok {
			add(o)
		}
	}
	c.Charges = cs
	if len(cs) > 0 {
		c.Primary = cs[0]
	}
	return c
}

// ChargeRanker is a ChargePredictor that also scores every charge it
// knows (classify.ChargeModel.Rank): the scores say how sure the
// prediction is, which the charge_p signal weighs.
type ChargeRanker interface {
	Rank(facts string) []classify.Prediction
}

// AlternativeRanker is a ChargeRanker that also names the charges it
// ranks close behind its prediction (classify.ChargeModel.Alternatives).
type AlternativeRanker interface {
	ChargeRanker
	Alternatives(ranked []classify.Prediction) []classify.Prediction
}

// PickingRanker is a ChargeRanker that predicts from a ranking it gave
// (classify.ChargeModel.Picked): a push then ranks the charges once, not
// once to predict and again for the odds.
type PickingRanker interface {
	ChargeRanker
	Picked(ranked []classify.Prediction) []classify.Prediction
}

var _ interface {
	PickingRanker
	AlternativeRanker
} = (*classify.ChargeModel)(nil)

// predicted are the charges p predicts for facts, their odds by p's
// scores (1 for each predicted charge when p gives no scores) and the
// alternatives p ranks next to them, each under its spellings.
func predicted(ctx context.Context, p ChargePredictor, facts string) ([]string, map[string]float64, [][]string, error) {
	var ranked []classify.Prediction
	ranker := p
	switch r := p.(type) {
	case ChargeRanker:
		ranked = r.Rank(facts)
	case *Pending:
		var err error
		if ranked, err = r.rank(ctx, facts); err != nil {
			return nil, nil, nil, err
		}
		ranker = r.p
	}
	var names []string
	if pr, ok := ranker.(PickingRanker); ok && ranked != nil {
		for _, c := range pr.Picked(ranked) {
			names = append(names, c.Charge)
		}
	} else {
		var err error
		if names, err = p.PredictCharges(ctx, facts); err != nil {
			return nil, nil, nil, err
		}
	}
	if ranked == nil {
		return names, statedOdds(withCharges(elements.Case{}, names).Charges), nil, nil
	}
	ps := make([]rank.Prediction, len(ranked))
	for i, r := range ranked {
		ps[i] = rank.Prediction{Charge: r.Charge, Score: r.Score}
	}
	var alts [][]string
	if a, ok := ranker.(AlternativeRanker); ok {
		for _, alt := range a.Alternatives(ranked) {
			alts = append(alts, spellings(alt.Charge))
		}
	}
	return names, rank.ChargeOdds(ps, spellings), alts, nil
}

// spellings are the names a predicted charge is stored under: as the
// predictor spells it and its official name (withCharges).
func spellings(charge string) []string {
	return withCharges(elements.Case{}, []string{charge}).Charges
}

// statedOdds gives every charge the judge named, or the facts state, odds 1.
func statedOdds(charges []string) map[string]float64 {
	out := make(map[string]float64, len(charges))
	for _, c := range charges {
		out[c] = 1
	}
	return out
}

// ChargeData are the decided cases the charge predictor learns from:
// cail2018 and the LeCaRD candidate judgments (classify's training data),
// read once so that an eval can train one predictor per fold.
type ChargeData struct {
	cail, lecard []classify.Labelled
}

// LoadChargeData reads the bundle's charge training data.
func LoadChargeData(dataDir string) (*ChargeData, error) {
	cail, err := classify.ReadCAIL2018(filepath.Join(dataDir, classify.CAIL2018File))
	if err != nil {
		return nil, fmt.Errorf("charge predictor: %w", err)
	}
	lecard, err := classify.ReadLeCaRD(filepath.Join(dataDir, classify.CandidatesFile), classify.OfficialNames(cail))
	if err != nil {
		return nil, fmt.Errorf("charge predictor: %w", err)
	}
	return &ChargeData{cail: cail, lecard: lecard}, nil
}

// Train builds the predictor. heldOut, when not nil, names cail2018 lines
// (1-based) to leave out, so an eval item is never predicted by a model
// that read it.
func (d *ChargeData) Train(ctx context.Context, heldOut func(line int) bool) (*classify.ChargeModel, error) {
	m, _, err := d.TrainWithout(ctx, func(c classify.Labelled) bool {
		return heldOut != nil && strings.HasPrefix(c.ID, "cail2018#") && heldOut(cailLine(c.ID))
	})
	return m, err
}

// TrainWithout builds the predictor from every decided case skip does not
// name, and says how many it left out: an eval that drafts LeCaRD
// candidate judgments (JuDGE) leaves out their own decided cases.
func (d *ChargeData) TrainWithout(ctx context.Context, skip func(classify.Labelled) bool) (*classify.ChargeModel, int, error) {
	var train []classify.Labelled
	dropped := 0
	for _, part := range [][]classify.Labelled{d.lecard, d.cail} {
		for _, c := range part {
			if skip(c) {
				dropped++
				continue
			}
			train = append(train, c)
		}
	}
	m, err := classify.TrainCharges(ctx, train)
	return m, dropped, err
}

// cailLine is the line of a classify.ReadCAIL2018 case id ("cail2018#12").
func cailLine(id string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(id, "cail2018#"))
	if err != nil {
		return 0
	}
	return n
}

// Pending is a charge predictor still being trained: training takes a
// minute or two, so a server starts it beside opening the index, and a
// push that needs a prediction before it is ready waits for it.
type Pending struct {
	done chan struct{}
	p    ChargePredictor
	err  error
}

// TrainInBackground starts train on its own goroutine.
func TrainInBackground(train func() (ChargePredictor, error)) *Pending {
	p := &Pending{done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.p, p.err = train()
	}()
	return p
}

// rank waits for training, then scores every charge when the trained
// predictor can; nil when it cannot.
func (p *Pending) rank(ctx context.Context, facts string) ([]classify.Prediction, error) {
	if err := p.wait(ctx); err != nil {
		return nil, err
	}
	if r, ok := p.p.(ChargeRanker); ok {
		return r.Rank(facts), nil
	}
	return nil, nil
}

// PredictCharges waits for training, then predicts.
func (p *Pending) PredictCharges(ctx context.Context, facts string) ([]string, error) {
	if err := p.wait(ctx); err != nil {
		return nil, err
	}
	return p.p.PredictCharges(ctx, facts)
}

// wait blocks until training has finished or ctx is done.
func (p *Pending) wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-p.done:
	}
	if p.err != nil {
		return fmt.Errorf("charge predictor: %w", p.err)
	}
	return nil
}
