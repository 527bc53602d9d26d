package deviation

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"leian/corpus/extract"
	"leian/drafting/legality"
)

// MaxFactsRunes bounds the facts of a proposal.
const MaxFactsRunes = 100_000

// Proposal is one defendant's proposed outcome as a reviewer types it:
// the form of the web page, the API body and the CLI flags.
type Proposal struct {
	Facts           string   `json:"facts"`
	Court           string   `json:"court,omitempty"`    // the court's name, for the province's amount standards
	Province        string   `json:"province,omitempty"` // or the province itself (湖北)
	Charges         []string `json:"charges"`
	Articles        []string `json:"articles,omitempty"`
	Kind            string   `json:"kind,omitempty"` // default 有期徒刑
	TermMonths      int      `json:"term_months,omitempty"`
	Probation       bool     `json:"probation,omitempty"`
	ProbationMonths int      `json:"probation_months,omitempty"`
	FineYuan        float64  `json:"fine_yuan,omitempty"`
	Circumstances   []string `json:"circumstances,omitempty"`
}

// FromProposal validates p and builds the check's input. Errors are
// InputErrors naming p's JSON fields.
func (c *Checker) FromProposal(ctx context.Context, p Proposal) (Input, error) {
	facts := strings.TrimSpace(p.Facts)
	switch n := utf8.RuneCountInString(facts); {
	case n == 0:
		return Input{}, &InputError{Field: "facts", Message: "请填写案件事实：偏离度检查要据此查找类案"}
	case n > MaxFactsRunes:
		return Input{}, &InputError{Field: "facts", Message: fmt.Sprintf("案件事实共 %d 字，超过上限 %d 字", n, MaxFactsRunes)}
	}
	kind := p.Kind
	if kind == "" {
		kind = "有期徒刑"
	}
	if (p.Probation || p.ProbationMonths > 0) && p.TermMonths <= 0 {
		return Input{}, &InputError{Field: "probation", Message: "宣告缓刑须先填写拘役或有期徒刑的刑期"}
	}
	province := p.Province
	if province == "" {
		province = c.Legal.Province(p.Court)
	}
	d := legality.Defendant{Charges: p.Charges, Articles: p.Articles, Circumstances: p.Circumstances,
		Penalty: &extract.Penalty{Kind: kind, Months: p.TermMonths, Probation: p.Probation || p.ProbationMonths > 0,
			ProbationMonths: p.ProbationMonths, FineYuan: p.FineYuan}}
	o := legality.Outcome{Facts: facts, Province: province, Defendants: []legality.Defendant{d}}
	// Validate now, so the caller hears of a bad field before the push.
	if _, err := c.Legal.Check(ctx, o); err != nil {
		return Input{}, proposalField(err)
	}
	return Input{Outcome: o}, nil
}

// proposalField renames an Outcome's field to the Proposal's.
func proposalField(err error) error {
	var ie *InputError
	if !errors.As(err, &ie) {
		return err
	}
	f := ie.Field
	switch {
	case strings.Contains(f, ".charges"):
		f = "charges"
	case strings.Contains(f, ".articles"):
		f = "articles"
	case strings.HasSuffix(f, ".penalty.months"):
		f = "term_months"
	case strings.HasSuffix(f, ".penalty.kind"):
		f = "kind"
	case strings.HasSuffix(f, ".probation_months"):
		f = "probation_months"
	case strings.HasSuffix(f, ".probation"):
		f = "probation"
	case strings.HasSuffix(f, ".fine_yuan"):
		f = "fine_yuan"
	case strings.HasSuffix(f, ".penalty"):
		f = "term_months"
	}
	return &InputError{Field: f, Message: ie.Message}
}
