package pgstore

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"

	"leian/retrieval"
	"leian/retrieval/analysis"
)

const upsertSQL = `
INSERT INTO leian.documents (id, charges, articles, court, court_level, province, year,
	procedure, doc_type, case_type, cause,
	facts_tsv, reasoning_tsv, verdict_tsv, full_tsv, facts_bigram_tsv, embedding)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
	$12::tsvector, $13::tsvector, $14::tsvector, $15::tsvector, $16::tsvector, $17::vector)
ON CONFLICT (id) DO UPDATE SET
	charges = EXCLUDED.charges, articles = EXCLUDED.articles, court = EXCLUDED.court,
	court_level = EXCLUDED.court_level, province = EXCLUDED.province, year = EXCLUDED.year,
	procedure = EXCLUDED.procedure, doc_type = EXCLUDED.doc_type, case_type = EXCLUDED.case_type,
	cause = EXCLUDED.cause, facts_tsv = EXCLUDED.facts_tsv, reasoning_tsv = EXCLUDED.reasoning_tsv,
	verdict_tsv = EXCLUDED.verdict_tsv, full_tsv = EXCLUDED.full_tsv,
	facts_bigram_tsv = EXCLUDED.facts_bigram_tsv, embedding = EXCLUDED.embedding`

// Upsert implements retrieval.Store in one transaction. When docs repeat an
// ID the last one wins. Documents are cut in Go before the transaction
// starts, so it stays short.
func (s *Store) Upsert(ctx context.Context, docs []retrieval.Doc) error {
	rows := make([][]any, 0, len(docs))
	at := map[string]int{}
	for i, d := range docs {
		args, err := s.rowArgs(d)
		if err != nil {
			return fmt.Errorf("upsert doc %d: %w", i, err)
		}
		if j, ok := at[d.ID]; ok {
			rows[j] = args
			continue
		}
		at[d.ID] = len(rows)
		rows = append(rows, args)
	}
	if len(rows) == 0 {
		return nil
	}
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r[0].(string)
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		b.Queue(countLexemesSQL, ids, -1)
		for _, args := range rows {
			b.Queue(upsertSQL, args...)
		}
		b.Queue(countLexemesSQL, ids, 1)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("upsert %d documents: %w", len(rows), err)
		}
		return nil
	})
}

// countLexemesSQL adds $2 (1 or -1) to the document frequency of every
// lexeme of the documents $1, per field. Rows are locked in (field, lexeme)
// order so that concurrent writers cannot deadlock.
const countLexemesSQL = `
INSERT INTO leian.lexeme_df (field, lexeme, df)
SELECT f.field, l.lexeme, $2::int * count(*)
FROM leian.documents d
CROSS JOIN LATERAL (VALUES ('facts', d.facts_tsv), ('reasoning', d.reasoning_tsv),
	('verdict', d.verdict_tsv), ('full', d.full_tsv), ('facts_bigram', d.facts_bigram_tsv)) AS f(field, tsv)
CROSS JOIN LATERAL unnest(tsvector_to_array(f.tsv)) AS l(lexeme)
WHERE d.id = ANY($1)
GROUP BY f.field, l.lexeme
ORDER BY f.field, l.lexeme
ON CONFLICT (field, lexeme) DO UPDATE SET df = leian.lexeme_df.df + EXCLUDED.df`

// rowArgs returns the upsertSQL parameters of d.
func (s *Store) rowArgs(d retrieval.Doc) ([]any, error) {
	if d.ID == "" {
		return nil, fmt.Errorf("empty ID: %w", retrieval.ErrInvalid)
	}
	var emb any // NULL without a vector
	if d.Vector != nil {
		if len(d.Vector) != s.dim {
			return nil, fmt.Errorf("document %s: vector has %d dimensions, store has %d: %w", d.ID, len(d.Vector), s.dim, retrieval.ErrInvalid)
		}
		if !finiteNonZero(d.Vector) {
			return nil, fmt.Errorf("document %s: vector has zero or non-finite length: %w", d.ID, retrieval.ErrInvalid)
		}
		emb = pgvector.NewVector(d.Vector)
	}
	var year any
	if d.Meta.Year != 0 {
		year = d.Meta.Year
	}
	m := d.Meta
	return []any{d.ID, nonNil(m.Charges), nonNil(m.Articles), m.Court, m.CourtLevel, m.Province, year,
		m.Procedure, m.DocType, m.CaseType, m.Cause,
		tsvectorText(analysis.SearchTokens(d.Text[retrieval.FieldFacts])),
		tsvectorText(analysis.SearchTokens(d.Text[retrieval.FieldReasoning])),
		tsvectorText(analysis.SearchTokens(d.Text[retrieval.FieldVerdict])),
		tsvectorText(analysis.SearchTokens(d.Text[retrieval.FieldFull])),
		tsvectorText(analysis.Bigrams(d.Text[retrieval.FieldFacts])),
		emb}, nil
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// Delete implements retrieval.Store.
func (s *Store) Delete(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		b.Queue(countLexemesSQL, ids, -1)
		b.Queue("DELETE FROM leian.documents WHERE id = ANY($1)", ids)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("delete %d documents: %w", len(ids), err)
		}
		return nil
	})
}
