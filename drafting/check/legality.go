package check

import (
	"context"

	"leian/corpus/extract"
	"leian/corpus/parse"
)

// LegalityChecker is the statutory sentencing check of the deviation work
// (drafting/legality): statutory range, probation limits, required fines,
// 数罪并罚. The checker only adapts its alerts; it does not judge legality
// itself, so the rule lives in one place.
type LegalityChecker interface {
	Check(ctx context.Context, in LegalityInput) ([]LegalityAlert, error)
}

// LegalityInput is one judgment's sentences as the verdict states them.
type LegalityInput struct {
	Text       string
	Structure  *parse.Structure
	Elements   *extract.Elements
	Defendants []extract.Defendant
}

// LegalityAlert is one sentence the law does not allow. Start and End are
// rune offsets in LegalityInput.Text (the penalty's span when the checker
// has none of its own).
type LegalityAlert struct {
	Code       string // e.g. "probation_over_3y", "below_statutory_min"
	Defendant  string
	Message    string // Chinese
	Suggestion string // Chinese
	Rule       string // the statute or guideline text relied on
	RuleRef    string // e.g. "刑法第七十二条"
	Start, End int
	Severe     bool // an illegal sentence (Error) rather than a doubtful one (Warning)
}

// legality turns the legality checker's alerts into findings.
type legality struct{ lc LegalityChecker }

func (legality) Name() string { return "sentencing_legality" }

func (r legality) Check(ctx context.Context, d *Document) []Finding {
	if r.lc == nil || len(d.Elements.Defendants) == 0 {
		return nil
	}
	alerts, err := r.lc.Check(ctx, LegalityInput{Text: d.Text, Structure: d.Structure, Elements: d.Elements, Defendants: d.Elements.Defendants})
	if err != nil {
		return nil
	}
	var out []Finding
	for _, a := range alerts {
		start, end := a.Start, a.End
		if end <= start {
			for _, def := range d.Elements.Defendants {
				if def.Name == a.Defendant && def.Penalty != nil {
					start, end = def.Penalty.Span.Start, clauseEnd(d.Text, def.Penalty.Span.End)
				}
			}
		}
		sev := Warning
		if a.Severe {
			sev = Error
		}
		out = append(out, at("sentencing."+a.Code, sev, start, end, a.Message, a.Suggestion,
			Evidence{Kind: "rule", Ref: a.RuleRef, Text: a.Rule}))
	}
	return out
}

// clauseEnd extends a penalty's span over the rest of its clause (，缓刑五年，
// 并处罚金…), which the extracted span may stop short of, up to the
// clause's end or 40 characters.
func clauseEnd(text string, end int) int {
	rs := []rune(text)
	for i := end; i < len(rs) && i < end+40; i++ {
		switch rs[i] {
		case '。', '；', '（', '\n':
			return i
		}
	}
	return min(len(rs), end+40)
}
