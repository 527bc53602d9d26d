package engine

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/extract"
	"leian/corpus/ingest"
	"leian/corpus/parse"
	"leian/retrieval"
	"leian/retrieval/docmeta"
)

// TestIndexFollowsSweep runs the upgrade end to end on real judgments in
// each store: a document an older extractor analysed (another charge,
// version 0) is indexed by its old charge; `leian ingest` reads no file of
// it, and its sweep re-extracts it alone from its stored text; the index
// then reads as older, and `leian index` makes the store filter it by the
// charge the current extractor reads and no longer by the old one.
func TestIndexFollowsSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes a few hundred judgments")
	}
	const dim = 32
	batch, _ := lecardPools(t, 1)
	for _, st := range bothStores(dim) {
		t.Run(st.name, func(t *testing.T) { testIndexFollowsSweep(t, batch, dim, st.open) })
	}
}

const oldCharge = "旧版抽取罪"

func testIndexFollowsSweep(t *testing.T, batch []*corpus.Document, dim int, open func(*testing.T, string) retrieval.Store) {
	ctx := context.Background()
	target := olderDocument(t, batch)
	home, dir, o := buildSmall(ctx, t, batch, dim, open)
	store := open(t, dir)
	defer store.Close()
	filters := func(charge string) bool {
		t.Helper()
		f := retrieval.Filter{IDs: []string{target.ID}, Charges: []string{charge}}
		got, err := store.Lexical(ctx, target.Text[:min(len(target.Text), 600)], f, 5, retrieval.FieldWeight{Field: retrieval.FieldFull, Weight: 1})
		if err != nil {
			t.Fatal(err)
		}
		return len(got) == 1 && got[0].ID == target.ID
	}
	if !filters(oldCharge) {
		t.Fatalf("the store does not filter %s by its old charge before the upgrade", target.ID)
	}

	docs, err := docstore.Open(filepath.Join(home, "docs.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer docs.Close()
	sum, err := ingest.Run(ctx, docs, nil, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Swept != 1 || sum.Total.Reextracted != 1 {
		t.Fatalf("ingest swept %d (re-extracted %d), want the one older document", sum.Swept, sum.Total.Reextracted)
	}
	if err := CheckVersions(ctx, dir, docs); !errors.Is(err, ErrOlderExtraction) {
		t.Fatalf("after the sweep, before index: %v, want ErrOlderExtraction", err)
	}
	swept, err := docs.Get(ctx, target.ID)
	if err != nil {
		t.Fatal(err)
	}
	charges := docmeta.CaseOf(swept).Charges
	if len(charges) == 0 || slices.Contains(charges, oldCharge) {
		t.Fatalf("swept %s reads charges %v", target.ID, charges)
	}
	o.Dir = dir
	if err := Index(ctx, docs, store, o); err != nil {
		t.Fatal(err)
	}
	if filters(oldCharge) || !filters(charges[0]) {
		t.Errorf("after index the store filters %s by %s %v and by %s %v, want only the latter", target.ID, oldCharge, filters(oldCharge), charges[0], filters(charges[0]))
	}
	if err := CheckVersions(ctx, dir, docs); err != nil {
		t.Errorf("after index: %v", err)
	}
}

// olderDocument gives the first criminal judgment of batch in which the
// extractor reads a charge the analysis an older extractor would have
// left (another charge, version 0), which Analyse keeps.
func olderDocument(t *testing.T, batch []*corpus.Document) *corpus.Document {
	t.Helper()
	for _, d := range batch {
		st := parse.Parse(d.Text)
		el := extract.Extract(d.Text, st)
		if d.CaseType != corpus.Criminal || len(el.Charges) == 0 {
			continue
		}
		el.Charges = []string{oldCharge}
		d.Structure, d.Elements, d.ExtractVersion = st, el, 0
		return d
	}
	t.Fatal("no criminal judgment with a charge")
	return nil
}
