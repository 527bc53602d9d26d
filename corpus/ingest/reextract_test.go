package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
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
// label or a document, whether a record of it is read or only the sweep
// reaches it; a run cut short in the sweep leaves what it committed at the
// new version and the next run finishes the rest, reading no other file.
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

	const batch = 7
	steps := []struct {
		name    string
		files   []source.File
		version int
		cut     bool // cancelled once the sweep committed its first batch
		// re-extracted documents (swept of them) and unchanged records this run
		reextracted, swept, unchanged int
	}{
		{"upgrade, cut short in the sweep", []source.File{lecard}, 2, true, 30 + batch, batch, 0},
		{"re-run finishes the rest", []source.File{lecard}, 2, false, n - 30 - batch, n - 30 - batch, 30},
		{"nothing left to do", all, 2, false, 0, 0, first.Records},
		{"next upgrade, every file read", all, 3, false, n, 0, 1}, // the LawBench record's document came first
		{"next upgrade, no file read", nil, 4, false, n, n, 0},
	}
	for _, s := range steps {
		opt := Options{ExtractVersion: s.version, BatchSize: batch}
		runCtx, cancel := context.WithCancel(ctx)
		if s.cut {
			opt.Log = slog.New(cancelOn{msg: sweptBatch, cancel: cancel})
		}
		sum, err := Run(runCtx, st, s.files, opt)
		cancel()
		if s.cut != errors.Is(err, context.Canceled) || (err != nil && !s.cut) {
			t.Fatalf("%s: %v", s.name, err)
		}
		got := sum.Total
		if got.Reextracted != s.reextracted || sum.Swept != s.swept || got.Unchanged != s.unchanged || got.New+got.Merged+got.Updated+got.Rejected != 0 {
			t.Errorf("%s: %+v, %d swept, want %d re-extracted (%d swept), %d unchanged, nothing else", s.name, got, sum.Swept, s.reextracted, s.swept, s.unchanged)
		}
		stats, err := st.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if stats.Documents != n || stats.Older(s.version) != olderAfter(s.cut, n, 30+batch) {
			t.Errorf("%s: %d documents by version %v, want %d, %d older", s.name, stats.Documents, stats.ByVersion, n, olderAfter(s.cut, n, 30+batch))
		}
	}
	got := snapshot(t, st)
	for id, w := range want {
		g := got[id]
		if g == nil {
			t.Errorf("%s lost", id)
			continue
		}
		if g.ExtractVersion != 4 {
			t.Errorf("%s: version %d, want 4", id, g.ExtractVersion)
		}
		g.ExtractVersion = w.ExtractVersion
		if !reflect.DeepEqual(g, w) {
			gj, _ := json.Marshal(struct{ Elements, Structure any }{g.Elements, g.Structure})
			wj, _ := json.Marshal(struct{ Elements, Structure any }{w.Elements, w.Structure})
			t.Errorf("%s after re-extraction differs from a fresh ingest (sources, labels, text or):\ngot  %.300s\nwant %.300s", id, gj, wj)
		}
	}
	err := st.EachHash(ctx, func(id, _ string, v int) error {
		if v != 4 {
			t.Errorf("%s: indexed version %d, want 4", id, v)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// olderAfter is how many of n documents a step leaves older: those a cut
// run did not reach, none after a finished one.
func olderAfter(cut bool, n, done int) int {
	if cut {
		return n - done
	}
	return 0
}

// sweptBatch is the sweep's log message for each committed batch.
const sweptBatch = "re-extracted a batch of stored documents"

// cancelOn is a log handler that cancels a run when it logs msg: a run cut
// short at a known point, as a kill or Ctrl-C would cut it anywhere.
type cancelOn struct {
	msg    string
	cancel context.CancelFunc
}

func (h cancelOn) Enabled(context.Context, slog.Level) bool { return true }
func (h cancelOn) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h cancelOn) WithGroup(string) slog.Handler            { return h }
func (h cancelOn) Handle(_ context.Context, r slog.Record) error {
	if r.Message == h.msg {
		h.cancel()
	}
	return nil
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
		// The merge is written in the batch after the worker read the
		// document: the re-extraction must not write back the read copy.
		{"merged before its re-extraction", `{"id": "c", "text": "被告人张某盗窃一案。本院认为，被告人张某构成盗窃罪。"}` + "\n" +
			`{"id": "a", "text": "被告人张某盗窃一案。本院认为，被告人张某构成盗窃罪。"}` + "\n", 4, Counts{Merged: 1, Reextracted: 1}},
	}
	sources := 0 // beyond the first, before this step
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
		d, err := st.Get(context.Background(), "jsonl:a")
		if err != nil {
			t.Fatal(err)
		}
		if want := 1 + tt.want.Merged + sources; len(d.Sources) != want {
			t.Errorf("%s: %d sources %v, want %d", tt.name, len(d.Sources), d.Sources, want)
		}
		sources = len(d.Sources) - 1
		if err != nil {
			t.Fatal(err)
		}
	}
}
