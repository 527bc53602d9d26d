package api

import (
	"context"
	"errors"
	"fmt"
	"os"
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

// prepareLecard reads the first n candidates with the ingest step's own
// LeCaRD reader and runs each through ingest.Prepare, keeping the ID ingest
// gives a record with a source ID.
func prepareLecard(path string, n int) ([]*corpus.Document, error) {
	var docs []*corpus.Document
	err := source.Read(context.Background(), path, source.FormatLeCaRD, source.Options{}, func(e source.Entry) error {
		if e.Problem != nil {
			return e.Problem // it names the file, line and field
		}
		doc, err := ingest.Prepare(e.Record)
		if err != nil {
			return fmt.Errorf("%s line %d: %w", path, e.Record.Line, err)
		}
		doc.ID = e.Record.Source + ":" + e.Record.SourceID
		if docs = append(docs, doc); len(docs) == n {
			return errEnough
		}
		return nil
	})
	if errors.Is(err, errEnough) {
		err = nil
	}
	return docs, err
}

// errEnough stops the reader once prepareLecard has its documents.
var errEnough = errors.New("enough documents")
