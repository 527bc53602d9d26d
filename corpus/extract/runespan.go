package extract

import (
	"unicode/utf8"

	"leian/corpus/parse"
)

// runeSpans converts byte ranges of s, taken in increasing order as a
// regexp's FindAll gives them, to rune spans in the judgment, where s
// starts at rune offset base. It counts each rune once: spanOf counted
// from the start of s for every match, which on a fraud's facts with
// hundreds of amounts was a fifth of ingest's CPU.
type runeSpans struct {
	s     string
	base  int
	at    int // byte offset counted to
	runes int // runes of s before at
}

func newRuneSpans(s string, base int) *runeSpans { return &runeSpans{s: s, base: base} }

// span is spanOf(s, base, b0, b1). A range before the last one is counted
// from the start again, so the order is a matter of speed, not of result.
func (r *runeSpans) span(b0, b1 int) parse.Span {
	if b0 < r.at {
		r.at, r.runes = 0, 0
	}
	r.runes += utf8.RuneCountInString(r.s[r.at:b0])
	r.at = b0
	start := r.base + r.runes
	return parse.Span{Start: start, End: start + utf8.RuneCountInString(r.s[b0:b1])}
}
