// Package benchmark measures a similar-case push end to end: latency
// percentiles, index size and memory, on the embedded store and on Postgres.
package benchmark

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"leian/internal/lecard"
	"leian/retrieval"
	"leian/retrieval/engine"
)

// QueryRunes is the length a benchmark query is cut to: about what a judge
// pastes as the facts of the case in hand.
const QueryRunes = 500

// The filtered pushes also restrict the years, as the UI's year range does;
// most of the bundle's judgments fall in it.
const (
	FilterYearFrom = 2015
	FilterYearTo   = 2020
)

// Pushes turns LeCaRD dev queries into n pushes of k results each: the
// longest queries first, cut to QueryRunes. filtered[i] is plain[i] with a
// charge filter (its first charge the index knows) and the year range.
func Pushes(l *lecard.Set, vocab engine.Vocabulary, n, k int) (plain, filtered []retrieval.Query) {
	qs := slices.Clone(l.Queries)
	slices.SortStableFunc(qs, func(a, b retrieval.CaseQuery) int {
		return cmp.Compare(utf8.RuneCountInString(b.Facts), utf8.RuneCountInString(a.Facts))
	})
	known := map[string]bool{}
	for _, c := range vocab.Charges {
		known[c] = true
	}
	for _, q := range qs[:min(n, len(qs))] {
		p := retrieval.Query{Facts: cut(q.Facts, QueryRunes), Charges: q.Charges, K: k}
		f := p
		f.Filter = retrieval.Filter{YearFrom: FilterYearFrom, YearTo: FilterYearTo}
		if i := slices.IndexFunc(q.Charges, func(c string) bool { return known[c] }); i >= 0 {
			f.Filter.Charges = []string{q.Charges[i]}
		}
		plain, filtered = append(plain, p), append(filtered, f)
	}
	return plain, filtered
}

// cut shortens s to at most n runes, at the end of a sentence when one
// falls in the last fifth, so the query reads as a whole.
func cut(s string, n int) string {
	s = strings.TrimSpace(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	r = r[:n]
	for i := n - 1; i >= n*4/5; i-- {
		if r[i] == '。' || r[i] == '；' {
			return string(r[:i+1])
		}
	}
	return string(r)
}
