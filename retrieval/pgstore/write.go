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
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, args := range rows {
			b.Queue(upsertSQL, args...)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("upsert %d documents: %w", len(rows), err)
		}
		return nil
	})
}

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
	if _, err := s.pool.Exec(ctx, "DELETE FROM leian.documents WHERE id = ANY($1)", ids); err != nil {
		return fmt.Errorf("delete %d documents: %w", len(ids), err)
	}
	return nil
}
