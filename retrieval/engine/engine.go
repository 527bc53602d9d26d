// Package engine is Leian's similar-case search: it indexes the document
// store into a retrieval.Store and answers queries with ranked, explained cases.
package engine

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/tmc/langchaingo/embeddings"

	"leian/corpus"
	"leian/retrieval"
	"leian/retrieval/rank"
)

// Documents reads stored judgments by ID (corpus/docstore.Store).
type Documents interface {
	Get(ctx context.Context, id string) (*corpus.Document, error)
}

// Engine answers similar-case queries over an indexed store.
type Engine struct {
	store    retrieval.Store
	docs     Documents
	embedder embeddings.Embedder
	vocab    Vocabulary
	fuser    rank.Fuser
	sums     docSummaries
}

// Options are an Engine's parts. Weights may be nil: the engine then fuses
// by reciprocal rank, which needs no tuning.
type Options struct {
	Store    retrieval.Store
	Docs     Documents
	Embedder embeddings.Embedder
	Vocab    Vocabulary
	Weights  *Weights
	// Summaries are the documents' elements and cards (LoadSummaries);
	// what they lack is read from Docs.
	Summaries Summaries
}

// New returns an engine over o's parts.
func New(o Options) *Engine {
	return &Engine{store: o.Store, docs: o.Docs, embedder: o.Embedder, vocab: o.Vocab, fuser: o.Weights.Fuser(),
		sums: docSummaries{docs: o.Docs, saved: o.Summaries, seen: &sync.Map{}}}
}

// Search returns the cases most similar to q, filters applied before ranking.
func (e *Engine) Search(ctx context.Context, q retrieval.Query) ([]retrieval.Result, error) {
	req, err := e.request(q)
	if err != nil {
		return nil, err
	}
	if req.Vector, err = e.embedder.EmbedQuery(ctx, req.Facts); err != nil {
		return nil, fmt.Errorf("embed the query: %w", err)
	}
	lex, dense, elem := rank.Lexical{Store: e.store}, rank.Dense{Store: e.store}, rank.Elements{Cases: e.sums}
	p := rank.Pipeline{
		Generators: []rank.Generator{lex, dense},
		Signals:    []rank.Signal{lex, dense, elem},
		Fuser:      e.fuser,
		Depth:      max(100, 5*req.Query.K),
	}
	cands, err := p.Rank(ctx, req)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return e.results(ctx, req, cands[:min(len(cands), req.Query.K)])
}

// Similar returns the k cases most similar to stored document id (see
// SimilarQuery).
func (e *Engine) Similar(ctx context.Context, id string, k int) ([]retrieval.Result, error) {
	q, err := e.SimilarQuery(ctx, id, k)
	if err != nil {
		return nil, err
	}
	return e.Search(ctx, q)
}

// SimilarQuery is the push for the cases most similar to stored document
// id: its facts as the query, its charges as the judge's, itself left out.
func (e *Engine) SimilarQuery(ctx context.Context, id string, k int) (retrieval.Query, error) {
	doc, err := e.docs.Get(ctx, id)
	if err != nil {
		return retrieval.Query{}, fmt.Errorf("similar to %s: %w", id, err)
	}
	return retrieval.Query{Facts: facts(doc), Charges: CaseOf(doc).Charges, K: k, ExcludeIDs: []string{id}}, nil
}

// results turns ranked candidates into explained results, two at a time:
// finding the shared passages is most of the work and each is independent.
func (e *Engine) results(ctx context.Context, req *rank.Request, cands []rank.Candidate) ([]retrieval.Result, error) {
	out := make([]retrieval.Result, len(cands))
	var passages *rank.Passages
	if !req.Query.NoHighlights {
		passages = rank.NewPassages(req.Facts)
	}
	errs := make([]error, len(cands))
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Go(func() {
			for i := w; i < len(cands); i += 2 {
				if err := ctx.Err(); err != nil {
					errs[i] = err // the client left: explaining the rest is wasted work
					return
				}
				c := cands[i]
				card, err := e.sums.Card(ctx, c.ID)
				if err != nil {
					errs[i] = fmt.Errorf("result %s: %w", c.ID, err)
					continue
				}
				cs, err := e.sums.Case(ctx, c.ID)
				if err != nil {
					errs[i] = fmt.Errorf("result %s: %w", c.ID, err)
					continue
				}
				out[i] = explain(req, passages, c, card, cs)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}
