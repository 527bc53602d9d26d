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

// Lexical implements retrieval.Store: BM25 over the weighted fields, each
// field scoring the query's maxQueryTerms rarest terms, restricted by f
// before ranking.
func (s *Store) Lexical(ctx context.Context, text string, f retrieval.Filter, k int, fields ...retrieval.FieldWeight) ([]retrieval.Scored, error) {
	if err := checkLexical(text, k); err != nil {
		return nil, err
	}
	if len(fields) == 0 {
		fields = retrieval.DefaultLexicalFields()
	}
	ors := make([]query.Query, 0, len(fields))
	for _, fw := range fields {
		q, err := s.fieldQuery(ctx, text, fw)
		if err != nil {
			return nil, err
		}
		if q != nil {
			ors = append(ors, q)
		}
	}
	if len(ors) == 0 {
		return nil, nil // no query term occurs in the index
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

// fieldQuery is a disjunction of one term query per distinct query term
// kept by rarest, cut as analysis.QueryAnalyzer (or BigramQueryAnalyzer)
// would; nil when none occurs. (Bleve's match query would make one term
// searcher per occurrence, and a judgment's facts repeat terms hundreds of
// times.)
func (s *Store) fieldQuery(ctx context.Context, text string, fw retrieval.FieldWeight) (query.Query, error) {
	var terms []string
	switch fw.Field {
	case retrieval.FieldFacts, retrieval.FieldReasoning, retrieval.FieldVerdict, retrieval.FieldFull:
		terms = analysis.Tokens(text)
	case retrieval.FieldFactsBigram:
		terms = analysis.Bigrams(text)
	default:
		return nil, fmt.Errorf("lexical search: field %q: %w", fw.Field, retrieval.ErrInvalid)
	}
	if fw.Weight <= 0 {
		return nil, fmt.Errorf("lexical search: field %s weight %g: %w", fw.Field, fw.Weight, retrieval.ErrInvalid)
	}
	terms, err := s.rarest(ctx, string(fw.Field), terms)
	if err != nil || len(terms) == 0 {
		return nil, err
	}
	ors := make([]query.Query, len(terms))
	for i, t := range terms {
		tq := bleve.NewTermQuery(t)
		tq.SetField(string(fw.Field))
		tq.SetBoost(fw.Weight)
		ors[i] = tq
	}
	return bleve.NewDisjunctionQuery(ors...), nil
}
