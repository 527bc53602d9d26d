package benchmark

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/internal/dataset"
	"leian/internal/lecard"
	"leian/retrieval/embed"
	"leian/retrieval/engine"
)

// tinyIndex indexes the pool of the first LeCaRD dev query (100 real
// judgments) with engine.Build and returns a Setup over it.
func tinyIndex(t *testing.T) Setup {
	t.Helper()
	if testing.Short() {
		t.Skip("indexes a hundred judgments")
	}
	ctx := context.Background()
	data, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lecard.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, id := range l.Pools[l.Queries[0].ID] {
		want[id] = true
	}
	found, err := lecard.ReadCandidates(ctx, lecard.CandidatesPath(data), want)
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]*corpus.Document, 0, len(found))
	for _, d := range found {
		docs = append(docs, d)
	}
	dir := t.TempDir()
	o := engine.IndexOptions{Train: embed.DefaultTrainOptions(), BatchSize: 64, Log: slog.New(slog.DiscardHandler)}
	o.Train.Dim, o.Train.MaxTerms, o.Train.MinDF = 32, 20000, 2
	o.Train.Words, o.Train.WordsName = engine.WordTokenizer()
	b, err := engine.Build(ctx, dir, docs, o)
	if err != nil {
		t.Fatal(err)
	}
	// The bench opens the embedded store itself, as over LEIAN_HOME.
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	s := Setup{IndexDir: filepath.Join(dir, "index"), Warmup: 2}
	if s.Docs, err = docstore.Open(filepath.Join(dir, "docs.db")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Docs.Close() })
	if s.Embedder, err = engine.LoadEmbedder(s.IndexDir, "", "", ""); err != nil {
		t.Fatal(err)
	}
	if s.Vocab, err = engine.LoadVocabulary(s.IndexDir); err != nil {
		t.Fatal(err)
	}
	s.Plain, s.Filtered = Pushes(l, s.Vocab, 8, 10)
	return s
}

func TestSearch(t *testing.T) {
	s := tinyIndex(t)
	ctx := context.Background()
	stores := []string{"embedded"}
	if admin := os.Getenv("LEIAN_TEST_POSTGRES_URL"); admin != "" {
		s.PostgresURL, s.Database = admin, testDatabase(t, admin)
		stores = append(stores, "postgres")
	} else {
		t.Log("LEIAN_TEST_POSTGRES_URL is unset: timing the embedded store only")
	}
	s.Clients, s.PerClient = []int{3}, 2
	r, err := Search(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, r, stores)
	if s.PostgresURL == "" {
		return
	}
	if r.Stores[1].Reused {
		t.Error("first run reused a Postgres store it had just created")
	}
	again, err := Search(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Stores[1].Reused || again.Stores[1].LoadSeconds != 0 {
		t.Errorf("second run reloaded Postgres: %+v", again.Stores[1])
	}
}

func checkReport(t *testing.T, r *Report, stores []string) {
	t.Helper()
	if r.Documents < 90 || r.Pushes != 8 || r.K != 10 || r.QueryRunes > QueryRunes || r.QueryRunes < 100 {
		t.Errorf("report header %+v", r)
	}
	if len(r.Stores) != len(stores) || len(r.Slowdown) != 2*(len(stores)-1) {
		t.Fatalf("%d stores, %d slowdowns, want stores %v", len(r.Stores), len(r.Slowdown), stores)
	}
	for i, s := range r.Stores {
		if s.Store != stores[i] || s.Documents != r.Documents || s.IndexMiB <= 0 || s.Memory.RSSMiB <= 0 || s.Memory.PeakRSSMiB < s.Memory.RSSMiB {
			t.Errorf("store %+v", s)
		}
		if len(s.Latency) != 3 || s.Latency[0].Filtered || !s.Latency[1].Filtered || s.Latency[0].Clients != 1 {
			t.Fatalf("%s: latency rows %+v, want unfiltered then filtered, then 3 concurrent clients", s.Store, s.Latency)
		}
		if c := s.Latency[2]; c.Clients != 3 || c.Pushes != 6 || c.Filtered || c.Results == 0 || c.P99MS <= 0 {
			t.Errorf("%s: concurrent row %+v, want 3 clients × 2 unfiltered pushes", s.Store, c)
		}
		for _, l := range s.Latency[:2] {
			if l.Pushes != 8 || l.Results == 0 || l.Results > 8*10 {
				t.Errorf("%s filtered=%t: %d pushes, %d results", s.Store, l.Filtered, l.Pushes, l.Results)
			}
			if !(0 < l.P50MS && l.P50MS <= l.P90MS && l.P90MS <= l.P99MS && l.P99MS <= l.MaxMS && l.MeanMS <= l.MaxMS) {
				t.Errorf("%s filtered=%t: percentiles out of order %+v", s.Store, l.Filtered, l)
			}
		}
	}
}

// testDatabase names a database of this run's own and drops it afterwards.
func testDatabase(t *testing.T, admin string) string {
	b := make([]byte, 6)
	rand.Read(b)
	name := "leian_bench_test_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, admin)
		if err != nil {
			t.Errorf("drop %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop %s: %v", name, err)
		}
	})
	return name
}

