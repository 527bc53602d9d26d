package docstore

import (
	"context"
	"errors"
	"maps"
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
	if err := st.EachHash(ctx, func(id, hash string, _ int) error { got = append(got, id+" "+hash); return nil }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) || !slices.Contains(got, "b:2 h2-new") {
		t.Errorf("EachHash = %v, Each = %v", got, want)
	}
}

// TestExtractVersions: a document's extraction version is stored beside it,
// read without decoding it (Version, EachHash, Stats), and a store written
// before versions existed (no version index) reads as version 0, also
// read-only.
func TestExtractVersions(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "docs.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	old, cur := doc("a:1", "h1", "a", "1", corpus.Criminal), doc("b:2", "h2", "b", "2", corpus.Civil)
	cur.ExtractVersion = 3
	if err := st.PutBatch(ctx, []*corpus.Document{old, cur}); err != nil {
		t.Fatal(err)
	}
	versions := func(st *Store) map[string]int {
		t.Helper()
		got := map[string]int{}
		err := st.EachHash(ctx, func(id, _ string, v int) error { got[id] = v; return nil })
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	tests := []struct {
		name string
		put  *corpus.Document // written first, when not nil
		want map[string]int
	}{
		{"as stored", nil, map[string]int{"a:1": 0, "b:2": 3}},
		{"re-extracted", &corpus.Document{ID: "a:1", ContentHash: "h1", ExtractVersion: 3, Sources: old.Sources}, map[string]int{"a:1": 3, "b:2": 3}},
		{"back to unversioned", &corpus.Document{ID: "b:2", ContentHash: "h2", Sources: cur.Sources}, map[string]int{"a:1": 3, "b:2": 0}},
	}
	for _, tt := range tests {
		if tt.put != nil {
			if err := st.Put(ctx, tt.put); err != nil {
				t.Fatal(err)
			}
		}
		if got := versions(st); !maps.Equal(got, tt.want) {
			t.Errorf("%s: versions %v, want %v", tt.name, got, tt.want)
		}
		d, err := st.Get(ctx, "a:1")
		if err != nil || d.ExtractVersion != tt.want["a:1"] {
			t.Errorf("%s: Get(a:1) version %v (%v), want %d", tt.name, d, err, tt.want["a:1"])
		}
	}
	stats, err := st.Stats(ctx)
	if err != nil || stats.Older(3) != 1 || stats.Older(4) != 2 || stats.ByVersion[3] != 1 {
		t.Errorf("Stats by version %v (%v): want one at 3, one at 0", stats.ByVersion, err)
	}

	// A store from before versions: no version index at all.
	err = st.Update(ctx, func(tx *Tx) error { return tx.tx.DeleteBucket(bucketVersions) })
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := versions(ro); !maps.Equal(got, map[string]int{"a:1": 0, "b:2": 0}) {
		t.Errorf("read-only store without a version index: %v, want every version 0", got)
	}
	if stats, err := ro.Stats(ctx); err != nil || stats.ByVersion[0] != 2 {
		t.Errorf("read-only Stats by version %v (%v)", stats.ByVersion, err)
	}
	ro.Close()
	rw, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	if err := rw.Put(ctx, &corpus.Document{ID: "a:1", ContentHash: "h1", ExtractVersion: 5, Sources: old.Sources}); err != nil {
		t.Fatalf("Put into an upgraded old store: %v", err)
	}
	if got := versions(rw); !maps.Equal(got, map[string]int{"a:1": 5, "b:2": 0}) {
		t.Errorf("old store reopened for writing: %v", got)
	}
}
