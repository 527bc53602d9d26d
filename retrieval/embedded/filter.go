package embedded

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"leian/retrieval"
)

// filterQueries turns f into bleve queries that every hit must match. Each
// has boost 0 so that filtering never changes a Lexical score. An empty
// result means f does not filter.
func filterQueries(f retrieval.Filter) []query.Query {
	var qs []query.Query
	add := func(q query.Query) {
		if b, ok := q.(query.BoostableQuery); ok {
			b.SetBoost(0)
		}
		qs = append(qs, q)
	}
	if len(f.IDs) > 0 {
		add(bleve.NewDocIDQuery(f.IDs))
	}
	if q := anyTerm(fCharges, f.Charges); q != nil {
		add(q)
	}
	if q := anyTerm(fArticles, f.Articles); q != nil {
		add(q)
	}
	for field, v := range map[string]string{
		fCourt: f.Court, fCourtLevel: f.CourtLevel, fProvince: f.Province,
		fProcedure: f.Procedure, fDocType: f.DocType, fCaseType: f.CaseType, fCause: f.Cause,
	} {
		if v != "" {
			add(term(field, v))
		}
	}
	if f.YearFrom != 0 || f.YearTo != 0 {
		add(yearRange(f.YearFrom, f.YearTo))
	}
	return qs
}

func term(field, v string) *query.TermQuery {
	q := bleve.NewTermQuery(v)
	q.SetField(field)
	return q
}

// anyTerm matches documents whose field holds any of vs.
func anyTerm(field string, vs []string) query.Query {
	if len(vs) == 0 {
		return nil
	}
	ors := make([]query.Query, len(vs))
	for i, v := range vs {
		ors[i] = term(field, v)
	}
	return bleve.NewDisjunctionQuery(ors...)
}

// yearRange matches from..to inclusive; a zero bound is open.
func yearRange(from, to int) query.Query {
	var lo, hi *float64
	incl := true
	if from != 0 {
		v := float64(from)
		lo = &v
	}
	if to != 0 {
		v := float64(to)
		hi = &v
	}
	q := bleve.NewNumericRangeInclusiveQuery(lo, hi, &incl, &incl)
	q.SetField(fYear)
	return q
}

// allowedDocs returns the internal numbers of the documents of snapshot r
// that f allows, nil when f allows all. It reads the same snapshot the
// scores come from, so a write in between cannot renumber them.
func (s *Store) allowedDocs(ctx context.Context, r bindex.IndexReader, f retrieval.Filter) (map[uint64]bool, error) {
	qs := filterQueries(f)
	if len(qs) == 0 {
		return nil, nil
	}
	sr, err := bleve.NewConjunctionQuery(qs...).Searcher(ctx, r, s.idx.Mapping(), search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, fmt.Errorf("filter %s: %w", s.dir, err)
	}
	defer sr.Close()
	sc := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(sr.DocumentMatchPoolSize(), 0), IndexReader: r}
	allowed := map[uint64]bool{}
	for {
		m, err := sr.Next(sc)
		if err != nil {
			return nil, fmt.Errorf("filter %s: %w", s.dir, err)
		}
		if m == nil {
			return allowed, nil
		}
		allowed[m.IndexInternalID.Value()] = true
		sc.DocumentMatchPool.Put(m)
	}
}
