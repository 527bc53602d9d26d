package pgstore

import (
	"context"
	"os"
	"testing"

	"leian/retrieval"
	"leian/retrieval/analysis"
	"leian/retrieval/storetest"
)

func TestTmpExplain(t *testing.T) {
	ctx := context.Background()
	url := os.Getenv("TMP_URL")
	s, err := Open(ctx, url, Options{Dim: 256})
	if err != nil {
		t.Fatal(err)
	}
	docs := storetest.WithRandomVectors(storetest.LeCaRD(t, 3000), 256, 1)
	if n, _ := s.Count(ctx); n == 0 {
		l, err := s.NewLoader(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < len(docs); i += 500 {
			if err := l.Upsert(ctx, docs[i:i+500]); err != nil {
				t.Fatal(err)
			}
		}
		if err := l.Compact(ctx); err != nil {
			t.Fatal(err)
		}
	}
	d := docs[1234]
	facts := []rune(d.Text[retrieval.FieldFacts])
	q := retrieval.JointQuery{Text: string(facts[:min(500, len(facts))]), Vector: d.Vector, Scope: d.Meta.Charges, K: 100}
	sql, args := jointQuery(analysis.Tokens(q.Text), retrieval.DefaultLexicalFields(), q)
	for range 3 {
		rows, err := s.pool.Query(ctx, "EXPLAIN (ANALYZE, BUFFERS) "+sql, args...)
		if err != nil {
			t.Fatal(err)
		}
		var out string
		for rows.Next() {
			var l string
			rows.Scan(&l)
			out += l + "\n"
		}
		t.Log(out)
	}
}
