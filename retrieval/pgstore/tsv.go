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
	pos := map[string][]int{}
	var order []string
	for i, t := range tokens {
		if len(t) > maxLexeme {
			continue
		}
		if _, ok := pos[t]; !ok {
			order = append(order, t)
		}
		if p := pos[t]; len(p) < maxPositions {
			pos[t] = append(p, min(i+1, maxPos))
		}
	}
	var b strings.Builder
	for _, t := range order {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		quote(&b, t)
		b.WriteByte(':')
		for j, p := range slices.Compact(pos[t]) {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(p))
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
