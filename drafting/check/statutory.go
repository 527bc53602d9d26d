package check

import (
	"context"
	"errors"
	"strings"

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
	// Each defendant alone, so that one charge the library cannot name
	// does not silence the others; the legal basis is this package's
	// charge↔article rule's to check.
	var alerts []statute.Alert
	for _, d := range o.Defendants {
		one := o
		one.Articles, one.Defendants = nil, []statute.Defendant{d}
		rep, err := s.Legal.Check(ctx, one)
		var ie *statute.InputError
		if errors.As(err, &ie) && strings.HasSuffix(ie.Field, ".probation_months") && d.Penalty != nil {
			// A probation period no law allows (缓刑十五年) is itself an
			// error; the rest of the sentence is checked without it.
			alerts = append(alerts, statute.Alert{Code: "PROBATION_PERIOD_INVALID", Severity: statute.Error, Defendant: d.Name,
				Message: ie.Message, Evidence: s.Legal.LawEvidence(73)})
			p := *d.Penalty
			p.ProbationMonths = 0
			one.Defendants[0].Penalty = &p
			rep, err = s.Legal.Check(ctx, one)
		}
		if errors.As(err, &ie) {
			continue
		}
		if err != nil {
			return nil, err
		}
		alerts = append(alerts, rep.Alerts...)
	}
	var out []LegalityAlert
	for _, a := range alerts {
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
