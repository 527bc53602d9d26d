// Package corpus holds Leian's court documents: the judgment model that every
// other package reads, with the labels each source carried beside what Leian extracted.
package corpus

import (
	"strings"

	"leian/corpus/extract"
	"leian/corpus/parse"
)

// CaseType is the branch of law a document belongs to.
type CaseType string

// Case types.
const (
	Criminal       CaseType = "criminal"
	Civil          CaseType = "civil"
	Administrative CaseType = "administrative"
	UnknownType    CaseType = ""
)

// Document is one judgment (or one fact section of one) as Leian stores it.
// One judgment is one Document even when several sources carry it.
type Document struct {
	ID       string      `json:"id"`                  // stable Leian id, e.g. "lecard:8"
	Sources  []SourceRef `json:"sources"`             // every source that carries it, first one named the ID
	CaseType CaseType    `json:"case_type,omitempty"` // criminal, civil, administrative
	Title    string      `json:"title,omitempty"`
	// Text is the full judgment when a source has it, else the longest text
	// the source gives (CAIL2018 carries only the facts).
	Text string `json:"text"`
	// Sections are the sections as the source itself delimited them
	// ("facts", "reasoning", "verdict", "claims", "defence", "summary").
	Sections map[string]string `json:"sections,omitempty"`
	// Labels are the sources' own annotations, one entry per source; never
	// overwritten by extraction.
	Labels []Labels `json:"labels,omitempty"`
	// Structure and Elements are what Leian parsed and extracted from Text.
	Structure *parse.Structure  `json:"structure,omitempty"`
	Elements  *extract.Elements `json:"elements,omitempty"`
	// ContentHash is the SHA-256 of Text with all white space removed.
	ContentHash string `json:"content_hash"`
	// ExtractVersion is the extract.Version that produced Structure and
	// Elements; 0 for documents stored before versions were recorded.
	ExtractVersion int `json:"extract_version,omitempty"`
}

// SourceRef names where a document came from.
type SourceRef struct {
	Source   string `json:"source"`              // e.g. "lecard", "judge", "cail2018", "scm", "txt", "jsonl"
	SourceID string `json:"source_id,omitempty"` // the source's own id, when it has one
	File     string `json:"file"`
	Line     int    `json:"line,omitempty"` // 1-based line (or array index + 1) in File
}

// Labels are one source's annotations of a document.
type Labels struct {
	Source     string   `json:"source"`
	Charges    []string `json:"charges,omitempty"`  // as the source spells them
	Articles   []int    `json:"articles,omitempty"` // Criminal Law article numbers
	TermMonths *int     `json:"term_months,omitempty"`
	Life       bool     `json:"life,omitempty"`
	Death      bool     `json:"death,omitempty"`
	Fine       *float64 `json:"fine,omitempty"` // yuan
	Criminals  []string `json:"criminals,omitempty"`
	// Other holds source-specific labels (focus codes, summary sentence flags, amounts…).
	Other map[string]any `json:"other,omitempty"`
}

// Decided is the sentence a source recorded for the document (CAIL2018's
// labels carry the term, life and death), as a kind and months: the
// decided outcome when the text itself has no verdict to read it from.
// 拘役 and 有期徒刑 share CAIL's month count, so a term under six months is
// 拘役 (the shortest fixed term is six months). ok is false without one.
func (d *Document) Decided() (kind string, months int, ok bool) {
	for _, l := range d.Labels {
		switch {
		case l.Death:
			return "死刑", 0, true
		case l.Life:
			return "无期徒刑", 0, true
		case l.TermMonths == nil:
			continue
		case *l.TermMonths == 0:
			return "免予刑事处罚或单处罚金", 0, true
		case *l.TermMonths < 6:
			return "拘役", *l.TermMonths, true
		default:
			return "有期徒刑", *l.TermMonths, true
		}
	}
	return "", 0, false
}

// SectionText is a section's text as the source delimited it (Sections[name])
// when it did, else as the parser found it (kind); "" when neither has it.
func (d *Document) SectionText(name string, kind parse.SectionKind) string {
	if t := d.Sections[name]; strings.TrimSpace(t) != "" {
		return t
	}
	if d.Structure != nil {
		return d.Structure.SectionText(kind)
	}
	return ""
}
