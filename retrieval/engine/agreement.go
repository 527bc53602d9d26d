package engine

import (
	"context"
	"fmt"

	"leian/internal/cail"
	"leian/retrieval"
	"leian/retrieval/rank"
)

// AgreementCase is a decided case whose push tuning grades by agreement,
// as `leian eval agreement` scores other cases: do the similar cases share
// its charges, and its amount's order of magnitude?
type AgreementCase struct {
	ID          string   // e.g. "cail2018 line 6"
	Facts       string   // pushed facts only, as a judge pastes them
	Accusations []string // its gold charges, as the source spells them
	Own         []string // the stored records of the same text, left out of its push
}

// Agreement is the second part of the whole-store facts-only row's tuning
// objective.
// Tuned on LeCaRD's graded pools alone, the weights dropped the amount
// signal once the full-text search improved (1.5 → 0.05), and pushes for
// CAIL2018 facts then showed cases of another order of amount first
// (amount_top1 0.52 → 0.22): LeCaRD grades pools LeCaRD chose as
// look-alikes, where the amount rarely decides.
type Agreement struct {
	Cases []AgreementCase
	// Charges predicts the cases' charges. It must not have read them, so
	// that tuning sees predictions as good as a push's, not better.
	Charges ChargePredictor
}

// AgreementK is how many results an agreement push shows, and the depth
// its grades are scored at.
const AgreementK = 10

// agreementObjective is the tuning objective part of the agreement cases.
const agreementObjective = "agreement"

// agreementSamples pushes each case of a through e with a's predictor and
// grades every candidate (agreementGrade).
func agreementSamples(ctx context.Context, e *Engine, a *Agreement) ([]rank.Sample, error) {
	pe := e.WithCharges(a.Charges)
	charges := map[string]map[string]bool{} // candidate → its charges for comparison
	out := make([]rank.Sample, 0, len(a.Cases))
	for _, c := range a.Cases {
		cands, err := pe.Features(ctx, retrieval.Query{Facts: c.Facts, K: AgreementK, ExcludeIDs: c.Own})
		if err != nil {
			return nil, fmt.Errorf("agreement case %s: %w", c.ID, err)
		}
		ids := make([]string, len(cands))
		for i, cd := range cands {
			ids[i] = cd.ID
			if _, ok := charges[cd.ID]; !ok {
				card, err := e.sums.Card(ctx, cd.ID)
				if err != nil {
					return nil, fmt.Errorf("agreement case %s: candidate %s: %w", c.ID, cd.ID, err)
				}
				charges[cd.ID] = cail.ChargeSet(card.Charges)
			}
		}
		qa, amounts, err := e.Amounts(ctx, c.Facts, ids)
		if err != nil {
			return nil, fmt.Errorf("agreement case %s: %w", c.ID, err)
		}
		gold := cail.ChargeSet(c.Accusations)
		grades := map[string]float64{}
		for i, id := range ids {
			if g := agreementGrade(gold, charges[id], qa, amounts[i]); g > 0 {
				grades[id] = g
			}
		}
		if len(grades) == 0 {
			continue // no candidate to prefer: the case cannot tell weightings apart
		}
		out = append(out, rank.Sample{QueryID: c.ID, Cands: cands, Grades: grades, Cutoff: AgreementK, Objective: agreementObjective})
	}
	return out, nil
}

// agreementGrade grades a candidate of charges got and amount b for a
// case of gold charges and amount a (0: none), after what the agreement
// eval counts: 1 for sharing a charge, 2 for exactly the case's charges,
// and 1 more when both amounts are of one order of magnitude.
func agreementGrade(gold, got map[string]bool, a, b float64) float64 {
	var g float64
	if cail.Overlaps(gold, got) {
		g = 1
		if cail.SameSet(gold, got) {
			g = 2
		}
	}
	if a > 0 && b > 0 && cail.AmountLevel(a) == cail.AmountLevel(b) {
		g++
	}
	return g
}
