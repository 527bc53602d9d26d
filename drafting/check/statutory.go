package check

import (
	"context"

	"leian/corpus/parse"
	statute "leian/drafting/legality"
)

// Statutory is the LegalityChecker of drafting/legality: the verdict's
// outcome is checked against the Criminal Law's ranges, the probation
// limits, the mandatory fines and 第六十九条, and each error or warning
// becomes a finding. Charge↔article agreement is left to this package's
// own rule, so it is not reported twice.
type Statutory struct{ Legal *statute.Checker }

// ownRule are legality codes a checker rule already reports.
var ownRule = map[string]bool{"CHARGE_ARTICLE_MISSING": true, "ARTICLE_CHARGE_MISMATCH": true}

// doubtful are legality errors that a judgment's own wording can hide from
// extraction (a fine stated in a later sentence of the verdict), so in a
// finished text they are warnings to look at, not errors.
var doubtful = map[string]bool{"FINE_MISSING": true}

// Check implements LegalityChecker.
func (s Statutory) Check(ctx context.Context, in LegalityInput) ([]LegalityAlert, error) {
	o := s.Legal.OutcomeOf(in.Structure, in.Elements, in.Structure.SectionText(parse.Facts))
	if len(o.Defendants) == 0 {
		return nil, nil
	}
	rep, err := s.Legal.Check(ctx, o)
	if err != nil {
		return nil, err
	}
	var out []LegalityAlert
	for _, a := range rep.Alerts {
		if a.Severity == statute.Info || ownRule[a.Code] {
			continue
		}
		la := LegalityAlert{Code: a.Code, Defendant: a.Defendant, Message: a.Message, Severe: a.Severity == statute.Error && !doubtful[a.Code]}
		for _, e := range a.Evidence {
			if e.Kind == "law" {
				la.RuleRef, la.Rule = e.Ref, e.Text
				break
			}
		}
		la.Suggestion = "核对该刑罚的法定刑幅度与适用条件，并在本院认为部分说明理由"
		out = append(out, la)
	}
	return out, nil
}
