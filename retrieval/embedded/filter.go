package embedded

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

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
