package engine

import (
	"context"
	"path/filepath"
	"testing"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/retrieval/elements"
)

func TestStampTracksDocuments(t *testing.T) {
	ctx := context.Background()
	docs, err := docstore.Open(filepath.Join(t.TempDir(), "docs.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer docs.Close()
	put := func(id, hash string, version ...int) {
		t.Helper()
		d := &corpus.Document{ID: id, Text: id, ContentHash: hash}
		if len(version) > 0 {
			d.ExtractVersion = version[0]
		}
		if err := docs.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	put("lecard:1", "h1")
	dir := t.TempDir()
	s1, err := stamp(ctx, docs, "store=embedded")
	if err != nil {
		t.Fatal(err)
	}
	if upToDate(dir, s1) {
		t.Fatal("an empty index folder is up to date")
	}
	if err := writeAtomic(stampPath(dir), []byte(s1+"\n")); err != nil {
		t.Fatal(err)
	}
	if err := writeAtomic(VocabularyPath(dir), []byte("{}")); err != nil {
		t.Fatal(err)
	}
	if upToDate(dir, s1) {
		t.Fatal("index without summaries is up to date")
	}
	if err := saveGob(CasesPath(dir), map[string]elements.Case{}); err != nil {
		t.Fatal(err)
	}
	if upToDate(dir, s1) {
		t.Fatal("index without result cards is up to date")
	}
	if err := saveSummaries(dir, nil, nil); err != nil {
		t.Fatal(err)
	}
	if !upToDate(dir, s1) {
		t.Fatal("index with a matching stamp is not up to date")
	}
	tests := []struct {
		name     string
		change   func()
		settings string
	}{
		{"other settings", func() {}, "store=postgres"},
		{"changed text", func() { put("lecard:1", "h2") }, "store=embedded"},
		{"new document", func() { put("lecard:2", "h3") }, "store=embedded"},
		// ingest re-extracted it under a newer extractor: same text, other elements
		{"re-extracted", func() { put("lecard:2", "h3", 2) }, "store=embedded"},
	}
	for _, tt := range tests {
		// Each change is checked against an index of the store as it was just before.
		before, err := stamp(ctx, docs, "store=embedded")
		if err != nil {
			t.Fatal(err)
		}
		if err := writeAtomic(stampPath(dir), []byte(before+"\n")); err != nil {
			t.Fatal(err)
		}
		tt.change()
		s, err := stamp(ctx, docs, tt.settings)
		if err != nil {
			t.Fatal(err)
		}
		if upToDate(dir, s) {
			t.Errorf("%s: still up to date", tt.name)
		}
	}
}
