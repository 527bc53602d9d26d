package pgstore

import (
	"context"
	"math"
	"testing"

	"leian/retrieval"
	"leian/retrieval/analysis"
	"leian/retrieval/storetest"
)

// TestPostingsScoreAsTsRank: the postings score every document as ts_rank
// on its stored tsvectors does, with and without a filter, and a
// replaced or deleted document leaves no postings behind.
func TestPostingsScoreAsTsRank(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	defer s.Close()
	docs := storetest.LeCaRD(t, 60)
	if err := s.Upsert(ctx, docs); err != nil {
		t.Fatal(err)
	}
	// Replace one document by another's text, delete another: the counts
	// and postings must follow.
	moved := docs[1]
	moved.ID = docs[0].ID
	if err := s.Upsert(ctx, []retrieval.Doc{moved}); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, []string{docs[2].ID}); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(docs))
	for _, d := range docs[3:] {
		ids = append(ids, d.ID)
	}
	ids = append(ids, docs[0].ID)
	fields := retrieval.DefaultLexicalFields()
	// Short queries: a whole judgment's 32 chosen terms are its own in so
	// small a store.
	for _, q := range []retrieval.Doc{docs[5], docs[17], docs[40]} {
		text := string([]rune(q.Text[retrieval.FieldFacts])[:60]) + "被告人盗窃，公诉机关指控，经审理查明"
		terms, err := s.queryTerms(ctx, text, analysis.Tokens(text), fields)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []retrieval.Filter{{IDs: ids}, {IDs: ids, Charges: q.Meta.Charges}} {
			sql, args, ok := lexicalQuery(terms, fields, f, len(ids), retrieval.QueryTerms)
			if !ok {
				t.Fatal("no query terms")
			}
			want, err := s.scored(ctx, sql, args, "tsvector search")
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Lexical(ctx, text, f, len(ids))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) || len(got) == 0 || (len(f.Charges) == 0 && len(got) < 10) {
				t.Fatalf("query %s filter %v: postings found %d documents, tsvectors %d", q.ID, f.Charges, len(got), len(want))
			}
			for i := range got {
				if got[i].ID != want[i].ID || math.Abs(got[i].Score-want[i].Score) > 1e-6*math.Max(1, want[i].Score) {
					t.Errorf("query %s rank %d: postings %v, tsvectors %v", q.ID, i, got[i], want[i])
				}
			}
		}
	}
	var stray, n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM leian.posting_blocks b CROSS JOIN LATERAL unnest(b.docs) AS p(doc)
		WHERE NOT EXISTS (SELECT 1 FROM leian.documents d WHERE d.num = p.doc)`).Scan(&stray); err != nil || stray != 0 {
		t.Errorf("%d postings of no stored document (%v)", stray, err)
	}
	if err := s.pool.QueryRow(ctx, "SELECT documents FROM leian.store_config").Scan(&n); err != nil || n != len(docs)-1 {
		t.Errorf("document count %d (%v), want %d", n, err, len(docs)-1)
	}
}
