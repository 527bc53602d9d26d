package storetest

import (
	"math"
	"slices"
	"testing"

	"leian/retrieval"
)

// testReextractedMeta: `leian index` after `leian ingest` re-extracted
// documents upserts them with the same text and vector but other filter
// columns (charges, articles, case type, cause read by the new extractor).
// The store must answer from the new columns only: a store that skipped a
// row whose text had not changed, or kept old filter values beside new
// ones, would keep serving the old extractor's elements.
func testReextractedMeta(t *testing.T, s retrieval.Store) {
	docs := WithRandomVectors(LeCaRD(t, 8), Dim, 11)
	upsert(t, s, docs)
	q := docs[0].Text[retrieval.FieldFacts]
	before := lexical(t, s, q, retrieval.Filter{}, 8)

	const charge, article = "抽取版本测试罪", "刑法999"
	changed := []string{docs[0].ID, docs[1].ID, docs[2].ID}
	var re []retrieval.Doc
	for _, d := range docs[:3] {
		d.Meta.Charges = []string{charge}
		d.Meta.Articles = []string{article}
		re = append(re, d)
	}
	upsert(t, s, re)
	if n := count(t, s); n != len(docs) {
		t.Errorf("Count after re-extracted upserts = %d, want %d", n, len(docs))
	}
	for _, f := range []retrieval.Filter{{Charges: []string{charge}}, {Articles: []string{article}}} {
		// Lexical may leave out a document too weak on the query's terms
		// (pgstore cuts them), never its own facts' document or an unchanged one.
		got := ids(lexical(t, s, q, f, 8))
		if !slices.Contains(got, docs[0].ID) || slices.ContainsFunc(got, func(id string) bool { return !slices.Contains(changed, id) }) {
			t.Errorf("Lexical with the new columns %+v = %v, want %s among %v only", f, got, docs[0].ID, changed)
		}
		if got := sorted(ids(nearest(t, s, docs[0].Vector, f, 8))); !slices.Equal(got, sorted(changed)) {
			t.Errorf("Nearest with the new columns %+v = %v, want %v", f, got, changed)
		}
	}
	for _, d := range docs[:3] {
		for _, old := range append(slices.Clone(d.Meta.Charges), d.Meta.Articles...) {
			f := retrieval.Filter{IDs: []string{d.ID}, Charges: []string{old}}
			if slices.Contains(d.Meta.Articles, old) {
				f = retrieval.Filter{IDs: []string{d.ID}, Articles: []string{old}}
			}
			if got := nearest(t, s, d.Vector, f, 1); len(got) != 0 {
				t.Errorf("%s still filters by its old column %s", d.ID, old)
			}
		}
	}
	// Text and vectors did not change, so neither did the ranking.
	after := lexical(t, s, q, retrieval.Filter{}, 8)
	if !slices.Equal(ids(after), ids(before)) {
		t.Errorf("Lexical ranking changed with the filter columns: %v, before %v", ids(after), ids(before))
	}
	if got := nearest(t, s, docs[1].Vector, retrieval.Filter{}, 1); len(got) != 1 || got[0].ID != docs[1].ID || math.Abs(got[0].Score-1) > 1e-4 {
		t.Errorf("Nearest(vector of %s) = %v after re-extraction, want it with score 1", docs[1].ID, got)
	}
}
