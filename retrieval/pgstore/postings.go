package pgstore

import (
	"fmt"
	"strconv"

	"leian/retrieval"
)

// hasPostings reports whether every field of a search has postings (see
// migration 006): the facts and the full text, the fields a push searches.
func hasPostings(fields []retrieval.FieldWeight) bool {
	for _, fw := range fields {
		if fw.Field != retrieval.FieldFacts && fw.Field != retrieval.FieldFull {
			return false
		}
	}
	return true
}

// postingsQuery builds Lexical's SQL over the postings, scoring as
// lexicalQuery does (weight × query weight × idf × ts_rank summed over
// each field's chosen query terms) in one round trip: the terms are chosen
// in SQL from leian.lexeme_df (chosenTermsSQL), so a search costs the length of its terms'
// postings, not the size of the documents holding them. Every document
// holding any of the terms is a candidate.
//
// Without a filter the top k are taken before the documents' IDs are read;
// the ID only breaks ties, so the rows tied with the k-th are kept for it.
// A search within IDs reads only those documents' postings.
func postingsQuery(words []string, fields []retrieval.FieldWeight, f retrieval.Filter, k int) (string, []any) {
	names, weights := make([]string, len(fields)), make([]float64, len(fields))
	for i, fw := range fields {
		names[i], weights[i] = string(fw.Field), fw.Weight
	}
	distinct, qw := retrieval.CountTerms(words)
	w := filterWhere(f, names, weights, distinct, k, qw)
	sql := chosenTermsSQL("$5")
	if len(f.IDs) > 0 {
		return sql + fmt.Sprintf(`,
	d AS MATERIALIZED (SELECT num, id FROM leian.documents WHERE %s),
	s AS (SELECT p.doc, sum(q.w * p.rank) AS score FROM q JOIN leian.posting_blocks b ON b.term = q.term
		CROSS JOIN LATERAL unnest(b.docs, b.ranks) AS p(doc, rank)
		WHERE p.doc IN (SELECT num FROM d) GROUP BY p.doc)
	SELECT d.id, s.score FROM s JOIN d ON d.num = s.doc ORDER BY s.score DESC, d.id LIMIT $4`, w.sql()), w.args
	}
	sql += `,
	s AS (SELECT p.doc, sum(q.w * p.rank) AS score FROM q JOIN leian.posting_blocks b ON b.term = q.term
		CROSS JOIN LATERAL unnest(b.docs, b.ranks) AS p(doc, rank) GROUP BY p.doc)`
	// The documents are joined row by row through documents_num (LATERAL):
	// the planner, not knowing how few rows reach the join, would hash the
	// whole table, whose rows carry the embeddings.
	if len(w.conds) == 0 {
		return sql + `,
	top AS (SELECT score FROM s ORDER BY score DESC LIMIT $4)
	SELECT d.id, s.score FROM s CROSS JOIN LATERAL (SELECT id FROM leian.documents WHERE num = s.doc) AS d
	WHERE s.score >= (SELECT min(score) FROM top) ORDER BY s.score DESC, d.id LIMIT $4`, w.args
	}
	return sql + fmt.Sprintf(`
	SELECT d.id, s.score FROM s CROSS JOIN LATERAL (SELECT id FROM leian.documents WHERE num = s.doc AND %s) AS d
	ORDER BY s.score DESC, d.id LIMIT $4`, w.sql()), w.args
}

// chosenTermsSQL is the start of a WITH clause choosing each field's query
// terms as retrieval.TopTerms does, in SQL so that a search costs one round
// trip: $1 and $2 are the fields and their weights, $3 the query's distinct
// terms and qw their query weights (retrieval.CountTerms). Its CTE q holds
// each chosen term's postings id and score weight: field weight × query
// weight × idf.
func chosenTermsSQL(qw string) string {
	return `WITH fw AS (SELECT * FROM unnest($1::text[], $2::float8[]) AS fw(field, weight)),
	qt AS (SELECT * FROM unnest($3::text[], ` + qw + `::float8[]) AS qt(lexeme, weight)),
	t AS (SELECT l.term, fw.weight * qt.weight * i.idf AS w,
			row_number() OVER (PARTITION BY l.field ORDER BY qt.weight * i.idf DESC, l.lexeme COLLATE "C") AS rn
		FROM leian.lexeme_df l JOIN fw ON fw.field = l.field JOIN qt ON qt.lexeme = l.lexeme
		CROSS JOIN leian.store_config c
		CROSS JOIN LATERAL (SELECT ln(1 + (c.documents - l.df + 0.5) / (l.df + 0.5)) AS idf) AS i
		WHERE l.field = ANY($1) AND l.lexeme = ANY($3) AND l.df > 0),
	q AS MATERIALIZED (SELECT term, w FROM t WHERE rn <= ` + strconv.Itoa(retrieval.QueryTerms) + `)`
}
