package pgstore

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"leian/retrieval"
	"leian/retrieval/storetest"
)

// TestLoaderAsUpsert: a store filled by the bulk loader holds the same
// indexes and answers every search as one filled by Upsert, and takes
// Upserts after the load.
func TestLoaderAsUpsert(t *testing.T) {
	ctx := context.Background()
	docs := storetest.WithRandomVectors(storetest.LeCaRD(t, 90), storetest.Dim, 5)
	queries := []string{docs[3].Text[retrieval.FieldFacts], "被告人醉酒驾驶机动车，经鉴定血液酒精含量超标", docs[50].Text[retrieval.FieldFull]}
	search := func(s *Store) []string {
		var out []string
		for _, f := range []retrieval.Filter{{}, {Charges: docs[3].Meta.Charges}, {YearFrom: 2015}} {
			for _, q := range queries {
				for _, fields := range [][]retrieval.FieldWeight{nil, {{Field: retrieval.FieldFactsBigram, Weight: 1}}} {
					got, err := s.Lexical(ctx, q, f, 20, fields...)
					if err != nil {
						t.Fatal(err)
					}
					out = append(out, fmt.Sprintf("%.9v", got))
				}
			}
			got, err := s.Nearest(ctx, docs[7].Vector, f, 20)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprintf("%.6v", got))
		}
		return out
	}
	indexes := func(s *Store) []string {
		var names []string
		rows, _ := s.pool.Query(ctx, "SELECT indexdef FROM pg_indexes WHERE schemaname = 'leian' ORDER BY indexname")
		for rows.Next() {
			var n string
			rows.Scan(&n)
			names = append(names, n)
		}
		return names
	}

	s := openTest(t)
	if err := s.Upsert(ctx, docs); err != nil {
		t.Fatal(err)
	}
	want, wantIdx := search(s), indexes(s)
	s.Close()

	s = openTest(t)
	defer s.Close()
	l, err := s.NewLoader(ctx, nil)
	if err != nil || l == nil {
		t.Fatal(l, err)
	}
	if len(indexes(s)) >= len(wantIdx) {
		t.Errorf("NewLoader dropped no index: %v", indexes(s))
	}
	// A load cut short after its first batch is started over.
	if err := l.Upsert(ctx, docs[:40]); err != nil {
		t.Fatal(err)
	}
	if l, err = s.NewLoader(ctx, nil); err != nil || l == nil {
		t.Fatalf("NewLoader after a load cut short = %v, %v", l, err)
	}
	if n, err := s.Count(ctx); err != nil || n != 0 {
		t.Errorf("a restarted load kept %d documents (%v)", n, err)
	}
	// Small blocks, so that terms have postings in several of them.
	l.blockPostings = 5000
	for _, b := range [][]retrieval.Doc{docs[:20], docs[20:40], docs[40:60], docs[60:]} {
		if err := l.Upsert(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Upsert(ctx, docs[:1]); err == nil {
		t.Error("the loader took a document twice")
	}
	if err := l.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	var blocks int
	if err := s.pool.QueryRow(ctx, "SELECT count(*) FROM leian.posting_blocks WHERE term = (SELECT term FROM leian.lexeme_df WHERE field = 'facts' AND lexeme = '被告人')").Scan(&blocks); err != nil || blocks < 3 {
		t.Errorf("the postings of 被告人 are in %d blocks (%v), want one per flush", blocks, err)
	}
	if got := indexes(s); !slices.Equal(got, wantIdx) {
		t.Errorf("indexes after the load:\n%v\nwant\n%v", got, wantIdx)
	}
	got := search(s)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("search %d after the bulk load:\n%s\nafter Upsert:\n%s", i, got[i], want[i])
		}
	}
	if l, err := s.NewLoader(ctx, nil); l != nil || err != nil {
		t.Errorf("NewLoader on a loaded store = %v, %v; want nil, nil", l, err)
	}
	// Upserts after the load extend it: new keys, counts and postings.
	extra := storetest.WithRandomVectors(storetest.LeCaRD(t, 95)[90:], storetest.Dim, 6)
	if err := s.Upsert(ctx, extra); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Lexical(ctx, extra[2].Text[retrieval.FieldFacts], retrieval.Filter{}, 1); err != nil || len(got) != 1 || got[0].ID != extra[2].ID {
		t.Errorf("Lexical of a document upserted after the load = %v, %v", got, err)
	}
}
