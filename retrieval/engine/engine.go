// Package engine is Leian's similar-case search: it indexes the document
// store into a retrieval.Store and answers queries with ranked, explained cases.
package engine

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
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
	weights  *Weights
	charges  ChargePredictor
	sums     docSummaries
	depth    int // candidates each generator contributes; 0: defaultDepth
}

// defaultDepth is how many candidates each generator contributes: the
// depth the fusion re-ranks, and the recall eval reads 100.
const defaultDepth = 100

// ChargePredictor predicts a case's charges from its facts
// (classify.ChargeModel): a judge pasting facts has often named none, and
// the charge is what similar cases must share first.
type ChargePredictor interface {
	PredictCharges(ctx context.Context, facts string) ([]string, error)
}

// Options are an Engine's parts. Weights may be nil: the engine then fuses
// by reciprocal rank, which needs no tuning.
type Options struct {
	Store    retrieval.Store
	Docs     Documents
	Embedder embeddings.Embedder
	Vocab    Vocabulary
	Weights  *Weights
	// Charges predicts the charges of a push that names none; nil leaves
	// such a push without a charge signal.
	Charges ChargePredictor
	// Summaries are the documents' elements and cards (LoadSummaries);
	// what they lack is read from Docs.
	Summaries Summaries
}

// New returns an engine over o's parts.
func New(o Options) *Engine {
	return &Engine{store: o.Store, docs: o.Docs, embedder: o.Embedder, vocab: o.Vocab, weights: o.Weights,
		charges: o.Charges, sums: docSummaries{docs: o.Docs, saved: o.Summaries, seen: &sync.Map{}, manners: &sync.Map{}}}
}

// Search returns the cases most similar to q, filters applied before ranking.
func (e *Engine) Search(ctx context.Context, q retrieval.Query) ([]retrieval.Result, error) {
	req, cands, err := e.rank(ctx, q, nil)
	if err != nil {
		return nil, err
	}
	return e.results(ctx, req, cands[:min(len(cands), req.Query.K)])
}

// Rank returns the IDs Search would return for q, best first, fused by
// fuser instead of the engine's own weights when fuser is not nil: the
// evals rank a LeCaRD dev query with the weights of the fold that left it
// out. Nothing else differs from Search but the explanations.
func (e *Engine) Rank(ctx context.Context, q retrieval.Query, fuser rank.Fuser) ([]string, error) {
	req, cands, err := e.rank(ctx, q, fuser)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, min(len(cands), req.Query.K))
	for _, c := range cands[:min(len(cands), req.Query.K)] {
		ids = append(ids, c.ID)
	}
	return ids, nil
}

// Features returns q's candidates with every signal's score, unfused:
// what tuning learns the fusion weights from.
func (e *Engine) Features(ctx context.Context, q retrieval.Query) ([]rank.Candidate, error) {
	req, err := e.prepare(ctx, q)
	if err != nil {
		return nil, err
	}
	p := e.pipeline(req, nil)
	return p.Features(ctx, req)
}

func (e *Engine) rank(ctx context.Context, q retrieval.Query, fuser rank.Fuser) (*rank.Request, []rank.Candidate, error) {
	req, err := e.prepare(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	p := e.pipeline(req, fuser)
	cands, err := p.Rank(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if groups := append(slices.Clone(req.Predicted), req.Alternatives...); len(groups) > 0 && len(req.Query.Filter.IDs) == 0 {
		// A pool (LeCaRD's protocol) is ranked as it is; a push shows a
		// case of each charge the predictor chose or hesitated over.
		rank.Reserve(cands, req.Query.K, groups, func(id string) []string {
			c, err := e.sums.Case(ctx, id)
			if err != nil {
				return nil // a candidate whose elements cannot be read holds no charge
			}
			return c.Charges
		})
	}
	return req, cands, nil
}

// prepare validates q, predicts its charges when it names none, and embeds it.
func (e *Engine) prepare(ctx context.Context, q retrieval.Query) (*rank.Request, error) {
	req, err := e.request(q)
	if err != nil {
		return nil, err
	}
	if len(req.Case.Charges) == 0 && e.charges != nil {
		names, odds, alts, err := predicted(ctx, e.charges, req.Facts)
		if err != nil {
			return nil, fmt.Errorf("predict the charges: %w", err)
		}
		req.Case, req.ChargeOdds, req.Alternatives = withCharges(req.Case, names), odds, alts
		for _, n := range names {
			req.Predicted = append(req.Predicted, spellings(n))
		}
	}
	if len(req.ChargeOdds) == 0 {
		req.ChargeOdds = statedOdds(req.Case.Charges)
	}
	if req.Vector, err = e.embedder.EmbedQuery(ctx, req.Facts); err != nil {
		return nil, fmt.Errorf("embed the query: %w", err)
	}
	return req, nil
}

// pipeline is the ranking for req: the row of weights for a push that
// names charges or not, unless fuser overrides them.
func (e *Engine) pipeline(req *rank.Request, fuser rank.Fuser) rank.Pipeline {
	if fuser == nil {
		fuser = e.weights.Fuser(len(req.Query.Charges) > 0, len(req.Query.Filter.IDs) == 0)
	}
	lex, dense, elem := rank.Lexical{Store: e.store}, rank.Dense{Store: e.store}, rank.Elements{Cases: e.sums}
	p := rank.Pipeline{
		// Only the full-text search is repeated within the case's charges:
		// a scoped vector search as well doubled a push's time on main at
		// a7427d1 (p50 12.5 → 25.2 ms, embedded store) for candidates the
		// scoped full-text search mostly finds already, and the vector
		// signal still scores every candidate.
		Generators: []rank.Generator{lex, dense, rank.ChargeScoped{Generator: lex}},
		Signals:    []rank.Signal{lex, dense, elem},
		Fuser:      fuser,
		Depth:      max(cmp.Or(e.depth, defaultDepth), 5*req.Query.K),
	}
	if js, ok := e.store.(retrieval.JointSearcher); ok {
		p.Joint = rank.JointSearch{Store: js} // the same three searches, one request
	}
	return p
}

// SimilarQuery is the push for the cases most similar to stored document
// id: its facts as the query, its charges as the judge's, itself left out.
func (e *Engine) SimilarQuery(ctx context.Context, id string, k int) (retrieval.Query, error) {
	doc, err := e.docs.Get(ctx, id)
	if err != nil {
		return retrieval.Query{}, fmt.Errorf("similar to %s: %w", id, err)
	}
	return retrieval.Query{Facts: facts(doc), Charges: caseOf(doc).Charges, K: k, ExcludeIDs: []string{id}}, nil
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
