package pgstore

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"leian/retrieval"
	"leian/retrieval/analysis"
)

// queryTerms returns, per field, the query's terms that Lexical scores:
// retrieval.TopTerms of those occurring in the field, by their count in
// the query and their BM25 idf from leian.lexeme_df. words are the
// precise-mode terms of text; the bigram field uses its bigrams.
func (s *Store) queryTerms(ctx context.Context, text string, words []string, fields []retrieval.FieldWeight) (map[retrieval.Field][]retrieval.QueryTerm, error) {
	wanted := map[bool]map[string]float64{false: counted(words)} // by "is the bigram field"
	lexemes := slices.Clone(words)
	names := make([]string, len(fields))
	for i, fw := range fields {
		names[i] = string(fw.Field)
		if fw.Field == retrieval.FieldFactsBigram {
			bigrams := analysis.Bigrams(text)
			wanted[true] = counted(bigrams)
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
	out := map[retrieval.Field][]retrieval.QueryTerm{}
	var field, lexeme string
	var df, n int
	_, err = pgx.ForEachRow(rows, []any{&field, &lexeme, &df, &n}, func() error {
		w, ok := wanted[field == string(retrieval.FieldFactsBigram)][lexeme]
		if !ok {
			return nil
		}
		f := retrieval.Field(field)
		out[f] = append(out[f], retrieval.QueryTerm{Term: lexeme, Weight: w, IDF: retrieval.IDF(float64(n), float64(df))})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lexical search: document frequencies: %w", err)
	}
	for f, ts := range out {
		out[f] = retrieval.TopTerms(ts)
	}
	return out, nil
}

// counted maps each distinct term of terms to its query weight.
func counted(terms []string) map[string]float64 {
	distinct, weight := retrieval.CountTerms(terms)
	m := make(map[string]float64, len(distinct))
	for i, t := range distinct {
		m[t] = weight[i]
	}
	return m
}
