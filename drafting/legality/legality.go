// Package legality checks a proposed criminal outcome against the Criminal
// Law itself: statutory tiers, probation, mandatory fines and 数罪并罚.
package legality

import (
	"context"
	"fmt"
	"strings"

	"leian/corpus/extract"
	"leian/corpus/rules"
)

// Severity of an alert.
type Severity string

// Severities, most serious first.
const (
	Error   Severity = "error"   // the outcome breaks the law
	Warning Severity = "warning" // the outcome needs a reason the facts do not show
	Info    Severity = "info"    // context for the reviewer
)

// Alert is one finding about a proposed outcome.
type Alert struct {
	Code      string     `json:"code"` // TERM_OUTSIDE_STATUTE, PROBATION_FORBIDDEN, …
	Severity  Severity   `json:"severity"`
	Defendant string     `json:"defendant,omitempty"`
	Message   string     `json:"message"` // 中文
	Evidence  []Evidence `json:"evidence,omitempty"`
}

// Evidence is what an alert rests on.
type Evidence struct {
	Kind string `json:"kind"` // law, fact, case, guideline
	Ref  string `json:"ref"`  // 刑法第二百六十四条, 事实, a document ID …
	Text string `json:"text"` // the rule text, the fact sentence, the case's sentence
}

// Outcome is a proposed outcome of one criminal case.
type Outcome struct {
	Facts string `json:"facts,omitempty"`
	// Elements of the facts; nil: read from Facts.
	Elements *extract.Elements `json:"-"`
	// Province of the court (湖北), for the amount standards; "" unknown.
	Province string `json:"province,omitempty"`
	// Articles are the case's legal basis when it is written once for
	// every defendant (a judgment's 依照…之规定): checked against all the
	// defendants' charges together.
	Articles   []string    `json:"articles,omitempty"`
	Defendants []Defendant `json:"defendants"`
}

// Defendant is one accused person's proposed outcome.
type Defendant struct {
	Name    string   `json:"name,omitempty"`
	Charges []string `json:"charges"`
	// Articles are the Criminal Law articles relied on ("刑法264",
	// "264", "第一百三十三条之一"); empty: not stated.
	Articles []string `json:"articles,omitempty"`
	// Counts are the penalties per charge when there are several; with
	// one charge the penalty is Penalty.
	Counts []Count `json:"counts,omitempty"`
	// Penalty is the sentence to execute (决定执行 for several charges).
	Penalty *extract.Penalty `json:"penalty"`
	// FineUnknown: the source does not say whether a fine was imposed, so
	// the mandatory-fine check is skipped.
	FineUnknown bool `json:"fine_unknown,omitempty"`
	// Circumstances are sentencing circumstances known besides the facts
	// (累犯, 首要分子, 自首 …).
	Circumstances []string `json:"circumstances,omitempty"`
}

// Count is the penalty for one of several charges.
type Count struct {
	Charge  string          `json:"charge"`
	Penalty extract.Penalty `json:"penalty"`
}

// Report is the outcome of a legality check.
type Report struct {
	Alerts []Alert `json:"alerts"`
	// Ranges are the statutory ranges each charge was checked against.
	Ranges []Range `json:"ranges"`
}

// InputError is an outcome that cannot be checked: the field at fault and
// why, in Chinese.
type InputError struct {
	Field   string
	Message string
}

func (e *InputError) Error() string { return "invalid outcome: " + e.Field + ": " + e.Message }

func inputErr(field, format string, args ...any) error {
	return &InputError{Field: field, Message: fmt.Sprintf(format, args...)}
}

// Checker checks outcomes against the rule library's Criminal Law.
type Checker struct {
	lib *rules.Library
}

// New returns a checker over lib.
func New(lib *rules.Library) *Checker { return &Checker{lib: lib} }

// Check validates o and returns every legality alert about it.
func (c *Checker) Check(ctx context.Context, o Outcome) (*Report, error) {
	if err := c.validate(o); err != nil {
		return nil, err
	}
	el := o.Elements
	if el == nil && strings.TrimSpace(o.Facts) != "" {
		el = extract.Extract(o.Facts, nil)
	}
	f := readFacts(o.Facts, el)
	rep := &Report{Alerts: []Alert{}, Ranges: []Range{}}
	for _, d := range o.Defendants {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c.checkDefendant(rep, d, cited(d, o), f, o.Province)
	}
	if len(o.Articles) > 0 {
		all := Defendant{Articles: o.Articles}
		for _, d := range o.Defendants {
			for _, ch := range d.Charges {
				if !contains(all.Charges, ch) {
					all.Charges = append(all.Charges, ch)
				}
			}
		}
		rep.Alerts = append(rep.Alerts, c.articleAlerts(all, false)...)
	}
	return rep, nil
}

// checkDefendant adds d's alerts to rep; cited are the articles stated for
// d, which resolve the charges CAIL2018 names ambiguously.
func (c *Checker) checkDefendant(rep *Report, d Defendant, cited []rules.ArticleNo, f facts, province string) {
	add := func(a Alert) {
		a.Defendant = d.Name
		rep.Alerts = append(rep.Alerts, a)
	}
	circ := f.circumstances(d.Circumstances)
	ranges := make([]Range, len(d.Charges))
	for i, ch := range d.Charges {
		ranges[i] = c.statutoryRange(ch, cited, f, province)
		rep.Ranges = append(rep.Ranges, ranges[i])
		for _, a := range ranges[i].alerts() {
			add(a)
		}
	}
	for _, a := range c.articleAlerts(d, true) {
		add(a)
	}
	switch {
	case len(d.Charges) == 1 && d.Penalty != nil:
		for _, a := range c.penaltyAlerts(ranges[0], *d.Penalty, circ, d.FineUnknown) {
			add(a)
		}
	case len(d.Charges) > 1:
		for _, ct := range d.Counts {
			for _, r := range ranges {
				if r.Charge != c.canonical(ct.Charge, cited) {
					continue
				}
				// A count's fine is judged with the combined sentence.
				for _, a := range c.penaltyAlerts(r, ct.Penalty, circ, true) {
					add(a)
				}
			}
		}
		if d.Penalty != nil {
			for _, a := range c.combinedAlerts(d, ranges) {
				add(a)
			}
		}
	}
	if d.Penalty != nil {
		for _, a := range c.probationAlerts(*d.Penalty, circ) {
			add(a)
		}
	}
}
