package engine

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/retrieval"
	"leian/retrieval/docmeta"
	"leian/retrieval/embed"
	"leian/retrieval/embedded"
	"leian/retrieval/pgstore"
	"leian/retrieval/pgstore/pgtest"
)

func TestCheckVersions(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		held   map[string]int // nil: a folder from before versions were recorded
		stored map[string]int
		stale  bool
	}{
		{"folder and store before versions", nil, map[string]int{"a": 0, "b": 0}, false},
		{"store re-extracted, folder before versions", nil, map[string]int{"a": 1, "b": 0}, true},
		{"same versions", map[string]int{"a": 1, "b": 1}, map[string]int{"a": 1, "b": 1}, false},
		{"one document re-extracted since", map[string]int{"a": 1, "b": 1}, map[string]int{"a": 2, "b": 1}, true},
		{"a new document the index does not hold yet", map[string]int{"a": 1}, map[string]int{"a": 1, "c": 2}, false},
		{"index newer than the store (store restored)", map[string]int{"a": 2}, map[string]int{"a": 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			docs, err := docstore.Open(filepath.Join(dir, "docs.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer docs.Close()
			for id, v := range tt.stored {
				if err := docs.Put(ctx, &corpus.Document{ID: id, Text: id, ContentHash: "h" + id, ExtractVersion: v}); err != nil {
					t.Fatal(err)
				}
			}
			if tt.held != nil {
				if err := saveGob(VersionsPath(dir), tt.held); err != nil {
					t.Fatal(err)
				}
			}
			err = CheckVersions(ctx, dir, docs)
			if got := errors.Is(err, ErrOlderExtraction); got != tt.stale || (err != nil && !got) {
				t.Errorf("CheckVersions = %v, want stale %v", err, tt.stale)
			}
		})
	}
}

// TestIndexFollowsReextraction: after ingest re-extracted a document (same
// text, newer version, other elements), `leian index` rebuilds, each store
// filters it by its new elements, and the index no longer reads as older
// than the document store.
func TestIndexFollowsReextraction(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes a few hundred judgments")
	}
	const dim = 32
	stores := bothStores(dim)
	batch, _ := lecardPools(t, 1)
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) { testIndexFollowsReextraction(t, batch, dim, st.open) })
	}
}

func testIndexFollowsReextraction(t *testing.T, batch []*corpus.Document, dim int, open func(*testing.T, string) retrieval.Store) {
	ctx := context.Background()
	home, dir, o := buildSmall(ctx, t, batch, dim, open)
	docs, err := docstore.Open(filepath.Join(home, "docs.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer docs.Close()
	if err := CheckVersions(ctx, dir, docs); err != nil {
		t.Fatalf("fresh index: %v", err)
	}

	// Re-extract one document as a newer extractor would: it now cites
	// another document's articles, one of which it did not cite before.
	target, article := reextractOne(t, docs)
	if err := CheckVersions(ctx, dir, docs); !errors.Is(err, ErrOlderExtraction) {
		t.Fatalf("after re-extraction, before index: %v, want ErrOlderExtraction", err)
	}
	store := open(t, dir)
	defer store.Close()
	find := func() []string {
		f := retrieval.Filter{IDs: []string{target.ID}, Articles: []string{article}}
		got, err := store.Lexical(ctx, target.Text[:min(len(target.Text), 600)], f, 5, retrieval.FieldWeight{Field: retrieval.FieldFull, Weight: 1})
		if err != nil {
			t.Fatal(err)
		}
		out := make([]string, len(got))
		for i, g := range got {
			out[i] = g.ID
		}
		return out
	}
	if got := find(); len(got) != 0 {
		t.Fatalf("before index the store already filters %s by %s: %v", target.ID, article, got)
	}
	o.Dir = dir
	if err := Index(ctx, docs, store, o); err != nil {
		t.Fatal(err)
	}
	if got := find(); !slices.Equal(got, []string{target.ID}) {
		t.Errorf("after index, filter by the re-extracted article %s = %v, want [%s]", article, got, target.ID)
	}
	if err := CheckVersions(ctx, dir, docs); err != nil {
		t.Errorf("after index: %v", err)
	}
	sums, err := LoadSummaries(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer sums.Close()
	if !slices.Contains(sums.Cases[target.ID].Articles, article) {
		t.Errorf("index folder's case elements of %s: %v, want %s among them", target.ID, sums.Cases[target.ID].Articles, article)
	}
}

// reextractOne gives a stored document the articles of another and a
// newer extraction version, and returns it with an article it gained.
func reextractOne(t *testing.T, docs *docstore.Store) (*corpus.Document, string) {
	t.Helper()
	ctx := context.Background()
	var all []*corpus.Document
	if err := docs.Each(ctx, func(d *corpus.Document) error { all = append(all, d); return nil }); err != nil {
		t.Fatal(err)
	}
	for _, d := range all {
		have := docmeta.CaseOf(d).Articles
		for _, o := range all {
			for _, a := range docmeta.CaseOf(o).Articles {
				if slices.Contains(have, a) || d.Elements == nil || d.Elements.CaseType == "civil" {
					continue
				}
				d.Elements.Articles = o.Elements.Articles
				d.ExtractVersion++
				if err := docs.Put(ctx, d); err != nil {
					t.Fatal(err)
				}
				return d, a
			}
		}
	}
	t.Fatal("no two documents cite different articles")
	return nil, ""
}

// storeOpener opens one retrieval store for a test, the same store each call.
type storeOpener struct {
	name string
	open func(t *testing.T, dir string) retrieval.Store
}

// bothStores are the embedded store and a fresh Postgres database.
func bothStores(dim int) []storeOpener {
	return []storeOpener{
		{"embedded", func(t *testing.T, dir string) retrieval.Store {
			s, err := embedded.Open(context.Background(), filepath.Join(dir, "embedded"), embedded.Options{})
			if err != nil {
				t.Fatal(err)
			}
			return s
		}},
		{"postgres", func() func(t *testing.T, dir string) retrieval.Store {
			url := ""
			return func(t *testing.T, _ string) retrieval.Store {
				if url == "" {
					url = pgtest.NewDatabase(t)
				}
				s, err := pgstore.Open(context.Background(), url, pgstore.Options{Dim: dim})
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
		}()},
	}
}

// buildSmall builds a small index of batch in a fresh home and closes it,
// returning the home, the index folder for the test to reopen and the
// options it built with.
func buildSmall(ctx context.Context, t *testing.T, batch []*corpus.Document, dim int, open func(*testing.T, string) retrieval.Store) (home, dir string, o IndexOptions) {
	t.Helper()
	o = IndexOptions{Train: embed.DefaultTrainOptions(), BatchSize: 64, Log: discard()}
	o.Train.Dim, o.Train.MaxTerms, o.Train.MinDF = dim, 20000, 2
	home = t.TempDir()
	dir = filepath.Join(home, "index")
	b, err := BuildOn(ctx, home, batch, open(t, dir), o)
	if err != nil {
		t.Fatal(err)
	}
	b.Close()
	return home, dir, o
}
