package pgstore

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/jackc/pgx/v5"

	"leian/retrieval"
	"leian/retrieval/analysis"
)

// term is a query lexeme with its inverse document frequency in a field.
type term struct {
	lexeme string
	idf    float64
}

// rareTerms returns, per field, the query's maxTerms terms of highest BM25
// idf = ln(1 + (N - df + 0.5)/(df + 0.5)) that occur in that field. words
// are the precise-mode terms of text; the bigram field uses its bigrams.
func (s *Store) rareTerms(ctx context.Context, text string, words []string, fields []retrieval.FieldWeight) (map[retrieval.Field][]term, error) {
	wanted := map[bool]map[string]bool{false: set(words)} // by "is the bigram field"
	lexemes := slices.Clone(words)
	names := make([]string, len(fields))
	for i, fw := range fields {
		names[i] = string(fw.Field)
		if fw.Field == retrieval.FieldFactsBigram {
			bigrams := analysis.Bigrams(text)
			wanted[true] = set(bigrams)
			lexemes = append(lexemes, bigrams...)
		}
	}
	slices.Sort(lexemes)
	lexemes = slices.Compact(lexemes)
	rows, err := s.pool.Query(ctx, `SELECT field, lexeme, df, (SELECT count(*) FROM leian.documents)
		FROM leian.lexeme_df WHERE field = ANY($1) AND lexeme = ANY($2) AND df > 0`, names, lexemes)
	if err != nil {
		return nil, fmt.Errorf("lexical search: document frequencies: %w", err)
	}
	out := map[retrieval.Field][]term{}
	var field, lexeme string
	var df, n int
	_, err = pgx.ForEachRow(rows, []any{&field, &lexeme, &df, &n}, func() error {
		if !wanted[field == string(retrieval.FieldFactsBigram)][lexeme] {
			return nil
		}
		idf := math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
		out[retrieval.Field(field)] = append(out[retrieval.Field(field)], term{lexeme, idf})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lexical search: document frequencies: %w", err)
	}
	for f, ts := range out {
		sort.Slice(ts, func(i, j int) bool {
			if ts[i].idf != ts[j].idf {
				return ts[i].idf > ts[j].idf
			}
			return ts[i].lexeme < ts[j].lexeme
		})
		out[f] = ts[:min(len(ts), maxTerms)]
	}
	return out, nil
}

func set(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}
