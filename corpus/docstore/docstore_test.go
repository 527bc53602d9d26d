package docstore

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"leian/corpus"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	st, err := Open(filepath.Join(t.TempDir(), "docs.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func doc(id, hash, source, sourceID string, ct corpus.CaseType) *corpus.Document {
	return &corpus.Document{ID: id, ContentHash: hash, CaseType: ct, Text: "本院认为，" + id,
		Sources: []corpus.SourceRef{{Source: source, SourceID: sourceID, File: "f.jsonl", Line: 1}}}
}

func TestStoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	docs := []*corpus.Document{
		doc("lecard:8", "h8", "lecard", "8", corpus.Criminal),
		doc("cail2018:abc", "habc", "cail2018", "", corpus.Criminal),
		doc("scm:def", "hdef", "scm", "", corpus.Civil),
	}
	docs[0].Sources = append(docs[0].Sources, corpus.SourceRef{Source: "judge", SourceID: "aj-1"})
	if err := st.PutBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if n, err := st.Count(ctx); err != nil || n != 3 {
		t.Fatalf("Count = %d, %v; want 3", n, err)
	}
	if _, err := st.Get(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get(nope) error = %v, want ErrNotFound", err)
	}
	var order []string
	if err := st.Each(ctx, func(d *corpus.Document) error { order = append(order, d.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if want := []string{"cail2018:abc", "lecard:8", "scm:def"}; !slices.Equal(order, want) {
		t.Fatalf("Each order = %v, want %v", order, want)
	}
	tests := []struct {
		source, sourceID, want string
	}{
		{"lecard", "8", "lecard:8"},
		{"judge", "aj-1", "lecard:8"},
	}
	for _, tc := range tests {
		d, err := st.BySource(ctx, tc.source, tc.sourceID)
		if err != nil || d.ID != tc.want {
			t.Errorf("BySource(%s, %s) = %v, %v; want %s", tc.source, tc.sourceID, d, err, tc.want)
		}
	}
	if _, err := st.BySource(ctx, "lecard", "9"); !errors.Is(err, ErrNotFound) {
		t.Errorf("BySource(lecard, 9) error = %v, want ErrNotFound", err)
	}
	err := st.View(ctx, func(tx *Tx) error {
		id, hash, ok := tx.Ref("cail2018", "", "habc")
		if !ok || id != "cail2018:abc" || hash != "habc" {
			t.Errorf("Ref by hash = %q %q %v", id, hash, ok)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 3 || stats.ByCaseType[corpus.Criminal] != 2 || stats.BySource["judge"] != 1 {
		t.Errorf("Stats = %+v", stats)
	}
}

func TestStoreHashIndexFollowsText(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	d := doc("txt:1", "old", "txt", "1", corpus.Civil)
	if err := st.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	d.ContentHash = "new"
	if err := st.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	for hash, want := range map[string]int{"old": 0, "new": 1} {
		got, err := st.ByHash(ctx, hash)
		if err != nil || len(got) != want {
			t.Errorf("ByHash(%s) = %d docs, %v; want %d", hash, len(got), err, want)
		}
	}
}

func TestPutRejectsIncompleteDocument(t *testing.T) {
	st := openTemp(t)
	for _, d := range []*corpus.Document{{ContentHash: "h"}, {ID: "x"}} {
		if err := st.Put(context.Background(), d); err == nil {
			t.Errorf("Put(%+v) succeeded, want error", d)
		}
	}
}

// TestReadOnlyBesideServer: read-only handles share the file; a writer
// beside them gets a Chinese message saying what to do, not a bare timeout.
func TestReadOnlyBesideServer(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the 5 s lock timeout")
	}
	path := filepath.Join(t.TempDir(), "docs.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Put(context.Background(), &corpus.Document{ID: "lecard:1", Text: "盗窃", ContentHash: "h"}); err != nil {
		t.Fatal(err)
	}
	w.Close()
	a, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("second read-only open: %v", err)
	}
	defer b.Close()
	if d, err := b.Get(context.Background(), "lecard:1"); err != nil || d.Text != "盗窃" {
		t.Errorf("Get = %v, %v", d, err)
	}
	_, err = Open(path)
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "请先停止 leian serve") {
		t.Errorf("writer beside readers: %v, want ErrLocked saying to stop the server", err)
	}
}

// TestEachHashMatchesEach: the IDs and hashes EachHash reads from the
// summary index are those Each decodes, in the same order, after a
// document's text changed and for a document whose summary entry is gone.
func TestEachHashMatchesEach(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	docs := []*corpus.Document{
		doc("b:2", "h2", "b", "2", corpus.Criminal),
		doc("a:1", "h1", "a", "1", corpus.Civil),
		doc("c:3", "h3", "c", "3", corpus.Criminal),
	}
	if err := st.PutBatch(ctx, docs); err != nil {
		t.Fatal(err)
	}
	docs[0].ContentHash = "h2-new"
	if err := st.Put(ctx, docs[0]); err != nil {
		t.Fatal(err)
	}
	err := st.Update(ctx, func(tx *Tx) error { return tx.tx.Bucket(bucketSummary).Delete([]byte("c:3")) })
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	if err := st.Each(ctx, func(d *corpus.Document) error { want = append(want, d.ID+" "+d.ContentHash); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := st.EachHash(ctx, func(id, hash string) error { got = append(got, id+" "+hash); return nil }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) || !slices.Contains(got, "b:2 h2-new") {
		t.Errorf("EachHash = %v, Each = %v", got, want)
	}
}
