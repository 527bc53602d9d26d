package engine

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"leian/corpus"
	"leian/internal/dataset"
	"leian/internal/lecard"
	"leian/retrieval"
	"leian/retrieval/embed"
	"leian/retrieval/embedded"
	"leian/retrieval/pgstore"
	"leian/retrieval/pgstore/pgtest"
)

// lecardPools returns the candidates of the first n LeCaRD dev queries'
// pools: a few hundred real judgments.
func lecardPools(t *testing.T, n int) ([]*corpus.Document, *lecard.Set) {
	t.Helper()
	data, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lecard.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, n)
	for i, q := range l.Queries[:n] {
		ids[i] = q.ID
	}
	l, docs, err := poolData(t.Context(), data, ids)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*corpus.Document, 0, len(docs))
	for _, d := range docs {
		out = append(out, d)
	}
	return out, l
}

// TestIndexIntoPostgres indexes real judgments through Index into the
// Postgres store and searches them through the engine, as
// `LEIAN_STORE=postgres leian index` and `leian search` do. Re-running,
// sharing the index folder with the embedded store, and an interrupted
// run must leave each store either complete and stamped or unstamped.
func TestIndexIntoPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes a few hundred judgments into Postgres")
	}
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	docs, l := lecardPools(t, 2)
	dir := t.TempDir()
	o := IndexOptions{Dir: filepath.Join(dir, "index"), Train: embed.DefaultTrainOptions(), BatchSize: 64, Log: discard()}
	o.Train.Dim, o.Train.MaxTerms, o.Train.MinDF = 64, 20000, 2
	o.Train.Words, o.Train.WordsName = WordTokenizer()
	pg, err := pgstore.Open(ctx, url, pgstore.Options{Dim: o.Train.Dim})
	if err != nil {
		t.Fatal(err)
	}
	b, err := BuildOn(ctx, dir, docs, pg, o)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	t.Run("search", func(t *testing.T) { testSearch(t, b.Engine, l) })
	t.Run("bad queries", func(t *testing.T) { testBadQueries(t, b.Engine) })
	if t.Failed() {
		return
	}

	// index runs Index over the document store into s and returns how many
	// documents it wrote; cancelAfter > 0 interrupts it after that many.
	index := func(s retrieval.Store, force bool, cancelAfter int) (int, error) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		o := o
		o.Force = force
		written := 0
		o.Progress = func(done, _ int) {
			written = done
			if cancelAfter > 0 && done >= cancelAfter {
				cancel()
			}
		}
		err := Index(ctx, b.Docs, s, o)
		return written, err
	}
	check := func(s retrieval.Store, name string, current bool) {
		t.Helper()
		if err := CheckStore(ctx, o.Dir, s); (err == nil) != current {
			t.Errorf("%s: CheckStore = %v, want current %t", name, err, current)
		}
	}
	embedder, err := os.Stat(EmbedderPath(o.Dir))
	if err != nil {
		t.Fatal(err)
	}

	if n, err := index(pg, false, 0); err != nil || n != 0 {
		t.Errorf("second run over an unchanged document store wrote %d documents (%v), want none", n, err)
	}
	// The embedded store in the same folder is not built yet; building it
	// reuses the folder's embedder and leaves the Postgres store current.
	emb, err := embedded.Open(ctx, filepath.Join(o.Dir, "embedded"), embedded.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	check(emb, "embedded before indexing", false)
	time.Sleep(10 * time.Millisecond) // a rewrite would show in the modification time
	if n, err := index(emb, false, 0); err != nil || n != len(docs) {
		t.Errorf("indexing the embedded store wrote %d documents (%v), want %d", n, err, len(docs))
	}
	if again, err := os.Stat(EmbedderPath(o.Dir)); err != nil || !again.ModTime().Equal(embedder.ModTime()) {
		t.Errorf("indexing the embedded store retrained the folder's embedder (%v)", err)
	}
	check(emb, "embedded", true)
	check(pg, "postgres after indexing the embedded store", true)

	// A forced run interrupted after one batch leaves the store unstamped;
	// the next run completes it and removes a document the document store
	// does not have.
	if err := pg.Upsert(ctx, []retrieval.Doc{{ID: "stray", Text: map[retrieval.Field]string{retrieval.FieldFacts: "被告人盗窃"}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := index(pg, true, o.BatchSize); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted run: %v, want context.Canceled", err)
	}
	check(pg, "postgres after an interrupted run", false)
	if n, err := index(pg, false, 0); err != nil || n != len(docs) {
		t.Errorf("run after the interrupted one wrote %d documents (%v), want %d", n, err, len(docs))
	}
	check(pg, "postgres after the rerun", true)
	if n, err := pg.Count(ctx); err != nil || n != len(docs) {
		t.Errorf("Count = %d (%v), want %d: the stray document should be gone", n, err, len(docs))
	}
	if _, err := b.Engine.Search(ctx, retrieval.Query{Facts: l.Queries[0].Facts, K: 5}); err != nil {
		t.Errorf("search after the rerun: %v", err)
	}
}
