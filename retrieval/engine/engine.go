// Package engine is Leian's similar-case search: it indexes the document
// store into a retrieval.Store and answers queries with ranked, explained cases.
package engine

import (
	"context"
	"fmt"
	"sync"

	"github.com/tmc/langchaingo/embeddings"

	"leian/corpus"
	"leian/retrieval"
	"leian/retrieval/elements"
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
	cases    docCases
}

// Options are an Engine's parts. Weights may be nil: the engine then fuses
// by reciprocal rank, which needs no tuning.
type Options struct {
	Store    retrieval.Store
	Docs     Documents
	Embedder embeddings.Embedder
	Vocab    Vocabulary
	Weights  *Weights
	// Cases are the documents' compact elements (LoadCases); nil reads
	// them from Docs.
	Cases map[string]elements.Case
}

// New returns an engine over o's parts.
func New(o Options) *Engine {
	return &Engine{store: o.Store, docs: o.Docs, embedder: o.Embedder, vocab: o.Vocab, fuser: o.Weights.Fuser(),
		cases: docCases{docs: o.Docs, saved: o.Cases, seen: &sync.Map{}}}
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
	lex, dense, elem := rank.Lexical{Store: e.store}, rank.Dense{Store: e.store}, rank.Elements{Cases: e.cases}
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
	return e.results(ctx, req, cands[:min(len(cands), req.Query.K)])
}

// Similar returns the k cases most similar to stored document id, using its
// facts as the query and its charges as the judge's.
func (e *Engine) Similar(ctx context.Context, id string, k int) ([]retrieval.Result, error) {
	doc, err := e.docs.Get(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("similar to %s: %w", id, err)
	}
	return e.Search(ctx, retrieval.Query{Facts: facts(doc), Charges: CaseOf(doc).Charges, K: k, ExcludeIDs: []string{id}})
}

// results turns ranked candidates into explained results.
func (e *Engine) results(ctx context.Context, req *rank.Request, cands []rank.Candidate) ([]retrieval.Result, error) {
	out := make([]retrieval.Result, 0, len(cands))
	for _, c := range cands {
		doc, err := e.docs.Get(ctx, c.ID)
		if err != nil {
			return nil, fmt.Errorf("result %s: %w", c.ID, err)
		}
		out = append(out, explain(req, c, doc))
	}
	return out, nil
}
