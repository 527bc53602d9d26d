// Package batch groups a docket of pending cases (类案批量智审) by their
// elements and facts, picks a model case per group and drafts the rest from it.
package batch

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"leian/corpus/extract"
	"leian/corpus/forms"
	"leian/corpus/parse"
)

// Case is one pending case: a stored document or a file's text.
type Case struct {
	ID   string `json:"id"` // document id, or the file name
	Text string `json:"text,omitempty"`
}

// Limits of one batch.
const (
	MaxCases      = 1000
	maxFactsRunes = 20_000
	// DefaultThreshold is the average similarity two groups need to merge:
	// the best balance of purity and inverse purity on a seeded tuning
	// sample of 500 stored documents disjoint from the sample `leian eval
	// batch` scores (its notes print the sweep), with cases split first by
	// kind and charge.
	DefaultThreshold = 0.15
)

// ErrInput marks a batch that cannot be grouped as given.
var ErrInput = errors.New("invalid batch")

// ItemError names the case at fault, with a Chinese message for the judge.
type ItemError struct {
	Item    string // case id or file name; "" for the whole batch
	Message string
}

func (e *ItemError) Error() string {
	if e.Item == "" {
		return "batch: " + e.Message
	}
	return fmt.Sprintf("batch: %s: %s", e.Item, e.Message)
}

// Unwrap makes every ItemError an ErrInput.
func (e *ItemError) Unwrap() error { return ErrInput }

// pending is a case read for grouping.
type pending struct {
	Case
	caseType string // criminal or civil
	facts    string
	form     *forms.Form // nil when no element form fits
	charges  []string    // charges the indictment states, normalised
	// predicted are the charges predicted from the facts when the
	// indictment names none: they group, but are no indictment's.
	predicted []string
}

// chargeSet is what the case is charged with, as far as grouping knows.
func (p pending) chargeSet() []string {
	if len(p.charges) > 0 {
		return p.charges
	}
	return p.predicted
}

// read checks each case and reads its facts and form.
func read(cs []Case) ([]pending, error) {
	if len(cs) == 0 {
		return nil, &ItemError{Message: "待处理案件为空：请至少提供一件案件"}
	}
	if len(cs) > MaxCases {
		return nil, &ItemError{Message: fmt.Sprintf("一次最多处理%d件案件，本次%d件", MaxCases, len(cs))}
	}
	out := make([]pending, 0, len(cs))
	seen := map[string]bool{}
	for i, c := range cs {
		name := c.ID
		if name == "" {
			name = fmt.Sprintf("第%d件", i+1)
			c.ID = name
		}
		if seen[c.ID] {
			return nil, &ItemError{Item: name, Message: "案件重复出现"}
		}
		seen[c.ID] = true
		p, err := readOne(c)
		if err != nil {
			return nil, &ItemError{Item: name, Message: err.Error()}
		}
		out = append(out, p)
	}
	return out, nil
}

// Check says why a case cannot join a batch (in Chinese), or nil.
func Check(c Case) error {
	_, err := readOne(c)
	return err
}

func readOne(c Case) (pending, error) {
	text := strings.TrimSpace(c.Text)
	if text == "" {
		return pending{}, errors.New("文本为空")
	}
	if !utf8.ValidString(text) {
		return pending{}, errors.New("文本不是有效的 UTF-8")
	}
	if utf8.RuneCountInString(text) > forms.MaxRunes {
		return pending{}, fmt.Errorf("文本超过%d字", forms.MaxRunes)
	}
	if !forms.IsCaseText(text) {
		return pending{}, errors.New("不像起诉状、起诉书或裁判文书（没有当事人或诉讼请求、指控、事实）")
	}
	s := parse.Parse(text)
	p := pending{Case: Case{ID: c.ID, Text: text}, caseType: caseType(text, s)}
	switch p.caseType {
	case "criminal", "civil":
	default:
		return pending{}, fmt.Errorf("不支持的案件类型（%s）：批量智审只处理刑事和民事案件", or(p.caseType, "无法识别"))
	}
	p.facts = factsOf(text, s)
	if t, err := forms.Detect(text); err == nil {
		p.form = t.Fill(text, s)
	}
	// The charge an indictment names is known when the case is filed: the
	// claims' (指控…犯X罪), else one the facts name (a fact excerpt that
	// quotes the indictment).
	p.charges = chargesIn(s.SectionText(parse.Claims))
	if len(p.charges) == 0 && p.caseType == "criminal" {
		p.charges = chargesIn(p.facts)
	}
	return p, nil
}

// chargesIn are the charges s names (犯X罪), normalised, each once.
func chargesIn(s string) []string { return chargesNamed(extract.ChargesIn(s)) }

// chargesNamed normalises charge names, each once.
func chargesNamed(cs []string) []string {
	var out []string
	for _, ch := range cs {
		if n, ok := extract.NormaliseCharge(ch); ok && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// caseType is the parser's case type, or the party words of a complaint
// or a fact excerpt the parser could not place.
func caseType(text string, s *parse.Structure) string {
	if s.CaseType != "" {
		return s.CaseType
	}
	switch {
	case strings.Contains(text, "行政机关") || strings.Contains(text, "行政行为"):
		return "administrative"
	case strings.Contains(text, "被告人") || strings.Contains(text, "公诉机关") || strings.Contains(text, "犯罪嫌疑人"):
		return "criminal"
	case strings.Contains(text, "原告") || strings.Contains(text, "被告"):
		return "civil"
	}
	return ""
}

// factsOf is what a pending case states: the facts section (claims,
// defence, findings) without the verdict, or the whole text of a
// complaint the parser found no sections in.
func factsOf(text string, s *parse.Structure) string {
	f := s.SectionText(parse.Facts)
	if f == "" {
		f = text
	}
	if r := []rune(f); len(r) > maxFactsRunes {
		f = string(r[:maxFactsRunes])
	}
	return f
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
