package pgstore

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"

	"leian/retrieval"
	"leian/retrieval/analysis"
)

// tsvColumn returns the tsvector column of a searchable field.
func tsvColumn(f retrieval.Field) (string, bool) {
	switch f {
	case retrieval.FieldFacts, retrieval.FieldReasoning, retrieval.FieldVerdict,
		retrieval.FieldFull, retrieval.FieldFactsBigram:
		return string(f) + "_tsv", true
	}
	return "", false
}

// maxTerms is how many query terms per field Lexical scores: the ones
// with the highest inverse document frequency. A judgment's facts give
// hundreds of terms; the rare ones carry the similarity, and each scored
// term costs one ts_rank per candidate row.
const maxTerms = 32

// Lexical implements retrieval.Store with a BM25-like score: for each field,
// the sum over its maxTerms rarest query terms of weight × idf ×
// ts_rank(field, term, 1) (term frequency normalised by log document
// length), among rows matching f. Document frequencies come from
// leian.lexeme_df; the GIN indexes find the candidate rows.
func (s *Store) Lexical(ctx context.Context, text string, f retrieval.Filter, k int, fields ...retrieval.FieldWeight) ([]retrieval.Scored, error) {
	if k < 1 {
		return nil, fmt.Errorf("lexical search: k = %d: %w", k, retrieval.ErrInvalid)
	}
	words := analysis.Tokens(text)
	if len(words) == 0 {
		return nil, fmt.Errorf("lexical search %.30q: no searchable terms: %w", text, retrieval.ErrInvalid)
	}
	if len(fields) == 0 {
		fields = retrieval.DefaultLexicalFields()
	}
	for _, fw := range fields {
		if _, ok := tsvColumn(fw.Field); !ok || fw.Weight <= 0 {
			return nil, fmt.Errorf("lexical search: field %q weight %g: %w", fw.Field, fw.Weight, retrieval.ErrInvalid)
		}
	}
	terms, err := s.rareTerms(ctx, text, words, fields)
	if err != nil {
		return nil, err
	}
	var args []any
	param := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	var ranks, matches []string
	for _, fw := range fields {
		col, _ := tsvColumn(fw.Field)
		var all []string
		for _, t := range terms[fw.Field] {
			ranks = append(ranks, fmt.Sprintf("%s::float8 * ts_rank(%s, %s::tsquery, 1)", param(fw.Weight*t.idf), col, param(tsqueryText([]string{t.lexeme}))))
			all = append(all, t.lexeme)
		}
		if len(all) > 0 {
			matches = append(matches, fmt.Sprintf("%s @@ %s::tsquery", col, param(tsqueryText(all))))
		}
	}
	if len(matches) == 0 {
		return nil, nil // no query term occurs in any document
	}
	w := filterWhere(f, args...)
	w.args = append(w.args, k)
	sql := fmt.Sprintf(`SELECT id, %s AS score FROM leian.documents
		WHERE (%s) AND %s ORDER BY score DESC, id LIMIT $%d`,
		strings.Join(ranks, " + "), strings.Join(matches, " OR "), w.sql(), len(w.args))
	return s.scored(ctx, sql, w.args, fmt.Sprintf("lexical search %.30q", text))
}

// Nearest implements retrieval.Store with the HNSW index: ORDER BY cosine
// distance LIMIT k, iterative scans letting filtered searches find k rows
// (see Open), then the k rows re-sorted, since relaxed order may return
// them slightly out of order.
func (s *Store) Nearest(ctx context.Context, vec []float32, f retrieval.Filter, k int) ([]retrieval.Scored, error) {
	if k < 1 {
		return nil, fmt.Errorf("nearest search: k = %d: %w", k, retrieval.ErrInvalid)
	}
	if len(vec) != s.dim {
		return nil, fmt.Errorf("nearest search: vector has %d dimensions, store has %d: %w", len(vec), s.dim, retrieval.ErrInvalid)
	}
	if !finiteNonZero(vec) {
		return nil, fmt.Errorf("nearest search: query vector has zero or non-finite length: %w", retrieval.ErrInvalid)
	}
	sql, args := nearestQuery(vec, f, k)
	return s.scored(ctx, sql, args, "nearest search")
}

func nearestQuery(vec []float32, f retrieval.Filter, k int) (string, []any) {
	w := filterWhere(f, pgvector.NewVector(vec), k)
	return fmt.Sprintf(`WITH nearest AS MATERIALIZED (
			SELECT id, embedding <=> $1::vector AS distance FROM leian.documents
			WHERE embedding IS NOT NULL AND %s
			ORDER BY embedding <=> $1::vector LIMIT $2)
		SELECT id, 1 - distance FROM nearest ORDER BY distance, id`, w.sql()), w.args
}

// scored runs a query returning (id, score) rows.
func (s *Store) scored(ctx context.Context, sql string, args []any, what string) ([]retrieval.Scored, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (retrieval.Scored, error) {
		var sc retrieval.Scored
		err := r.Scan(&sc.ID, &sc.Score)
		return sc, err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// finiteNonZero reports whether v has a finite, non-zero length.
func finiteNonZero(v []float32) bool {
	var ss float64
	for _, x := range v {
		ss += float64(x) * float64(x)
	}
	return ss > 0 && !math.IsInf(ss, 0) && !math.IsNaN(ss)
}
