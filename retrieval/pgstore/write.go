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
	if s.standby {
		return fmt.Errorf("upsert %d documents: %w", len(docs), ErrStandby)
	}
	rows := make([][]any, 0, len(docs))
	posts := make([]postingRows, 0, len(docs))
	at := map[string]int{}
	for i, d := range docs {
		args, ps, err := s.rowArgs(d)
		if err != nil {
			return fmt.Errorf("upsert doc %d: %w", i, err)
		}
		if j, ok := at[d.ID]; ok {
			rows[j], posts[j] = args, ps
			continue
		}
		at[d.ID] = len(rows)
		rows = append(rows, args)
		posts = append(posts, ps)
	}
	if len(rows) == 0 {
		return nil
	}
	ids := make([]string, len(rows))
	var all postingRows
	for i, r := range rows {
		ids[i] = r[0].(string)
		all.add(posts[i])
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		b.Queue(countNewSQL, ids)
		b.Queue(countLexemesSQL, ids, -1)
		b.Queue(deletePostingsSQL, ids)
		for _, args := range rows {
			b.Queue(upsertSQL, args...)
		}
		b.Queue(countLexemesSQL, ids, 1)
		b.Queue(insertPostingsSQL, all.ids, all.fields, all.lexemes, all.ranks)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("upsert %d documents: %w", len(rows), err)
		}
		return nil
	})
}

// countNewSQL adds to the document count the IDs of $1 not yet stored. It
// runs first in a writer's transaction: the row lock it takes orders
// concurrent writers, so each counts against what the one before wrote.
const countNewSQL = `
UPDATE leian.store_config SET documents = documents + (SELECT count(*) FROM unnest($1::text[]) AS u(id)
	WHERE NOT EXISTS (SELECT 1 FROM leian.documents d WHERE d.id = u.id))`

// countGoneSQL is countNewSQL for a delete.
const countGoneSQL = `
UPDATE leian.store_config SET documents = documents - (SELECT count(*) FROM leian.documents WHERE id = ANY($1))`

// deletePostingsSQL removes the documents $1 from the posting blocks of
// their terms, which their stored facts and full-text tsvectors name: the
// blocks holding any of them are taken out and written back without them,
// merged into one block per term.
const deletePostingsSQL = `
WITH gone AS (SELECT array_agg(num::int) AS nums FROM leian.documents WHERE id = ANY($1)),
terms AS (SELECT DISTINCT l.term FROM leian.documents d
	CROSS JOIN LATERAL (VALUES ('facts', d.facts_tsv), ('full', d.full_tsv)) AS f(field, tsv)
	CROSS JOIN LATERAL unnest(tsvector_to_array(f.tsv)) AS u(lexeme)
	JOIN leian.lexeme_df l ON l.field = f.field AND l.lexeme = u.lexeme
	WHERE d.id = ANY($1)),
old AS (DELETE FROM leian.posting_blocks b USING terms, gone
	WHERE b.term = terms.term AND b.docs && gone.nums RETURNING b.term, b.docs, b.ranks)
INSERT INTO leian.posting_blocks (term, docs, ranks)
SELECT old.term, array_agg(x.doc ORDER BY x.doc), array_agg(x.rank ORDER BY x.doc)
FROM old CROSS JOIN LATERAL unnest(old.docs, old.ranks) AS x(doc, rank), gone
WHERE x.doc <> ALL (gone.nums)
GROUP BY old.term`

// insertPostingsSQL writes postings given as parallel arrays (document ID,
// field, lexeme, rank) once the documents and lexemes are stored, which
// gives their numbers: one block per term.
const insertPostingsSQL = `
INSERT INTO leian.posting_blocks (term, docs, ranks)
SELECT l.term, array_agg(d.num::int ORDER BY d.num), array_agg(u.rank ORDER BY d.num)
FROM unnest($1::text[], $2::text[], $3::text[], $4::real[]) AS u(id, field, lexeme, rank)
JOIN leian.documents d ON d.id = u.id
JOIN leian.lexeme_df l ON l.field = u.field AND l.lexeme = u.lexeme
GROUP BY l.term`

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

// rowArgs returns the upsertSQL parameters of d and its postings.
func (s *Store) rowArgs(d retrieval.Doc) ([]any, postingRows, error) {
	if d.ID == "" {
		return nil, postingRows{}, fmt.Errorf("empty ID: %w", retrieval.ErrInvalid)
	}
	var emb any // NULL without a vector
	if d.Vector != nil {
		if len(d.Vector) != s.dim {
			return nil, postingRows{}, fmt.Errorf("document %s: vector has %d dimensions, store has %d: %w", d.ID, len(d.Vector), s.dim, retrieval.ErrInvalid)
		}
		if !finiteNonZero(d.Vector) {
			return nil, postingRows{}, fmt.Errorf("document %s: vector has zero or non-finite length: %w", d.ID, retrieval.ErrInvalid)
		}
		emb = pgvector.NewVector(d.Vector)
	}
	var year any
	if d.Meta.Year != 0 {
		year = d.Meta.Year
	}
	m := d.Meta
	words := searchTokens(d)
	facts := lexemePositions(words[retrieval.FieldFacts])
	full := lexemePositions(words[retrieval.FieldFull])
	var ps postingRows
	ps.addDoc(d.ID, retrieval.FieldFacts, facts)
	ps.addDoc(d.ID, retrieval.FieldFull, full)
	return []any{d.ID, nonNil(m.Charges), nonNil(m.Articles), m.Court, m.CourtLevel, m.Province, year,
		m.Procedure, m.DocType, m.CaseType, m.Cause,
		facts.text(),
		tsvectorText(words[retrieval.FieldReasoning]),
		tsvectorText(words[retrieval.FieldVerdict]),
		full.text(),
		tsvectorText(analysis.Bigrams(d.Text[retrieval.FieldFacts])),
		emb}, ps, nil
}

// postingRows are postings as parallel arrays, for insertPostingsSQL.
type postingRows struct {
	ids, fields, lexemes []string
	ranks                []float32
}

func (r *postingRows) addDoc(id string, f retrieval.Field, p positions) {
	for _, t := range p.order {
		r.ids = append(r.ids, id)
		r.fields = append(r.fields, string(f))
		r.lexemes = append(r.lexemes, t)
	}
	ranks := p.ranks()
	for _, t := range p.order {
		r.ranks = append(r.ranks, ranks[t])
	}
}

func (r *postingRows) add(o postingRows) {
	r.ids = append(r.ids, o.ids...)
	r.fields = append(r.fields, o.fields...)
	r.lexemes = append(r.lexemes, o.lexemes...)
	r.ranks = append(r.ranks, o.ranks...)
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
	if s.standby {
		return fmt.Errorf("delete %d documents: %w", len(ids), ErrStandby)
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		b.Queue(countGoneSQL, ids)
		b.Queue(countLexemesSQL, ids, -1)
		b.Queue(deletePostingsSQL, ids)
		b.Queue("DELETE FROM leian.documents WHERE id = ANY($1)", ids)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("delete %d documents: %w", len(ids), err)
		}
		return nil
	})
}
