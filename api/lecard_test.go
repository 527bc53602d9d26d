package api

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"leian/corpus"
	"leian/corpus/ingest"
	"leian/corpus/ingest/source"
	"leian/internal/dataset"
	"leian/retrieval/embed"
	"leian/retrieval/engine"
)

// The similar-case engine behind the handlers in these tests is Leian's
// own (retrieval/engine), built once per test binary over the first
// lecardDocs LeCaRD candidate judgments of the bundle, prepared by the real
// ingest step into a real docstore and embedded index in a temporary folder.

const lecardDocs = 300

var (
	lecardOnce sync.Once
	lecardEng  *engine.Built
	lecardDir  string
	lecardErr  error
)

// loadEngine builds the engine once per test binary; closeEngine (from
// TestMain) closes it and removes its folder.
func loadEngine(tb testing.TB) *engine.Built {
	tb.Helper()
	path := dataset.Path(tb, "lecard/candidates.jsonl.gz")
	lecardOnce.Do(func() { lecardEng, lecardErr = buildEngine(path, lecardDocs) })
	if lecardErr != nil {
		tb.Fatal(lecardErr)
	}
	return lecardEng
}

func closeEngine() {
	if lecardEng != nil {
		lecardEng.Close()
	}
	if lecardDir != "" {
		os.RemoveAll(lecardDir)
	}
}

// buildEngine indexes the first n candidates the way `leian index` does,
// with a smaller embedder that suits a few hundred judgments.
func buildEngine(path string, n int) (*engine.Built, error) {
	docs, err := prepareLecard(path, n)
	if err != nil {
		return nil, err
	}
	if lecardDir, err = os.MkdirTemp("", "leian-api-test-"); err != nil {
		return nil, err
	}
	o := engine.IndexOptions{Train: embed.DefaultTrainOptions(), BatchSize: 100}
	o.Train.Words, o.Train.WordsName = engine.WordTokenizer()
	o.Train.Dim, o.Train.MaxTerms, o.Train.MinDF = 64, 20000, 2
	return engine.Build(context.Background(), lecardDir, docs, o)
}

// prepareLecard reads the first n candidates as the LeCaRD source reader
// does and runs each through ingest.Prepare.
func prepareLecard(path string, n int) ([]*corpus.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var docs []*corpus.Document
	for line := 1; len(docs) < n && sc.Scan(); line++ {
		var rec struct{ ID, AjJbqk, Cpfxgc, Pjjg, Qw, WritName string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		doc, err := ingest.Prepare(&source.Record{Source: "lecard", SourceID: rec.ID, File: path, Line: line,
			Title: rec.WritName, Text: rec.Qw, CaseType: corpus.Criminal,
			Sections: map[string]string{"facts": strings.TrimSpace(rec.AjJbqk), "reasoning": rec.Cpfxgc, "verdict": rec.Pjjg}})
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		doc.ID = "lecard:" + rec.ID
		docs = append(docs, doc)
	}
	return docs, sc.Err()
}
