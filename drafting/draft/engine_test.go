package draft_test

import (
	"context"
	"errors"
	"os"
	"sync"
	"testing"

	"leian/corpus"
	"leian/corpus/ingest"
	"leian/corpus/ingest/source"
	"leian/corpus/rules"
	"leian/drafting/draft"
	"leian/internal/dataset"
	"leian/retrieval/embed"
	"leian/retrieval/engine"
)

// The drafter in these tests runs on Leian's own engine, built once per
// test binary over the first testDocs LeCaRD candidate judgments by the
// real ingest and index steps, and on the bundle's rule library.

const testDocs = 300

var (
	envOnce sync.Once
	envEng  *engine.Built
	envLib  *rules.Library
	envDocs []*corpus.Document
	envDir  string
	envErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if envEng != nil {
		envEng.Close()
	}
	if envDir != "" {
		os.RemoveAll(envDir)
	}
	os.Exit(code)
}

func testEnv(tb testing.TB) (*engine.Built, *rules.Library) {
	tb.Helper()
	path := dataset.Path(tb, "lecard/candidates.jsonl.gz")
	data, err := dataset.Dir()
	if err != nil {
		tb.Fatal(err)
	}
	envOnce.Do(func() {
		ctx := context.Background()
		if envLib, envErr = rules.Load(ctx, data); envErr != nil {
			return
		}
		envErr = source.Read(ctx, path, source.FormatLeCaRD, source.Options{}, func(e source.Entry) error {
			if e.Problem != nil {
				return e.Problem
			}
			doc, err := ingest.Prepare(e.Record)
			if err != nil {
				return err
			}
			doc.ID = e.Record.Source + ":" + e.Record.SourceID // as ingest names a record with a source ID
			envDocs = append(envDocs, doc)
			if len(envDocs) == testDocs {
				return errStop
			}
			return nil
		})
		if errors.Is(envErr, errStop) {
			envErr = nil
		}
		if envErr != nil {
			return
		}
		if envDir, envErr = os.MkdirTemp("", "leian-draft-test-"); envErr != nil {
			return
		}
		o := engine.IndexOptions{Train: embed.DefaultTrainOptions(), BatchSize: 100}
		o.Train.Words, o.Train.WordsName = engine.WordTokenizer()
		o.Train.Dim, o.Train.MaxTerms, o.Train.MinDF = 64, 20000, 2
		envEng, envErr = engine.Build(ctx, envDir, envDocs, o)
	})
	if envErr != nil {
		tb.Fatal(envErr)
	}
	return envEng, envLib
}

var errStop = errors.New("enough documents")

func testService(tb testing.TB) (*draft.Service, *draft.Offline) {
	eng, lib := testEnv(tb)
	off := &draft.Offline{Search: eng, Docs: eng.Docs, Rules: lib}
	return &draft.Service{Drafter: off, Facts: eng, Store: eng.Docs}, off
}
