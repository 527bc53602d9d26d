package ingest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/ingest/source"
)

// TestReextractAfterVersionBump plays an upgrade of the extractor on real
// judgments: a store written before versions (version 0) whose elements an
// older extractor wrote, re-ingested under a newer version, is re-extracted
// (each document once, merged ones included) without losing a source, a
// label or a document; a run interrupted after some files leaves those
// documents at the new version and the next run finishes the rest.
func TestReextractAfterVersionBump(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lecard := source.File{Path: sliceBundle(t, dir, "lecard/candidates.jsonl.gz", 30)}
	cail := source.File{Path: sliceBundle(t, dir, "cail2018/cases.jsonl", 20)}
	civil := source.File{Path: sliceBundle(t, dir, "civil/cail2020_sfzy_train20.jsonl", 3)}
	lawbench, merged := lawBenchOnCAIL(t, dir)
	all := []source.File{lecard, cail, civil, merged, lawbench}
	st := openStore(t, dir)
	defer st.Close()

	first := run(t, st, all, Options{ExtractVersion: 1})
	if first.Total.Merged != 1 || first.Total.Rejected != 0 {
		t.Fatalf("first run %+v, want one merge and no rejections", first.Total)
	}
	want := snapshot(t, st)
	n := len(want)
	oldExtractor(t, st)

	steps := []struct {
		name    string
		files   []source.File
		version int
		// re-extracted documents and unchanged records this run
		reextracted, unchanged int
	}{
		{"upgrade, cut short after the LeCaRD file", []source.File{lecard}, 2, 30, 0},
		{"re-run finishes the rest", all, 2, n - 30, 30 + 1}, // the LawBench record's document came first
		{"nothing left to do", all, 2, 0, first.Records},
		{"next upgrade", all, 3, n, 1},
	}
	for _, s := range steps {
		sum := run(t, st, s.files, Options{ExtractVersion: s.version, BatchSize: 7})
		got := sum.Total
		if got.Reextracted != s.reextracted || got.Unchanged != s.unchanged || got.New+got.Merged+got.Updated+got.Rejected != 0 {
			t.Errorf("%s: %+v, want %d re-extracted, %d unchanged, nothing else", s.name, got, s.reextracted, s.unchanged)
		}
		if sum.Store.Documents != n {
			t.Errorf("%s: %d documents, want %d", s.name, sum.Store.Documents, n)
		}
	}
	got := snapshot(t, st)
	for id, w := range want {
		g := got[id]
		if g == nil {
			t.Errorf("%s lost", id)
			continue
		}
		if g.ExtractVersion != 3 {
			t.Errorf("%s: version %d, want 3", id, g.ExtractVersion)
		}
		g.ExtractVersion = w.ExtractVersion
		if !reflect.DeepEqual(g, w) {
			gj, _ := json.Marshal(struct{ Elements, Structure any }{g.Elements, g.Structure})
			wj, _ := json.Marshal(struct{ Elements, Structure any }{w.Elements, w.Structure})
			t.Errorf("%s after re-extraction differs from a fresh ingest (sources, labels, text or):\ngot  %.300s\nwant %.300s", id, gj, wj)
		}
	}
	err := st.EachHash(ctx, func(id, _ string, v int) error {
		if v != 3 {
			t.Errorf("%s: indexed version %d, want 3", id, v)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// lawBenchOnCAIL writes a LawBench record and a CAIL2018 record of the
// same facts, which ingest merges into one document with two sources.
func lawBenchOnCAIL(t *testing.T, dir string) (lawbench, cail source.File) {
	t.Helper()
	lb := sliceBundle(t, dir, "lawbench/3-4.json", 1)
	recs := readAll(t, lb)
	path := filepath.Join(dir, "merged-cases.jsonl")
	line := `{"fact": ` + quote(recs[0].Text) + `, "meta": {"relevant_articles": [264], "accusation": ["盗窃"], "punish_of_money": 0, "criminals": [], "term_of_imprisonment": {"death_penalty": false, "imprisonment": 4, "life_imprisonment": false}}}` + "\n"
	if err := os.WriteFile(path, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	return source.File{Path: lb}, source.File{Path: path, Format: source.FormatCAIL2018}
}

// snapshot reads every stored document, by ID.
func snapshot(t *testing.T, st *docstore.Store) map[string]*corpus.Document {
	t.Helper()
	docs := map[string]*corpus.Document{}
	if err := st.Each(context.Background(), func(d *corpus.Document) error { docs[d.ID] = d; return nil }); err != nil {
		t.Fatal(err)
	}
	return docs
}

// oldExtractor rewrites every stored document as an older extractor in a
// store from before versions would have left it: other elements, a
// structure without sections, version 0.
func oldExtractor(t *testing.T, st *docstore.Store) {
	t.Helper()
	for _, d := range snapshot(t, st) {
		d.Elements.Charges = []string{"旧版抽取罪"}
		d.Elements.Amounts = nil
		d.Structure.Sections = nil
		d.ExtractVersion = 0
		if err := st.Put(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	stats, err := st.Stats(context.Background())
	if err != nil || stats.Older(1) != stats.Documents {
		t.Fatalf("after the old extractor: versions %v (%v)", stats.ByVersion, err)
	}
}

// TestVersionOfEachOutcome: every way a document is written records the
// version it was analysed under, so none is re-extracted needlessly later.
func TestVersionOfEachOutcome(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "court.jsonl")
	st := openStore(t, dir)
	defer st.Close()
	tests := []struct {
		name    string
		lines   string
		version int
		want    Counts
	}{
		{"new", `{"id": "a", "text": "被告人张某盗窃一案。"}` + "\n", 1, Counts{New: 1}},
		{"updated text", `{"id": "a", "text": "被告人张某盗窃一案。本院认为，被告人张某构成盗窃罪。"}` + "\n", 2, Counts{Updated: 1}},
		{"merged under a newer version", `{"id": "a", "text": "被告人张某盗窃一案。本院认为，被告人张某构成盗窃罪。"}` + "\n" +
			`{"id": "b", "text": "被告人张某盗窃一案。本院认为，被告人张某构成盗窃罪。"}` + "\n", 3, Counts{Reextracted: 1, Merged: 1}},
	}
	for _, tt := range tests {
		if err := os.WriteFile(path, []byte(tt.lines), 0o644); err != nil {
			t.Fatal(err)
		}
		sum := run(t, st, []source.File{{Path: path}}, Options{ExtractVersion: tt.version})
		if sum.Total != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, sum.Total, tt.want)
		}
		err := st.EachHash(context.Background(), func(id, _ string, v int) error {
			if v != tt.version {
				t.Errorf("%s: %s at version %d, want %d", tt.name, id, v, tt.version)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
