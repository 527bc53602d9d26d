package rank

import (
	"sort"
	"unicode"

	"leian/retrieval"
)

// Highlight options: shared passages shorter than minSpan runes are chance
// (dates, 被告人), and a judge reads at most a few.
const (
	minSpan       = 8
	maxHighlights = 3
	gram          = 4
	// MaxPassageRunes bounds the query text searched for shared passages:
	// each result costs a pass over its text times the query's repeats of
	// each seed, which for a 100,000-character push took seconds. Passages
	// are looked for in the query's first MaxPassageRunes characters.
	MaxPassageRunes = 5000
)

// Passages finds the passages a query shares with documents. It indexes
// the query's seed n-grams once, so each document costs one pass over its
// text: a push highlights ten results against the same query.
type Passages struct {
	q  []rune
	at map[[gram]rune][]int // seed n-gram → its starts in q
	// pairs has the bit pairBit(a, b) set for the first two runes a, b
	// of every seed: most of a document's positions fail this test, and
	// are skipped without hashing their n-gram into at.
	pairs []uint64
}

// pairBits is the size of Passages.pairs in bits: a query holds at most
// MaxPassageRunes seeds, so at most one bit in thirteen is set.
const pairBits = 1 << 16

func pairBit(a, b rune) uint32 { return (uint32(a)*31 + uint32(b)) % pairBits }

// NewPassages indexes query for Highlights.
func NewPassages(query string) *Passages {
	q := []rune(query)
	p := &Passages{q: q[:min(len(q), MaxPassageRunes)], at: map[[gram]rune][]int{}, pairs: make([]uint64, pairBits/64)}
	for i := 0; i+gram <= len(p.q); i++ {
		if content(p.q[i : i+gram]) {
			k := [gram]rune(p.q[i : i+gram])
			p.at[k] = append(p.at[k], i)
			b := pairBit(k[0], k[1])
			p.pairs[b/64] |= 1 << (b % 64)
		}
	}
	return p
}

// Highlights returns the longest passages shared by query and doc (up to
// maxHighlights, non-overlapping in either text), as rune offsets into each.
func Highlights(field retrieval.Field, query, doc string) []retrieval.Highlight {
	return NewPassages(query).Highlights(field, doc)
}

// Highlights returns the longest passages the query shares with doc (up to
// maxHighlights, non-overlapping in either text), as rune offsets into each.
// For each query position it keeps the longest maximal match, the earliest
// in doc on a tie.
func (p *Passages) Highlights(field retrieval.Field, doc string) []retrieval.Highlight {
	q, d := p.q, []rune(doc)
	if len(q) < minSpan || len(d) < minSpan {
		return nil
	}
	type span struct{ qs, ds, n int }
	best := make([]span, len(q))
	for j := 0; j+gram <= len(d); j++ {
		if b := pairBit(d[j], d[j+1]); p.pairs[b/64]&(1<<(b%64)) == 0 {
			continue // no seed starts with these two runes
		}
		for _, i := range p.at[[gram]rune(d[j:j+gram])] {
			if i > 0 && j > 0 && q[i-1] == d[j-1] {
				continue // not maximal: the span starting one earlier covers it
			}
			n := gram
			for i+n < len(q) && j+n < len(d) && q[i+n] == d[j+n] {
				n++
			}
			if n > best[i].n {
				best[i] = span{i, j, n}
			}
		}
	}
	var spans []span
	for _, s := range best {
		if s.n >= minSpan {
			spans = append(spans, s)
		}
	}
	sort.Slice(spans, func(a, b int) bool {
		if spans[a].n != spans[b].n {
			return spans[a].n > spans[b].n
		}
		return spans[a].qs < spans[b].qs
	})
	var out []retrieval.Highlight
	for _, s := range spans {
		if len(out) == maxHighlights {
			break
		}
		if overlaps(out, s.qs, s.qs+s.n, s.ds, s.ds+s.n) {
			continue
		}
		out = append(out, retrieval.Highlight{Field: field, QueryStart: s.qs, QueryEnd: s.qs + s.n,
			DocStart: s.ds, DocEnd: s.ds + s.n, DocText: string(d[s.ds : s.ds+s.n])})
	}
	return out
}

func overlaps(hs []retrieval.Highlight, qs, qe, ds, de int) bool {
	for _, h := range hs {
		if qs < h.QueryEnd && h.QueryStart < qe || ds < h.DocEnd && h.DocStart < de {
			return true
		}
	}
	return false
}

// content reports whether a seed n-gram is worth extending: all letters or
// digits, so punctuation runs never seed a passage.
func content(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
