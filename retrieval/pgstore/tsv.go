package pgstore

import (
	"slices"
	"strconv"
	"strings"
)

// Postgres tsvector limits: positions above maxPos are stored as maxPos,
// and a lexeme keeps at most maxPositions of them.
const (
	maxPos       = 16383
	maxPositions = 256
	maxLexeme    = 2046 // bytes
)

// tsvectorText writes tokens as tsvector input: each distinct lexeme quoted
// once with its 1-based positions, so that ts_rank_cd sees frequencies and
// proximity. Go builds the lexemes (analysis.SearchTokens) because the
// 'simple' parser would split 第264条 and 走私、贩卖… in its own way.
// The result is passed as a query parameter and cast to tsvector.
func tsvectorText(tokens []string) string {
	return lexemePositions(tokens).text()
}

// positions are the lexemes of a text in first-seen order with their
// positions, as Postgres stores them in a tsvector.
type positions struct {
	order []string
	pos   map[string][]int
}

func lexemePositions(tokens []string) positions {
	p := positions{pos: map[string][]int{}}
	for i, t := range tokens {
		if len(t) > maxLexeme {
			continue
		}
		ps, ok := p.pos[t]
		if !ok {
			p.order = append(p.order, t)
		}
		if len(ps) < maxPositions {
			p.pos[t] = append(ps, min(i+1, maxPos))
		}
	}
	for t, ps := range p.pos {
		p.pos[t] = slices.Compact(ps)
	}
	return p
}

func (p positions) text() string {
	var b strings.Builder
	for _, t := range p.order {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		quote(&b, t)
		b.WriteByte(':')
		for j, pos := range p.pos[t] {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(pos))
		}
	}
	return b.String()
}

// tsqueryText writes tokens as a tsquery matching any of them.
func tsqueryText(tokens []string) string {
	seen := map[string]bool{}
	var b strings.Builder
	for _, t := range tokens {
		if seen[t] || len(t) > maxLexeme {
			continue
		}
		seen[t] = true
		if b.Len() > 0 {
			b.WriteString(" | ")
		}
		quote(&b, t)
	}
	return b.String()
}

// quote writes t as a quoted tsvector/tsquery lexeme: quotes doubled and
// backslashes escaped.
func quote(b *strings.Builder, t string) {
	b.WriteByte('\'')
	for _, r := range t {
		switch r {
		case '\'':
			b.WriteString("''")
		case '\\':
			b.WriteString(`\\`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
}
