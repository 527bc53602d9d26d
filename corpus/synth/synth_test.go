package synth

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"leian/corpus"
	"leian/corpus/extract"
	"leian/corpus/ingest/source"
	"leian/corpus/parse"
	"leian/internal/dataset"
)

// realDocs are the first n LeCaRD candidates with what ingest extracts
// from them.
type realDocs []*corpus.Document

func (r realDocs) Each(_ context.Context, fn func(*corpus.Document) error) error {
	for _, d := range r {
		if err := fn(d); err != nil {
			return err
		}
	}
	return nil
}

func lecard(t testing.TB, n int) realDocs {
	t.Helper()
	var docs realDocs
	stop := errors.New("enough")
	err := source.Read(context.Background(), dataset.Path(t, "lecard/candidates.jsonl.gz"), source.FormatLeCaRD, source.Options{}, func(e source.Entry) error {
		if e.Record == nil {
			return nil
		}
		r := e.Record
		s := parse.Parse(r.Text)
		docs = append(docs, &corpus.Document{ID: "lecard:" + r.SourceID, Title: r.Title, Text: r.Text, CaseType: corpus.Criminal,
			Sources: []corpus.SourceRef{{Source: r.Source, SourceID: r.SourceID}}, Structure: s, Elements: extract.Extract(r.Text, s)})
		if len(docs) == n {
			return stop
		}
		return nil
	})
	if err != nil && !errors.Is(err, stop) {
		t.Fatal(err)
	}
	return docs
}

// TestGenerate: the records are deterministic per seed, read back through
// the ingest reader as synthetic records of the template's charges, and
// differ from every real judgment while sharing its sentences.
func TestGenerate(t *testing.T) {
	ctx := context.Background()
	docs := lecard(t, 300)
	gen := func(seed uint64) []byte {
		var b bytes.Buffer
		sum, err := Generate(ctx, docs, &b, Options{N: 60, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Records != 60 || sum.Charges < 5 {
			t.Errorf("summary %+v: want 60 records over at least 5 charge groups", sum)
		}
		return b.Bytes()
	}
	a, b, c := gen(7), gen(7), gen(8)
	if !bytes.Equal(a, b) || bytes.Equal(a, c) {
		t.Errorf("seed 7 twice gives equal output: %t; seeds 7 and 8: %t", bytes.Equal(a, b), bytes.Equal(a, c))
	}
	path := filepath.Join(t.TempDir(), "synthetic-n60-seed7.jsonl")
	if err := os.WriteFile(path, a, 0o600); err != nil {
		t.Fatal(err)
	}
	real := map[string]bool{}
	realSentences := map[string]bool{}
	for _, d := range docs {
		real[d.Text] = true
		for _, s := range sentences(d.Text) {
			realSentences[s] = true
		}
	}
	var n int
	err := source.Read(ctx, path, source.FormatAuto, source.Options{}, func(e source.Entry) error {
		if e.Problem != nil {
			t.Errorf("ingest rejects a synthetic record: %v", e.Problem)
			return nil
		}
		r := e.Record
		n++
		if r.Source != Source || !strings.HasPrefix(r.SourceID, "synthetic-s7-") || !strings.Contains(r.Title, "合成") ||
			r.Labels == nil || r.Labels.Other["synthetic"] != true || len(r.Labels.Charges) == 0 {
			t.Errorf("record %d is not labelled synthetic: source %q id %q title %q labels %+v", r.Line, r.Source, r.SourceID, r.Title, r.Labels)
		}
		if real[r.Text] {
			t.Errorf("record %s is a real judgment unchanged", r.SourceID)
		}
		shared := 0
		for _, s := range sentences(r.Text) {
			if realSentences[s] {
				shared++
			}
		}
		if shared < 3 {
			t.Errorf("record %s shares %d sentences with the real judgments: not a recombination", r.SourceID, shared)
		}
		return nil
	})
	if err != nil || n != 60 {
		t.Errorf("read back %d records, %v", n, err)
	}
}

// TestSyntheticNeverEvaluated: the eval guard refuses a document store
// holding synthetic records, and the generator never recombines them.
func TestSyntheticNeverEvaluated(t *testing.T) {
	if err := Refuse(map[string]int{"lecard": 10, Source: 1}); err == nil {
		t.Error("Refuse accepted a store with a synthetic record")
	}
	if err := Refuse(map[string]int{"lecard": 10, "cail2018": 3}); err != nil {
		t.Errorf("Refuse rejected real records: %v", err)
	}
	fake := &corpus.Document{ID: "synthetic:synthetic-s1-0000001", CaseType: corpus.Criminal, Text: "某某人民法院。被告人张某盗窃。",
		Sources: []corpus.SourceRef{{Source: Source}}, Elements: &extract.Elements{Charges: []string{"盗窃罪"}}}
	if !IsSynthetic(fake) {
		t.Error("IsSynthetic missed a synthetic document")
	}
	if _, err := Generate(context.Background(), realDocs{fake}, &bytes.Buffer{}, Options{N: 1}); err == nil {
		t.Error("Generate recombined synthetic documents")
	}
}

// FuzzPerturb: perturbing any text keeps it valid UTF-8 and never empties it.
func FuzzPerturb(f *testing.F) {
	f.Add("（2016）京0105刑初123号 北京市朝阳区人民法院。被告人张某于2015年盗窃人民币3000元。")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8Valid(s) || s == "" {
			return
		}
		j := judgment{sentences: sentences(s)}
		if strings.Join(j.sentences, "") != s {
			t.Fatalf("sentences of %q do not join back", s)
		}
		out := perturb(recombine(j, []judgment{j, j}, 0.5, newRand(1)), []string{"某某县人民法院"}, newRand(2))
		if out == "" || !utf8Valid(out) {
			t.Errorf("perturb(%q) = %q", s, out)
		}
	})
}
