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

// tsvColumns maps each searchable field to its tsvector column.
var tsvColumns = map[retrieval.Field]string{
	retrieval.FieldFacts:       "facts_tsv",
	retrieval.FieldReasoning:   "reasoning_tsv",
	retrieval.FieldVerdict:     "verdict_tsv",
	retrieval.FieldFull:        "full_tsv",
	retrieval.FieldFactsBigram: "facts_bigram_tsv",
}

// Lexical implements retrieval.Store: the weighted sum over fields of
// ts_rank_cd (normalised by log document length) for an OR of the query's
// terms, among rows matching f. ts_rank_cd has no inverse document
// frequency, so it ranks worse than BM25; the GIN indexes serve the match.
func (s *Store) Lexical(ctx context.Context, text string, f retrieval.Filter, k int, fields ...retrieval.FieldWeight) ([]retrieval.Scored, error) {
	if k < 1 {
		return nil, fmt.Errorf("lexical search: k = %d: %w", k, retrieval.ErrInvalid)
	}
	words := tsqueryText(analysis.Tokens(text))
	if words == "" {
		return nil, fmt.Errorf("lexical search %.30q: no searchable terms: %w", text, retrieval.ErrInvalid)
	}
	if len(fields) == 0 {
		fields = retrieval.DefaultLexicalFields()
	}
	var args []any
	param := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	var ranks, matches []string
	for _, fw := range fields {
		col, ok := tsvColumns[fw.Field]
		if !ok || fw.Weight <= 0 {
			return nil, fmt.Errorf("lexical search: field %q weight %g: %w", fw.Field, fw.Weight, retrieval.ErrInvalid)
		}
		q := words
		if fw.Field == retrieval.FieldFactsBigram {
			q = tsqueryText(analysis.Bigrams(text))
		}
		qp := param(q) + "::tsquery"
		ranks = append(ranks, fmt.Sprintf("%s * ts_rank_cd(%s, %s, 1)", param(fw.Weight), col, qp))
		matches = append(matches, col+" @@ "+qp)
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
