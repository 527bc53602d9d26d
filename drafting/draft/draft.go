// Package draft writes first-instance judgment drafts: a criminal judgment
// or a private-lending civil judgment, offline from templates, the rule
// library and similar decided cases, or through an optional LLM.
package draft

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"leian/corpus"
	"leian/retrieval"
)

// Kinds of draft.
const (
	KindCriminal = "criminal" // 刑事判决书（一审）
	KindLoan     = "loan"     // 民间借贷纠纷民事判决书（一审）
)

// Request is what a drafter is given.
type Request struct {
	// Facts are the facts of the case (公诉机关指控 / 经审理查明, or the
	// civil claims and findings). Required.
	Facts string `json:"facts"`
	// Charges the judge already has in mind (with 罪); empty: predicted.
	Charges []string `json:"charges,omitempty"`
	// Kind is KindCriminal or KindLoan; "" decides from the facts.
	Kind string `json:"kind,omitempty"`
	// Header is the case information when known.
	Header Header `json:"header"`
	// Exclude are documents retrieval must not return: the case's own
	// document and every document of the same case (see Family).
	Exclude []string `json:"-"`
	// ModelID or ModelText name a decided model case (类案批量智审) the
	// draft follows: its charges, articles, reasoning's wording and
	// penalty, adjusted for this case's elements. The service loads a
	// stored ModelID into Model.
	ModelID   string           `json:"model_id,omitempty"`
	ModelText string           `json:"-"`
	Model     *corpus.Document `json:"-"`
}

// Header is the case information a judgment's head carries.
type Header struct {
	Court      string `json:"court,omitempty"`
	CaseNumber string `json:"case_number,omitempty"`
	Prosecutor string `json:"prosecutor,omitempty"`
	Date       string `json:"date,omitempty"` // YYYY-MM-DD
}

// Sentence is one sentence of a draft and where it came from.
type Sentence struct {
	Text string `json:"text"`
	// Source: "facts", "template", "rule:<law article>", "case:<doc id>"
	// (adapted from that decided case), "sentencing", "llm".
	Source string `json:"source"`
	Note   string `json:"note,omitempty"` // e.g. what was substituted
}

// Section is one part of the judgment.
type Section struct {
	Key       string     `json:"key"`   // header, claims, findings, evidence, reasoning, verdict, notice, signature
	Title     string     `json:"title"` // Chinese heading for the UI
	Sentences []Sentence `json:"sentences"`
}

// Text joins the section's sentences.
func (s Section) Text() string {
	var b strings.Builder
	for _, x := range s.Sentences {
		b.WriteString(x.Text)
	}
	return b.String()
}

// Article is one cited provision with its text from the rule library.
type Article struct {
	Law      string `json:"law"`   // 中华人民共和国刑法
	Label    string `json:"label"` // 第六十七条第三款
	Number   int    `json:"number"`
	Text     string `json:"text,omitempty"`
	Resolved bool   `json:"resolved"`
	Why      string `json:"why,omitempty"` // 罪名条文, 自首, 类案通常援引 …
}

// Cite is the article as a judgment writes it: 《中华人民共和国刑法》第六十七条第三款.
func (a Article) Cite() string { return "《" + a.Law + "》" + a.Label }

// Penalty is one defendant's sentence in the draft.
type Penalty struct {
	Defendant       string  `json:"defendant"`
	Charge          string  `json:"charge"`
	Kind            string  `json:"kind"` // 有期徒刑, 拘役, 管制, 单处罚金, 免予刑事处罚, 无期徒刑
	Months          int     `json:"months,omitempty"`
	ProbationMonths int     `json:"probation_months,omitempty"`
	FineYuan        float64 `json:"fine_yuan,omitempty"`
	// DeprivedForLife: 剥夺政治权利终身, with death or life imprisonment.
	DeprivedForLife bool `json:"deprived_for_life,omitempty"`
	// DeprivedYears: 剥夺政治权利 for so many years beside a long fixed
	// term (arts. 55, 56; deprivation.go).
	DeprivedYears int    `json:"deprived_years,omitempty"`
	Source        string `json:"source"` // how it was reached
	// Counts are the sentences for each charge when there are several
	// (数罪并罚); the fields above are then the sentence to be executed.
	Counts []Count `json:"counts,omitempty"`
	// companyFine is the fine drafted for this manager that the law puts
	// on the accused company instead (withUnfinedManagers, unitFine).
	companyFine float64
}

// Count is the sentence for one of several charges.
type Count struct {
	Charge   string  `json:"charge"`
	Kind     string  `json:"kind"`
	Months   int     `json:"months,omitempty"`
	FineYuan float64 `json:"fine_yuan,omitempty"`
}

// Draft is a judgment draft with everything it was built from.
type Draft struct {
	Kind      string    `json:"kind"`
	Title     string    `json:"title"`
	Drafter   string    `json:"drafter"` // offline, llm
	Sections  []Section `json:"sections"`
	Charges   []string  `json:"charges,omitempty"`
	Articles  []Article `json:"articles,omitempty"`
	Penalties []Penalty `json:"penalties,omitempty"`
	// Similar are the decided cases the draft drew on.
	Similar []retrieval.Result `json:"similar,omitempty"`
	// Notes tell the user what to check: predicted charges, assumed
	// dates, fallbacks.
	Notes []string `json:"notes,omitempty"`
	// Model is the model case the draft followed, and FromModel what it
	// carried over from that case and what it changed and why.
	Model     string  `json:"model,omitempty"`
	FromModel []Carry `json:"from_model,omitempty"`
}

// Text is the whole judgment as plain text, one section a paragraph.
func (d *Draft) Text() string {
	var parts []string
	for _, s := range d.Sections {
		if t := s.Text(); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n")
}

// Plain is the judgment on one line, paragraphs separated by a space, as
// the LeCaRD and JuDGE plain-text judgments are written.
func (d *Draft) Plain() string {
	var parts []string
	for _, s := range d.Sections {
		for _, l := range strings.Split(s.Text(), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				parts = append(parts, l)
			}
		}
	}
	return strings.Join(parts, " ")
}

// Section returns the section with key k, or nil.
func (d *Draft) Section(k string) *Section {
	for i := range d.Sections {
		if d.Sections[i].Key == k {
			return &d.Sections[i]
		}
	}
	return nil
}

// Drafter writes a draft judgment.
type Drafter interface {
	Draft(ctx context.Context, r Request) (*Draft, error)
}

// Searcher finds similar decided cases (retrieval/engine.Engine).
type Searcher interface {
	Search(ctx context.Context, q retrieval.Query) ([]retrieval.Result, error)
}

// Documents reads stored judgments (corpus/docstore.Store).
type Documents interface {
	Get(ctx context.Context, id string) (*corpus.Document, error)
}

// ErrInput marks a request the drafter cannot serve as given.
var ErrInput = errors.New("invalid draft request")

// InputError names the request field at fault, in Chinese for the user.
type InputError struct {
	Field   string
	Message string
	// Similar are similar cases offered when no template fits.
	Similar []retrieval.Result
}

func (e *InputError) Error() string { return fmt.Sprintf("draft: %s: %s", e.Field, e.Message) }

// Unwrap makes every InputError an ErrInput.
func (e *InputError) Unwrap() error { return ErrInput }
