package forms

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"leian/corpus/parse"
)

// source is a text being read: its structure and the regions rules search,
// most reliable first.
type source struct {
	text    string
	s       *parse.Structure
	regions []region
}

// region is a byte range of the text and the confidence a value found
// there starts with.
type region struct {
	kind       parse.SectionKind
	start, end int
	confidence float64
}

// Findings state what the court found; claims what a party alleges; the
// rest of the body is a fallback. The parties and the verdict are not
// searched for facts: the parties' birth dates and the verdict's orders
// would be read as the loan's date and amount.
var regionOrder = []struct {
	kind       parse.SectionKind
	confidence float64
}{
	{parse.Findings, 0.9}, {parse.Claims, 0.8}, {parse.Facts, 0.75}, {parse.Reasoning, 0.65},
}

func newSource(text string, s *parse.Structure) *source {
	src := &source{text: text, s: s}
	bodyStart := 0
	for _, r := range regionOrder {
		if sec := s.Section(r.kind); sec != nil {
			a, b := byteOffset(text, sec.Span.Start), byteOffset(text, sec.Span.End)
			src.regions = append(src.regions, region{r.kind, a, b, r.confidence})
		}
	}
	for _, k := range []parse.SectionKind{parse.Parties, parse.History} {
		if sec := s.Section(k); sec != nil {
			bodyStart = max(bodyStart, byteOffset(text, sec.Span.End))
		}
	}
	bodyEnd := len(text)
	if sec := s.Section(parse.Verdict); sec != nil {
		bodyEnd = byteOffset(text, sec.Span.Start)
	}
	if s.Section(parse.Findings) == nil {
		// Run-on texts (no line breaks) hide the findings from the parser.
		if m := findingsCueRe.FindStringIndex(text[bodyStart:bodyEnd]); m != nil {
			a := bodyStart + m[1]
			b := bodyEnd
			if e := strings.Index(text[a:bodyEnd], "本院认为"); e >= 0 {
				b = a + e
			}
			src.regions = append([]region{{parse.Findings, a, b, 0.85}}, src.regions...)
		}
	}
	if bodyEnd > bodyStart {
		src.regions = append(src.regions, region{"body", bodyStart, bodyEnd, 0.55})
	}
	src.regions = append(src.regions, region{"all", 0, len(text), 0.4})
	return src
}

var findingsCueRe = regexp.MustCompile(`(?:经审理查明|审理查明|经审理认定|认定(?:本案)?事实如下|查明(?:的)?事实如下|本案查明的事实如下)[：:，,]?`)

// byteOffset is the byte offset of rune offset r in s.
func byteOffset(s string, r int) int {
	for i := range s {
		if r == 0 {
			return i
		}
		r--
	}
	return len(s)
}

// span turns a byte range into a rune span.
func (src *source) span(a, b int) *parse.Span {
	start := utf8.RuneCountInString(src.text[:a])
	return &parse.Span{Start: start, End: start + utf8.RuneCountInString(src.text[a:b])}
}

var sentenceRe = regexp.MustCompile(`[^。；;！？\n]+[。；;！？]?`)

// sentence is a byte range of the text.
type sentence struct{ start, end int }

// sentences of region r, leading spaces trimmed.
func (src *source) sentences(r region) []sentence {
	var out []sentence
	for _, m := range sentenceRe.FindAllStringIndex(src.text[r.start:r.end], -1) {
		a, b := r.start+m[0], r.start+m[1]
		for a < b {
			c, n := utf8.DecodeRuneInString(src.text[a:])
			if !unicode.IsSpace(c) {
				break
			}
			a += n
		}
		if b > a {
			out = append(out, sentence{a, b})
		}
	}
	return out
}

// clauses splits a sentence at commas.
func (src *source) clauses(s sentence) []sentence {
	var out []sentence
	a := s.start
	for i, c := range src.text[s.start:s.end] {
		if c == '，' || c == ',' {
			out = append(out, sentence{a, s.start + i})
			a = s.start + i + utf8.RuneLen(c)
		}
	}
	return append(out, sentence{a, s.end})
}

func (src *source) str(s sentence) string { return src.text[s.start:s.end] }

// value makes a value quoting the byte range a..b.
func (src *source) value(text string, a, b int, conf float64, rule string) Value {
	q := strings.TrimSpace(src.text[a:b])
	if utf8.RuneCountInString(q) > 200 {
		q = string([]rune(q)[:200]) + "…"
	}
	return Value{Text: text, Span: src.span(a, b), Quote: q, Confidence: conf, Source: rule}
}
