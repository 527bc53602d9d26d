package engine

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/retrieval"
	"leian/retrieval/embed"
	"leian/retrieval/embedded"
)

// Built is an engine over a document store and an embedded index of its
// own, made by Build. Close releases both.
type Built struct {
	*Engine
	Docs  *docstore.Store // the engine's document store: bbolt allows one handle per file, so share this one
	store retrieval.Store
	sums  Summaries
}

// Build writes docs to a new document store in dir, indexes them into a new
// embedded store there with o (o.Dir defaults to dir/index) and opens the
// engine over both, as `leian ingest`, `leian index` and `leian serve` do
// over the whole bundle. It lets the components above the engine be tested
// on a few hundred real judgments. Documents without Structure or Elements
// are analysed first.
func Build(ctx context.Context, dir string, docs []*corpus.Document, o IndexOptions) (*Built, error) {
	if o.Dir == "" {
		o.Dir = filepath.Join(dir, "index")
	}
	st, err := embedded.Open(ctx, filepath.Join(o.Dir, "embedded"), embedded.Options{})
	if err != nil {
		return nil, fmt.Errorf("build engine in %s: %w", dir, err)
	}
	return BuildOn(ctx, dir, docs, st, o)
}

// BuildOn is Build into a store the caller opened (the Postgres store,
// say); the Built owns it and closes it, also when BuildOn fails.
func BuildOn(ctx context.Context, dir string, docs []*corpus.Document, store retrieval.Store, o IndexOptions) (*Built, error) {
	if o.Dir == "" {
		o.Dir = filepath.Join(dir, "index")
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, errors.Join(fmt.Errorf("build engine in %s: %w", dir, err), store.Close())
	}
	ds, err := docstore.Open(filepath.Join(dir, "docs.db"))
	if err != nil {
		return nil, errors.Join(fmt.Errorf("build engine in %s: %w", dir, err), store.Close())
	}
	b := &Built{Docs: ds, store: store}
	if b.Engine, err = b.index(ctx, docs, o); err != nil {
		return nil, errors.Join(fmt.Errorf("build engine in %s: %w", dir, err), b.Close())
	}
	return b, nil
}

func (b *Built) index(ctx context.Context, docs []*corpus.Document, o IndexOptions) (*Engine, error) {
	for _, d := range docs {
		Analyse(d)
	}
	if err := b.Docs.PutBatch(ctx, docs); err != nil {
		return nil, err
	}
	if err := Index(ctx, b.Docs, b.store, o); err != nil {
		return nil, err
	}
	emb := o.Embedder
	if emb == nil {
		m, err := embed.Load(EmbedderPath(o.Dir), o.Train.Words, o.Train.WordsName)
		if err != nil {
			return nil, err
		}
		emb = m
	}
	vocab, err := LoadVocabulary(o.Dir)
	if err != nil {
		return nil, err
	}
	w, err := LoadWeightsOrRRF(o.Dir, "embedded", o.Log)
	if err != nil {
		return nil, err
	}
	sums, err := LoadSummaries(o.Dir)
	if err != nil {
		return nil, err
	}
	b.sums = sums
	return New(Options{Store: b.store, Docs: b.Docs, Embedder: emb, Vocab: vocab, Weights: w, Summaries: sums}), nil
}

// Close closes the index and the document store; it leaves their files.
func (b *Built) Close() error {
	return errors.Join(b.store.Close(), b.Docs.Close(), b.sums.Close())
}
