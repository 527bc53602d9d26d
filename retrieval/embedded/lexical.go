package embedded

import (
	"context"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"leian/retrieval"
	"leian/retrieval/analysis"
)

// Lexical implements retrieval.Store: BM25 over the weighted fields (each
// a match query cut by analysis.QueryAnalyzer, or BigramQueryAnalyzer for
// FieldFactsBigram), restricted by f before ranking.
func (s *Store) Lexical(ctx context.Context, text string, f retrieval.Filter, k int, fields ...retrieval.FieldWeight) ([]retrieval.Scored, error) {
	if err := checkLexical(text, k); err != nil {
		return nil, err
	}
	if len(fields) == 0 {
		fields = retrieval.DefaultLexicalFields()
	}
	ors := make([]query.Query, 0, len(fields))
	for _, fw := range fields {
		q, err := fieldQuery(text, fw)
		if err != nil {
			return nil, err
		}
		ors = append(ors, q)
	}
	q := query.Query(bleve.NewDisjunctionQuery(ors...))
	if fq := filterQueries(f); len(fq) > 0 {
		q = bleve.NewConjunctionQuery(append([]query.Query{q}, fq...)...)
	}
	req := bleve.NewSearchRequestOptions(q, k, 0, false)
	res, err := s.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("lexical search %.30q in %s: %w", text, s.dir, err)
	}
	out := make([]retrieval.Scored, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = retrieval.Scored{ID: h.ID, Score: h.Score}
	}
	return out, nil
}

// checkLexical rejects what no store can search: k < 1 and a query with
// no searchable terms (empty, blank, only punctuation or stop words).
func checkLexical(text string, k int) error {
	if k < 1 {
		return fmt.Errorf("lexical search: k = %d: %w", k, retrieval.ErrInvalid)
	}
	if strings.TrimSpace(text) == "" || len(analysis.Tokens(text)) == 0 {
		return fmt.Errorf("lexical search %.30q: no searchable terms: %w", text, retrieval.ErrInvalid)
	}
	return nil
}

func fieldQuery(text string, fw retrieval.FieldWeight) (query.Query, error) {
	an := analysis.QueryAnalyzer
	switch fw.Field {
	case retrieval.FieldFacts, retrieval.FieldReasoning, retrieval.FieldVerdict, retrieval.FieldFull:
	case retrieval.FieldFactsBigram:
		an = analysis.BigramQueryAnalyzer
	default:
		return nil, fmt.Errorf("lexical search: field %q: %w", fw.Field, retrieval.ErrInvalid)
	}
	if fw.Weight <= 0 {
		return nil, fmt.Errorf("lexical search: field %s weight %g: %w", fw.Field, fw.Weight, retrieval.ErrInvalid)
	}
	m := bleve.NewMatchQuery(text)
	m.SetField(string(fw.Field))
	m.Analyzer = an
	m.SetBoost(fw.Weight)
	return m, nil
}
