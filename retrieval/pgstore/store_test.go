package pgstore

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"leian/retrieval"
	"leian/retrieval/analysis"
	"leian/retrieval/pgstore/pgtest"
	"leian/retrieval/storetest"
)

// testURL is the connection string of this run's own database, set by
// TestMain; empty when LEIAN_TEST_POSTGRES_URL is unset.
var testURL string

// TestMain creates a database for this run and drops it afterwards. With
// LEIAN_TEST_POSTGRES_URL unset the tests skip (fail under CI=true); with
// it set, an unreachable server fails the run, so CI never skips silently.
func TestMain(m *testing.M) {
	admin := os.Getenv(pgtest.EnvURL)
	if admin == "" {
		os.Exit(m.Run())
	}
	dbURL, drop, err := pgtest.Create(context.Background(), admin)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s is set but the test database cannot be created: %v\n", pgtest.EnvURL, err)
		os.Exit(1)
	}
	testURL = dbURL
	code := m.Run()
	if err := drop(); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}

// openTest opens the store in this run's database, emptied.
func openTest(t testing.TB) *Store {
	t.Helper()
	pgtest.Require(t, testURL)
	s, err := Open(context.Background(), testURL, Options{Dim: storetest.Dim})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if _, err := s.pool.Exec(context.Background(), "TRUNCATE leian.documents, leian.lexeme_df, leian.posting_blocks, leian.bulk_indexes; UPDATE leian.store_config SET documents = 0"); err != nil {
		t.Fatalf("truncate: %v", err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) retrieval.Store { return openTest(t) })
}

// TestMigrations: each migration is recorded once, reopening applies
// nothing, and the dimension cannot change.
func TestMigrations(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	s.Close()
	s = openTest(t)
	defer s.Close()
	var versions []int
	rows, _ := s.pool.Query(ctx, "SELECT version FROM leian.schema_migrations ORDER BY version")
	versions, err := pgx.CollectRows(rows, pgx.RowTo[int])
	if err != nil || fmt.Sprint(versions) != "[1 2 3 4 5 6 7]" {
		t.Errorf("schema_migrations versions = %v, %v; want [1 2 3 4 5 6 7]", versions, err)
	}
	if _, err := Open(ctx, testURL, Options{Dim: storetest.Dim + 1}); err == nil || !strings.Contains(err.Error(), "dimension") {
		t.Errorf("Open with another dimension: %v, want a dimension error", err)
	}
	if s2, err := Open(ctx, testURL, Options{}); err != nil || s2.Dim() != storetest.Dim {
		t.Errorf("Open without Dim: %v; want the stored dimension %d", err, storetest.Dim)
	} else {
		s2.Close()
	}
	if _, err := loadMigrations(maxDim + 1); err == nil {
		t.Errorf("loadMigrations(%d) accepted a dimension HNSW cannot index", maxDim+1)
	}
}

// TestHNSWIndexUsed: EXPLAIN shows Nearest's query on the HNSW index, with
// and without a filter.
func TestHNSWIndexUsed(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	defer s.Close()
	docs := make([]retrieval.Doc, 3000)
	for i := range docs {
		docs[i] = retrieval.Doc{ID: fmt.Sprint("v", i), Meta: retrieval.Meta{Year: 2010 + i%10}}
	}
	docs = storetest.WithRandomVectors(docs, storetest.Dim, 11)
	if err := s.Upsert(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, "ANALYZE leian.documents"); err != nil {
		t.Fatal(err)
	}
	// On a table this small a sequential scan is cheaper, and the planner
	// rightly picks it; turning it off shows that the query's shape lets
	// the planner use the index, which it does on its own at scale.
	// With a filter the planner may rightly prefer the filter's own index
	// and an exact sort; the plan is logged for reading.
	for _, f := range []retrieval.Filter{{}, {YearFrom: 2015}} {
		sql, args := nearestQuery(docs[0].Vector, f, 10)
		plan := explainNoSeqScan(t, s, "EXPLAIN", sql, args)
		if f.YearFrom != 0 {
			t.Logf("filtered plan:\n%s", plan)
			continue
		}
		if !strings.Contains(plan, "documents_embedding") {
			t.Errorf("filter %+v: plan does not use the HNSW index:\n%s", f, plan)
		}
	}
}

// TestLexemesRoundTrip: lexemes with quotes, backslashes and legal
// punctuation reach Postgres unchanged.
func TestLexemesRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	defer s.Close()
	tokens := []string{"走私、贩卖、运输、制造毒品罪", "第133条之1", "o'neil", `back\slash`, "a:b", "x|y", "第133条之1"}
	var got []string
	err := s.pool.QueryRow(ctx, "SELECT tsvector_to_array($1::tsvector)", tsvectorText(tokens)).Scan(&got)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(tokens)-1 {
		t.Errorf("tsvector lexemes = %q, want the %d distinct tokens of %q", got, len(tokens)-1, tokens)
	}
	for _, tok := range tokens {
		var ok bool
		if err := s.pool.QueryRow(ctx, "SELECT $1::tsvector @@ $2::tsquery", tsvectorText(tokens), tsqueryText([]string{tok})).Scan(&ok); err != nil || !ok {
			t.Errorf("lexeme %q does not match itself: %v, %v", tok, ok, err)
		}
	}
}

// TestLexicalPlan: EXPLAIN ANALYZE shows Lexical's query finding its
// candidates through the GIN indexes of both default fields, and scoring
// each candidate's tsvectors once (one subplan run per candidate and field).
func TestLexicalPlan(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	defer s.Close()
	docs := storetest.LeCaRD(t, 200)
	if err := s.Upsert(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, "ANALYZE leian.documents"); err != nil {
		t.Fatal(err)
	}
	text := docs[0].Text[retrieval.FieldFacts]
	fields := retrieval.DefaultLexicalFields()
	terms, err := s.queryTerms(ctx, text, analysis.Tokens(text), fields)
	if err != nil {
		t.Fatal(err)
	}
	sql, args, ok := lexicalQuery(terms, fields, retrieval.Filter{}, 10, candidateTerms)
	if !ok {
		t.Fatal("no query terms")
	}
	plan := explainNoSeqScan(t, s, "EXPLAIN ANALYZE", sql, args) // as Lexical runs it
	for _, want := range []string{"Bitmap Index Scan on documents_facts_tsv", "Bitmap Index Scan on documents_full_tsv"} {
		if !strings.Contains(plan, want) {
			t.Errorf("plan lacks %q:\n%s", want, plan)
		}
	}
}

// explainNoSeqScan returns the plan of sql (explain is EXPLAIN or EXPLAIN
// ANALYZE) with sequential scans turned off for its transaction.
func explainNoSeqScan(t *testing.T, s *Store, explain, sql string, args []any) string {
	t.Helper()
	ctx := context.Background()
	var lines []string
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SET LOCAL enable_seqscan = off"); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, explain+" "+sql, args...)
		if err != nil {
			return err
		}
		lines, err = pgx.CollectRows(rows, pgx.RowTo[string])
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}
