package engine

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/tmc/langchaingo/embeddings"

	"leian/corpus"
	"leian/retrieval"
	"leian/retrieval/analysis"
	"leian/retrieval/elements"
	"leian/retrieval/rank"
)

// Pool ranks a given set of documents held in memory (a LeCaRD candidate
// pool) with the same signals and fusion as the Engine, with BM25 and
// cosine computed in memory rather than by a store. It implements
// evals.PoolRanker and evals.Similarity; the threshold gate ranks with it when no index
// exists, the lecard eval ranks through the Engine.
type Pool struct {
	embedder embeddings.Embedder
	weights  *Weights
	// words segments a pool document's facts for BM25; TrainPool swaps in
	// a tokenizer that reuses the segmentation done to train the embedder.
	words func(string) []string

	mu   sync.Mutex
	seen map[string]poolDoc // by document ID; pools overlap across queries
}

type poolDoc struct {
	tokens []string
	vector []float32
	c      elements.Case
}

// NewPool returns a pool ranker; weights may be nil (reciprocal-rank fusion).
func NewPool(emb embeddings.Embedder, w *Weights) *Pool {
	return &Pool{embedder: emb, weights: w, words: analysis.Tokens, seen: map[string]poolDoc{}}
}

// RankPool orders pool for q, best first (evals.PoolRanker). A LeCaRD dev
// query is ranked with the weights of the fold that left it out.
func (p *Pool) RankPool(ctx context.Context, q retrieval.CaseQuery, pool []*corpus.Document) ([]string, error) {
	cands, err := p.Features(ctx, q, pool)
	if err != nil {
		return nil, err
	}
	p.weights.ForQuery(q.ID, len(q.Charges) > 0, false).Fuse(cands)
	rank.Sort(cands)
	ids := make([]string, len(cands))
	for i, c := range cands {
		ids[i] = c.ID
	}
	return ids, nil
}

// Features scores every pool document with every signal, unfused.
func (p *Pool) Features(ctx context.Context, q retrieval.CaseQuery, pool []*corpus.Document) ([]rank.Candidate, error) {
	req, err := p.request(ctx, q.Facts, q.Charges)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", q.ID, err)
	}
	docs, err := p.docs(ctx, pool)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", q.ID, err)
	}
	ids := make([]string, len(pool))
	toks := make(map[string][]string, len(pool))
	vecs := make(map[string][]float32, len(pool))
	cases := caseMap{}
	for i, d := range pool {
		ids[i] = d.ID
		toks[d.ID], vecs[d.ID], cases[d.ID] = docs[i].tokens, docs[i].vector, docs[i].c
	}
	signals := []rank.Signal{rank.NewMemoryBM25(toks), rank.MemoryDense{Vectors: vecs}, rank.Elements{Cases: cases}}
	cands := make([]rank.Candidate, len(ids))
	for i, id := range ids {
		cands[i] = rank.Candidate{ID: id, Features: rank.Features{}, Parts: map[string]float64{}}
	}
	for _, s := range signals {
		fs, err := s.Score(ctx, req, ids)
		if err != nil {
			return nil, fmt.Errorf("query %s: %w", q.ID, err)
		}
		for i := range cands {
			for k, v := range fs[cands[i].ID] {
				cands[i].Features[k] = v
			}
		}
	}
	return cands, nil
}

func (p *Pool) request(ctx context.Context, facts string, charges []string) (*rank.Request, error) {
	simple, err := analysis.Simplify(strings.TrimSpace(facts))
	if err != nil {
		return nil, fmt.Errorf("simplify the facts: %w", err)
	}
	vec, err := p.embedder.EmbedQuery(ctx, simple)
	if err != nil {
		return nil, fmt.Errorf("embed the query: %w", err)
	}
	return &rank.Request{
		Query: retrieval.Query{Facts: simple, Charges: charges}, Facts: simple, Tokens: analysis.Tokens(simple),
		Vector: vec, Case: withManners(elements.FromElements(extractFacts(simple), charges), simple),
		ChargeOdds: statedOdds(normalised(charges)),
	}, nil
}

// docs returns the analysed form of each pool document, computing and
// remembering those not seen before.
func (p *Pool) docs(ctx context.Context, pool []*corpus.Document) ([]poolDoc, error) {
	out := make([]poolDoc, len(pool))
	var missing []int
	var texts []string
	p.mu.Lock()
	for i, d := range pool {
		if pd, ok := p.seen[d.ID]; ok {
			out[i] = pd
		} else {
			missing = append(missing, i)
			texts = append(texts, facts(d))
		}
	}
	p.mu.Unlock()
	vecs, err := p.embedder.EmbedDocuments(ctx, texts)
	if err != nil {
		return nil, fmt.Errorf("embed %d pool documents: %w", len(texts), err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for j, i := range missing {
		d := pool[i]
		Analyse(d)
		pd := poolDoc{tokens: p.words(texts[j]), vector: vecs[j], c: caseOf(d)}
		p.seen[d.ID], out[i] = pd, pd
	}
	return out, nil
}

// caseMap serves elements from memory (rank.CaseSource).
type caseMap map[string]elements.Case

func (m caseMap) Case(_ context.Context, id string) (elements.Case, error) {
	c, ok := m[id]
	if !ok {
		return elements.Case{}, fmt.Errorf("no elements for %s", id)
	}
	return c, nil
}

// HeldOut fails unless every LeCaRD query in ids is ranked, in both rows,
// by weights tuned without its labels (evals.HeldOutRanker).
func (p *Pool) HeldOut(ids []string) error {
	return errors.Join(p.weights.HeldOut(ids, false, false), p.weights.HeldOut(ids, true, false))
}

func withManners(c elements.Case, facts string) elements.Case {
	c.Manners = mannersOf(facts)
	return c
}
