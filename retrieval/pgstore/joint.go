package pgstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"

	"leian/retrieval"
	"leian/retrieval/analysis"
)

var _ retrieval.JointSearcher = (*Store)(nil)

// Joint implements retrieval.JointSearcher in one statement: the query
// terms' postings are read and summed once (the CTE s), and the lexical
// top K over the filter and the same within the scope come from it, the
// HNSW top K over the filter beside it; every candidate then gets its
// score from s and its exact cosine. Separately, these were three
// searches and two rescoring statements, three of which read and summed
// the same postings. The scores are Lexical's (default
// fields) and Nearest's, ties at the K-th lexical score broken by ID.
func (s *Store) Joint(ctx context.Context, q retrieval.JointQuery) ([]retrieval.JointScored, error) {
	if q.K < 1 {
		return nil, fmt.Errorf("joint search: k = %d: %w", q.K, retrieval.ErrInvalid)
	}
	if len(q.Filter.IDs) > 0 {
		return nil, fmt.Errorf("joint search: a filter naming IDs: %w", retrieval.ErrInvalid)
	}
	if q.Vector != nil {
		if len(q.Vector) != s.dim {
			return nil, fmt.Errorf("joint search: vector has %d dimensions, store has %d: %w", len(q.Vector), s.dim, retrieval.ErrInvalid)
		}
		if !finiteNonZero(q.Vector) {
			return nil, fmt.Errorf("joint search: query vector has zero or non-finite length: %w", retrieval.ErrInvalid)
		}
	}
	words := analysis.Tokens(q.Text)
	if len(words) == 0 {
		return nil, retrieval.ErrNoTerms
	}
	sql, args := jointQuery(words, retrieval.DefaultLexicalFields(), q)
	b := &pgx.Batch{}
	if q.Vector != nil && q.K > s.ef {
		// The graph search returns at most ef_search rows before iterating.
		b.Queue("SELECT set_config('hnsw.ef_search', $1, true)", strconv.Itoa(min(q.K, maxEfSearch)))
	}
	b.Queue(sql, args...)
	br := s.pool.SendBatch(ctx, b)
	defer br.Close()
	if b.Len() > 1 {
		if _, err := br.Exec(); err != nil {
			return nil, fmt.Errorf("joint search: set hnsw.ef_search: %w", err)
		}
	}
	rows, err := br.Query()
	if err != nil {
		return nil, fmt.Errorf("joint search: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (retrieval.JointScored, error) {
		var (
			sc         retrieval.JointScored
			lex, dense *float64
		)
		err := r.Scan(&sc.ID, &lex, &dense)
		if lex != nil {
			sc.Lexical, sc.HasLexical = *lex, true
		}
		if dense != nil {
			sc.Dense, sc.HasDense = *dense, true
		}
		return sc, err
	})
	if err != nil {
		return nil, fmt.Errorf("joint search: %w", err)
	}
	return out, nil
}

// jointQuery builds Joint's SQL. Each of the three searches is a
// materialised CTE giving (num, id, o), o ordering the candidates as the
// pipeline's generators would list them: lexical, dense, scoped lexical,
// each best first.
func jointQuery(words []string, fields []retrieval.FieldWeight, q retrieval.JointQuery) (string, []any) {
	distinct, qw := retrieval.CountTerms(words)
	names, weights := make([]string, len(fields)), make([]float64, len(fields))
	for i, fw := range fields {
		names[i], weights[i] = string(fw.Field), fw.Weight
	}
	args := []any{names, weights, distinct, q.K, qw}
	if q.Vector != nil {
		args = append(args, pgvector.NewVector(q.Vector)) // $6
	}
	w := filterWhere(q.Filter, args...)
	filter := w.sql()
	scoped := ""
	if len(q.Scope) > 0 {
		w.args = append(w.args, q.Scope)
		scoped = filter + " AND charges && $" + strconv.Itoa(len(w.args))
	}
	var b strings.Builder
	b.WriteString(chosenTermsSQL("$5") + `,
	s AS MATERIALIZED (SELECT p.doc, sum(q.w * p.rank) AS score FROM q JOIN leian.posting_blocks b ON b.term = q.term
		CROSS JOIN LATERAL unnest(b.docs, b.ranks) AS p(doc, rank) GROUP BY p.doc)`)
	var gens []string
	// lexical adds the lexical top K among the documents matching cond.
	// Without a filter it keeps the rows of s tied with the K-th score and
	// reads only their IDs. With one, it walks s best first and looks each
	// document up by documents_num until K pass (an incremental sort
	// breaks ties by ID under the LIMIT): the filter is tested on the few
	// hundred best rather than on every document holding a query term.
	// OFFSET 0 keeps the planner from flattening the row-by-row lookup:
	// not knowing how few rows reach the join, it would hash the whole
	// table, whose rows carry the vectors.
	lexical := func(name, cond string, unfiltered bool) {
		g := len(gens)
		gens = append(gens, name)
		from := "(SELECT doc, score FROM s ORDER BY score DESC) AS s"
		if unfiltered {
			from = "(SELECT doc, score FROM s WHERE score >= (SELECT min(score) FROM (SELECT score FROM s ORDER BY score DESC LIMIT $4) AS top)) AS s"
		}
		fmt.Fprintf(&b, `,
	%s AS MATERIALIZED (SELECT num, id, %d * 1000000 + row_number() OVER (ORDER BY score DESC, id) AS o FROM (
		SELECT d.num, d.id, s.score FROM %s
			CROSS JOIN LATERAL (SELECT num, id FROM leian.documents WHERE num = s.doc AND %s OFFSET 0) AS d
		ORDER BY s.score DESC, d.id LIMIT $4) AS top)`, name, g, from, cond)
	}
	dense := func(name, cond string) {
		g := len(gens)
		gens = append(gens, name)
		fmt.Fprintf(&b, `,
	%s_hnsw AS MATERIALIZED (SELECT num, id, embedding <=> $6 AS distance FROM leian.documents
		WHERE embedding IS NOT NULL AND %s ORDER BY embedding <=> $6 LIMIT $4),
	%s AS (SELECT num, id, %d * 1000000 + row_number() OVER (ORDER BY distance, id) AS o FROM %s_hnsw)`, name, cond, name, g, name)
	}
	lexical("lw", filter, len(w.conds) == 0)
	if q.Vector != nil {
		dense("dw", filter)
	}
	if scoped != "" {
		lexical("ls", scoped, false)
	}
	union := make([]string, len(gens))
	for i, g := range gens {
		union[i] = "SELECT num, id, o FROM " + g
	}
	cosine := "NULL::float8"
	if q.Vector != nil {
		cosine = "1 - (d.embedding <=> $6)"
	}
	fmt.Fprintf(&b, `,
	c AS (SELECT num, min(id) AS id, min(o) AS o FROM (%s) AS u GROUP BY num)
	SELECT c.id, s.score, %s FROM c LEFT JOIN s ON s.doc = c.num
		CROSS JOIN LATERAL (SELECT embedding FROM leian.documents WHERE num = c.num OFFSET 0) AS d
	ORDER BY c.o`, strings.Join(union, " UNION ALL "), cosine)
	return b.String(), w.args
}