func TestPushes(t *testing.T) {
	data, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lecard.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	vocab := engine.Vocabulary{Charges: []string{"盗窃罪", "危险驾驶罪", "故意伤害罪"}}
	plain, filtered := Pushes(l, vocab, 20, 10)
	if len(plain) != 20 || len(filtered) != 20 {
		t.Fatalf("%d plain, %d filtered pushes, want 20 each", len(plain), len(filtered))
	}
	for i, p := range plain {
		f := filtered[i]
		if n := utf8.RuneCountInString(p.Facts); n > QueryRunes || n < QueryRunes*4/5 {
			t.Errorf("push %d: %d runes, the 20 longest queries should be cut to %d", i, n, QueryRunes)
		}
		if f.Facts != p.Facts || f.Filter.YearFrom != FilterYearFrom || f.Filter.YearTo != FilterYearTo || p.K != 10 {
			t.Errorf("push %d: plain %+v, filtered %+v", i, p.Filter, f.Filter)
		}
		for _, c := range f.Filter.Charges {
			if !strings.Contains("盗窃罪 危险驾驶罪 故意伤害罪", c) {
				t.Errorf("push %d filters on %s, which the vocabulary lacks", i, c)
			}
		}
	}
}

func TestCut(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"  被告人盗窃。  ", 10, "被告人盗窃。"},
		{"甲。乙乙乙乙乙乙乙乙", 5, "甲。乙乙乙"}, // no sentence end in the last fifth
		{"甲乙丙丁。戊己庚辛", 5, "甲乙丙丁。"},  // cut at the sentence end
		{"甲乙丙丁戊己庚辛壬；癸子", 10, "甲乙丙丁戊己庚辛壬；"},
	}
	for _, tc := range tests {
		if got := cut(tc.in, tc.n); got != tc.want {
			t.Errorf("cut(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestRank(t *testing.T) {
	ds := make([]time.Duration, 100)
	for i := range ds {
		ds[i] = time.Duration(i+1) * time.Millisecond
	}
	tests := []struct {
		ds   []time.Duration
		p    float64
		want time.Duration
	}{
		{ds, 0.50, 50 * time.Millisecond},
		{ds, 0.99, 99 * time.Millisecond},
		{ds, 1, 100 * time.Millisecond},
		{ds[:1], 0.99, time.Millisecond},
		{ds[:3], 0.5, 2 * time.Millisecond},
	}
	for _, tc := range tests {
		if got := rank(tc.ds, tc.p); got != tc.want {
			t.Errorf("rank(%d durations, %v) = %v, want %v", len(tc.ds), tc.p, got, tc.want)
		}
	}
}

func TestWithDatabase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable", "postgres://postgres@127.0.0.1:5432/leian_bench?sslmode=disable"},
		{"postgresql://u@h", "postgresql://u@h/leian_bench"},
		{"host=127.0.0.1 user=postgres dbname=postgres", "host=127.0.0.1 user=postgres dbname=postgres dbname=leian_bench"},
	}
	for _, tc := range tests {
		got, err := withDatabase(tc.in, "leian_bench")
		if err != nil || got != tc.want {
			t.Errorf("withDatabase(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}
