// Package check reads a judgment or draft and lists what is wrong with it:
// citations, consistency, sentencing legality, wording and format findings.
package check

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"leian/corpus/extract"
	"leian/corpus/parse"
)

// Severity says how much a finding matters.
type Severity string

// Severities, most serious first.
const (
	Error   Severity = "error"   // a legal or factual error: must be fixed before signing
	Warning Severity = "warning" // probably wrong: a reviewer should look
	Info    Severity = "info"    // style and format
)

func (s Severity) rank() int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	}
	return 2
}

// Finding is one problem located in the text.
type Finding struct {
	Code     string   `json:"code"`     // e.g. "citation.no_such_article"
	Rule     string   `json:"rule"`     // the rule that found it, e.g. "citations"
	Severity Severity `json:"severity"` // error, warning, info
	// Start and End are byte offsets, RuneStart and RuneEnd rune offsets
	// of the span in the checked text (half-open).
	Start     int    `json:"start"`
	End       int    `json:"end"`
	RuneStart int    `json:"rune_start"`
	RuneEnd   int    `json:"rune_end"`
	Quote     string `json:"quote"`      // the span as written
	Message   string `json:"message"`    // in Chinese: what is wrong
	Suggest   string `json:"suggestion"` // in Chinese: how to fix it
	// Replacement is the exact text to put in place of the span when the
	// fix is mechanical (a typo); nil when a person must decide.
	Replacement *string `json:"replacement,omitempty"`
	// Score is the confidence of a statistical finding (the typo rule's
	// log-likelihood gain); 0 for rule-based findings.
	Score    float64    `json:"score,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Evidence backs a finding: a rule text or the passage it conflicts with.
type Evidence struct {
	Kind string `json:"kind"` // "rule", "passage", "statistic"
	Ref  string `json:"ref,omitempty"`
	Text string `json:"text"`
	// RuneStart and RuneEnd locate a conflicting passage in the checked text.
	RuneStart int `json:"rune_start,omitempty"`
	RuneEnd   int `json:"rune_end,omitempty"`
}

// Document is a judgment being checked, parsed once for every rule.
type Document struct {
	Text      string
	Structure *parse.Structure
	Elements  *extract.Elements
	Date      string // judgment date YYYY-MM-DD, "" when unsigned (a draft)
	runes     []rune
}

// NewDocument parses text for checking.
func NewDocument(text string) *Document {
	s := parse.Parse(text)
	return &Document{Text: text, Structure: s, Elements: extract.Extract(text, s), Date: s.Date, runes: []rune(text)}
}

// Runes is the text as runes; offsets in findings index it.
func (d *Document) Runes() []rune { return d.runes }

// Slice returns runes [a, b) as a string, clamped to the text.
func (d *Document) Slice(a, b int) string {
	a, b = max(0, min(a, len(d.runes))), max(0, min(b, len(d.runes)))
	if a >= b {
		return ""
	}
	return string(d.runes[a:b])
}

// Section returns the first section of kind k.
func (d *Document) Section(k parse.SectionKind) *parse.Section { return d.Structure.Section(k) }

// Rule is one check. Rules must be safe for concurrent use and must not
// panic on any text; a rule that cannot judge returns no findings.
type Rule interface {
	Name() string
	Check(ctx context.Context, d *Document) []Finding
}

// Limits bound what the checker accepts.
const (
	MaxBytes = 5 << 20 // larger texts are refused with ErrTooLarge
)

// Input errors.
var (
	ErrEmpty    = errors.New("文本为空")
	ErrTooLarge = errors.New("文本超过大小上限")
	ErrEncoding = errors.New("文本不是有效的 UTF-8")
)

// Checker runs its rules over a text.
type Checker struct {
	rules       []Rule
	unavailable []string
}

// New returns a checker running rules in order.
func New(rules ...Rule) *Checker { return &Checker{rules: rules} }

// Rules names the checker's rules.
func (c *Checker) Rules() []string {
	out := make([]string, len(c.rules))
	for i, r := range c.rules {
		out[i] = r.Name()
	}
	return out
}

// Report is the outcome of one check.
type Report struct {
	Findings []Finding `json:"findings"`
	// Judgment says whether the text reads as a judgment (it has a verdict
	// or reasoning); the structural rules are silent on other text.
	Judgment bool           `json:"judgment"`
	Counts   map[string]int `json:"counts"` // by severity
	Runes    int            `json:"runes"`
	Date     string         `json:"date,omitempty"`
	// Unavailable names, in Chinese, the checks that could not run.
	Unavailable []string `json:"unavailable,omitempty"`
}

// Check runs every rule over text and returns the findings ordered by place.
func (c *Checker) Check(ctx context.Context, text string) (*Report, error) {
	switch {
	case len(text) > MaxBytes:
		return nil, fmt.Errorf("%d 字节，上限 %d: %w", len(text), MaxBytes, ErrTooLarge)
	case !utf8.ValidString(text):
		return nil, ErrEncoding
	case strings.TrimSpace(text) == "":
		return nil, ErrEmpty
	}
	d := NewDocument(text)
	rep := &Report{Findings: []Finding{}, Counts: map[string]int{}, Runes: len(d.runes), Date: d.Date, Unavailable: c.unavailable,
		Judgment: d.Section(parse.Verdict) != nil || d.Section(parse.Reasoning) != nil}
	for _, r := range c.rules {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, f := range r.Check(ctx, d) {
			f.Rule = r.Name()
			d.locate(&f)
			rep.Findings = append(rep.Findings, f)
		}
	}
	slices.SortStableFunc(rep.Findings, func(a, b Finding) int {
		if a.RuneStart != b.RuneStart {
			return a.RuneStart - b.RuneStart
		}
		return a.Severity.rank() - b.Severity.rank()
	})
	rep.Findings = dedupe(rep.Findings)
	for _, f := range rep.Findings {
		rep.Counts[string(f.Severity)]++
	}
	return rep, nil
}

// locate fills the byte offsets and the quote from the rune span.
func (d *Document) locate(f *Finding) {
	f.RuneStart = max(0, min(f.RuneStart, len(d.runes)))
	f.RuneEnd = max(f.RuneStart, min(f.RuneEnd, len(d.runes)))
	f.Start = len(string(d.runes[:f.RuneStart]))
	f.End = f.Start + len(string(d.runes[f.RuneStart:f.RuneEnd]))
	f.Quote = string(d.runes[f.RuneStart:f.RuneEnd])
}

// dedupe drops a finding with the same code and span as an earlier one.
func dedupe(fs []Finding) []Finding {
	seen := map[string]bool{}
	out := fs[:0]
	for _, f := range fs {
		k := fmt.Sprintf("%s|%d|%d", f.Code, f.RuneStart, f.RuneEnd)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// at makes a finding on runes [a, b).
func at(code string, sev Severity, a, b int, msg, suggest string, ev ...Evidence) Finding {
	return Finding{Code: code, Severity: sev, RuneStart: a, RuneEnd: b, Message: msg, Suggest: suggest, Evidence: ev}
}

// passage is evidence pointing at runes [a, b) of d.
func passage(d *Document, a, b int) Evidence {
	return Evidence{Kind: "passage", Text: d.Slice(a, b), RuneStart: a, RuneEnd: b}
}
