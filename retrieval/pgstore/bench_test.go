package pgstore

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"leian/retrieval"

	"leian/retrieval/pgstore/pgtest"
	"leian/retrieval/storetest"
)

// The benchmarks use their own stores, of another dimension than the tests,
// in this run's database: a store's dimension is fixed, so each drops the
// schema first.
func openBench(b *testing.B, dim int) *Store {
	b.Helper()
	pgtest.Require(b, testURL)
	ctx := context.Background()
	s, err := Open(ctx, testURL, Options{Dim: storetest.Dim})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, "DROP SCHEMA leian CASCADE"); err != nil {
		b.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, testURL, Options{Dim: dim}); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		s.pool.Exec(ctx, "DROP SCHEMA leian CASCADE")
		s.Close()
	})
	return s
}

// BenchmarkNearest: HNSW search over 10k synthetic 768-d vectors, whole
// and filtered.
func BenchmarkNearest(b *testing.B) {
	storetest.BenchNearest(b, openBench(b, storetest.BenchDim))
}

// BenchmarkLexical searches 1,000 real LeCaRD judgments with the facts of
// one of them, whole and within a pool of 100.
func BenchmarkLexical(b *testing.B) {
	storetest.BenchLexical(b, openBench(b, storetest.Dim))
}

// BenchmarkPush times a push's candidate search on 2,000 real LeCaRD
// judgments (random vectors), as one Joint statement and as the separate
// searches and rescorings it replaces, and reports the server's CPU per
// push (its backends' /proc times): unlike wall time, that does not grow
// when other processes share the cores.
func BenchmarkPush(b *testing.B) {
	const dim = 256
	s := openBench(b, dim)
	ctx := context.Background()
	docs := storetest.WithRandomVectors(storetest.LeCaRD(b, 2000), dim, 1)
	l, err := s.NewLoader(ctx, nil)
	if err != nil || l == nil {
		b.Fatalf("NewLoader: %v, %v", l, err)
	}
	for i := 0; i < len(docs); i += 500 {
		if err := l.Upsert(ctx, docs[i:i+500]); err != nil {
			b.Fatal(err)
		}
	}
	if err := l.Compact(ctx); err != nil {
		b.Fatal(err)
	}
	var qs []retrieval.JointQuery
	for i := 0; i < len(docs); i += 100 {
		facts := []rune(docs[i].Text[retrieval.FieldFacts])
		qs = append(qs, retrieval.JointQuery{Text: string(facts[:min(len(facts), 500)]), Vector: docs[i].Vector, Scope: docs[i].Meta.Charges, K: 100})
	}
	for _, bc := range []struct {
		name string
		push func(q retrieval.JointQuery) error
	}{
		{"joint", func(q retrieval.JointQuery) error { _, err := s.Joint(ctx, q); return err }},
		{"separate", func(q retrieval.JointQuery) error { return separatePush(ctx, s, q) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			cpu0 := serverCPU(b, s)
			n := 0
			for b.Loop() {
				if err := bc.push(qs[n%len(qs)]); err != nil {
					b.Fatal(err)
				}
				n++
			}
			b.ReportMetric(float64((serverCPU(b, s)-cpu0).Microseconds())/1000/float64(n), "server-ms/push")
		})
	}
}

// separatePush is what the pipeline runs without Joint: the three
// searches, then the two rescorings of the candidates the other signal
// found.
func separatePush(ctx context.Context, s *Store, q retrieval.JointQuery) error {
	scoped := q.Filter
	scoped.Charges = q.Scope
	lex, dense := map[string]bool{}, map[string]bool{}
	var all []string
	for _, f := range []retrieval.Filter{q.Filter, scoped} {
		l, err := s.Lexical(ctx, q.Text, f, q.K)
		if err != nil {
			return err
		}
		for _, sc := range l {
			lex[sc.ID] = true
			all = append(all, sc.ID)
		}
	}
	d, err := s.Nearest(ctx, q.Vector, q.Filter, q.K)
	if err != nil {
		return err
	}
	for _, sc := range d {
		dense[sc.ID] = true
		all = append(all, sc.ID)
	}
	var noLex, noDense []string
	for _, id := range all {
		if !lex[id] {
			noLex = append(noLex, id)
		}
		if !dense[id] {
			noDense = append(noDense, id)
		}
	}
	f := q.Filter
	f.IDs = noLex
	if _, err := s.Lexical(ctx, q.Text, f, max(1, len(noLex))); err != nil {
		return err
	}
	f.IDs = noDense
	_, err = s.Nearest(ctx, q.Vector, f, max(1, len(noDense)))
	return err
}

// serverCPU is the CPU time used so far by the backends connected to the
// store's database, read from /proc (the server runs on this machine).
func serverCPU(b *testing.B, s *Store) time.Duration {
	b.Helper()
	rows, err := s.pool.Query(context.Background(), `SELECT pid FROM pg_stat_activity
		WHERE datname = current_database() AND backend_type = 'client backend'`)
	if err != nil {
		b.Fatal(err)
	}
	pids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		b.Fatal(err)
	}
	var sum time.Duration
	for _, pid := range pids {
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			b.Skipf("server CPU: %v (is the server on this machine?)", err)
		}
		f := strings.Fields(string(raw[strings.LastIndexByte(string(raw), ')')+1:]))
		ut, _ := strconv.Atoi(f[11])
		st, _ := strconv.Atoi(f[12])
		sum += time.Duration(ut+st) * 10 * time.Millisecond
	}
	return sum
}
