// Package parse recovers the structure of a Chinese judgment from its full
// text: court, document type, case number, parties and sections with offsets.
package parse

import "sort"

// Span is a half-open range of rune offsets into the judgment text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// SectionKind names a part of a judgment.
type SectionKind string

// Section kinds. Facts, reasoning and verdict follow LeCaRD's delimitation
// (ajjbqk, cpfxgc, pjjg): facts run from the end of the procedural history to
// 本院认为, reasoning runs through 判决如下：, and the verdict runs to the
// signatures, appeal notice included. Claims, defence, findings and evidence
// lie inside facts; legal basis lies inside reasoning.
const (
	Header     SectionKind = "header"
	Parties    SectionKind = "parties"
	History    SectionKind = "history"
	Facts      SectionKind = "facts"
	Claims     SectionKind = "claims"  // 公诉机关指控, 原告诉称, 上诉理由
	Defence    SectionKind = "defence" // 辩称, 辩护意见
	Findings   SectionKind = "findings"
	Evidence   SectionKind = "evidence"
	Reasoning  SectionKind = "reasoning"
	LegalBasis SectionKind = "legal_basis"
	Verdict    SectionKind = "verdict"
	Tail       SectionKind = "tail"
	Appendix   SectionKind = "appendix" // 附相关法律规定
)

// Structure is a parsed judgment.
type Structure struct {
	Court      string      `json:"court,omitempty"`
	DocType    string      `json:"doc_type,omitempty"`  // 判决书, 裁定书, 调解书, 决定书
	CaseType   string      `json:"case_type,omitempty"` // criminal, civil, administrative
	CaseNumber *CaseNumber `json:"case_number,omitempty"`
	Procedure  string      `json:"procedure,omitempty"` // 一审, 二审, 再审, 复核, 减刑假释
	Parties    []Party     `json:"parties,omitempty"`
	Judges     []Judge     `json:"judges,omitempty"` // bench and clerk as signed in the tail
	Date       string      `json:"date,omitempty"`   // judgment date, YYYY-MM-DD
	Sections   []Section   `json:"sections,omitempty"`
}

// Section is one part of a judgment with its place in the text.
type Section struct {
	Kind SectionKind `json:"kind"`
	Span Span        `json:"span"`
	Text string      `json:"text"`
}

// Section returns the first section of kind k, or nil.
func (s *Structure) Section(k SectionKind) *Section {
	for i := range s.Sections {
		if s.Sections[i].Kind == k {
			return &s.Sections[i]
		}
	}
	return nil
}

// SectionText returns the text of the first section of kind k, or "".
func (s *Structure) SectionText(k SectionKind) string {
	if sec := s.Section(k); sec != nil {
		return sec.Text
	}
	return ""
}

// Parse parses the full text of a judgment. It never fails: what it cannot
// recognise is left empty.
func Parse(text string) *Structure {
	d := newDoc(text)
	s := &Structure{}
	hdrEnd := d.header(s)
	b := d.bounds(hdrEnd)
	if b.parties.ok() {
		s.Parties = d.parties(b.parties)
	}
	if b.tail.ok() {
		d.tail(s, b.tail)
	}
	s.Sections = d.sections(b, hdrEnd)
	if s.CaseType == "" {
		s.CaseType = caseTypeFromParties(s.Parties)
	}
	return s
}

// sections turns byte ranges into rune-offset sections ordered by start,
// an enclosing section before the ones inside it.
func (d *doc) sections(b bounds, hdrEnd int) []Section {
	var out []Section
	add := func(k SectionKind, r rng) {
		r = d.trim(r)
		if !r.ok() {
			return
		}
		out = append(out, Section{Kind: k, Span: Span{d.runeAt(r.s), d.runeAt(r.e)}, Text: d.text[r.s:r.e]})
	}
	add(Header, rng{0, hdrEnd})
	add(Parties, b.parties)
	add(History, b.history)
	add(Facts, b.facts)
	for _, p := range d.factParts(b.facts) {
		add(p.kind, p.r)
	}
	add(Reasoning, b.reasoning)
	add(LegalBasis, b.legalBasis)
	add(Verdict, b.verdict)
	add(Tail, b.tail)
	add(Appendix, b.appendix)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span.Start != out[j].Span.Start {
			return out[i].Span.Start < out[j].Span.Start
		}
		return out[i].Span.End > out[j].Span.End
	})
	return out
}
