package storetest

import (
	"slices"
	"testing"

	"leian/retrieval"
	"leian/retrieval/analysis"
)

// filterQuery holds words that most judgments contain, so that Lexical
// returns (nearly) every document a filter allows.
const filterQuery = "被告人 被告 原告 本院 认为"

func testFilters(t *testing.T, s retrieval.Store) {
	docs := WithRandomVectors(append(LeCaRD(t, 60), Civil(t, 6)...), Dim, 5)
	upsert(t, s, docs)
	first := docs[0].Meta
	tests := []struct {
		name string
		f    retrieval.Filter
	}{
		{"none", retrieval.Filter{}},
		{"ids", retrieval.Filter{IDs: []string{docs[1].ID, docs[4].ID, docs[61].ID, "no-such-id"}}},
		{"one charge", retrieval.Filter{Charges: first.Charges[:1]}},
		{"any of two charges", retrieval.Filter{Charges: []string{"危险驾驶罪", "盗窃罪"}}},
		{"article", retrieval.Filter{Articles: []string{"刑法67"}}},
		{"court", retrieval.Filter{Court: docs[3].Meta.Court}},
		{"court level", retrieval.Filter{CourtLevel: "中级"}},
		{"province", retrieval.Filter{Province: first.Province}},
		{"year range", retrieval.Filter{YearFrom: 2016, YearTo: 2017}},
		{"year from", retrieval.Filter{YearFrom: 2018}},
		{"year to", retrieval.Filter{YearTo: 2016}},
		{"procedure", retrieval.Filter{Procedure: "二审"}},
		{"doc type", retrieval.Filter{DocType: "判决书"}},
		{"case type", retrieval.Filter{CaseType: "civil"}},
		{"cause", retrieval.Filter{Cause: "民间借贷纠纷"}},
		{"combined", retrieval.Filter{CaseType: "criminal", YearFrom: 2017, Charges: []string{"危险驾驶罪", "盗窃罪", "故意伤害罪"}}},
		{"ids and meta", retrieval.Filter{IDs: []string{docs[0].ID, docs[61].ID}, CaseType: "civil"}},
		{"nothing", retrieval.Filter{Court: "不存在的人民法院"}},
	}
	qterms := analysis.Tokens(filterQuery)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want, mustFind []string
			for _, d := range docs {
				if !matches(d.Meta, d.ID, tt.f) {
					continue
				}
				want = append(want, d.ID)
				if sharesTerm(d, qterms) {
					mustFind = append(mustFind, d.ID)
				}
			}
			if tt.name != "nothing" && len(want) == 0 {
				t.Fatalf("filter %+v allows none of the test documents: pick another value", tt.f)
			}
			got := ids(nearest(t, s, docs[0].Vector, tt.f, len(docs)))
			if !slices.Equal(sorted(got), sorted(want)) {
				t.Errorf("Nearest with %+v = %v, want %v", tt.f, sorted(got), sorted(want))
			}
			lex := ids(lexical(t, s, filterQuery, tt.f, len(docs)))
			for _, id := range lex {
				if !slices.Contains(want, id) {
					t.Errorf("Lexical with %+v returned %s, which the filter excludes", tt.f, id)
				}
			}
			for _, id := range mustFind {
				if !slices.Contains(lex, id) {
					t.Errorf("Lexical with %+v missed %s, which the filter allows and the query matches", tt.f, id)
				}
			}
		})
	}
}

// matches is the Filter contract, by brute force.
func matches(m retrieval.Meta, id string, f retrieval.Filter) bool {
	anyOf := func(have, want []string) bool {
		return len(want) == 0 || slices.ContainsFunc(have, func(h string) bool { return slices.Contains(want, h) })
	}
	eq := func(have, want string) bool { return want == "" || have == want }
	return (len(f.IDs) == 0 || slices.Contains(f.IDs, id)) &&
		anyOf(m.Charges, f.Charges) && anyOf(m.Articles, f.Articles) &&
		eq(m.Court, f.Court) && eq(m.CourtLevel, f.CourtLevel) && eq(m.Province, f.Province) &&
		eq(m.Procedure, f.Procedure) && eq(m.DocType, f.DocType) && eq(m.CaseType, f.CaseType) &&
		eq(m.Cause, f.Cause) &&
		(f.YearFrom == 0 && f.YearTo == 0 ||
			m.Year != 0 && (f.YearFrom == 0 || m.Year >= f.YearFrom) && (f.YearTo == 0 || m.Year <= f.YearTo))
}

// sharesTerm reports whether the precise-mode terms of d's facts or full
// text include any of terms: such a document must match a Lexical search.
func sharesTerm(d retrieval.Doc, terms []string) bool {
	for _, f := range []retrieval.Field{retrieval.FieldFacts, retrieval.FieldFull} {
		for _, tok := range analysis.Tokens(d.Text[f]) {
			if slices.Contains(terms, tok) {
				return true
			}
		}
	}
	return false
}
