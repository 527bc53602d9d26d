package engine

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"leian/corpus"
	"leian/internal/lecard"
	"leian/retrieval/embed"
)

// PoolOptions control TrainPool.
type PoolOptions struct {
	// Train sets how the embedder is trained. Its Words and WordsName are
	// ignored: the embedder segments words with WordTokenizer, as the one
	// `leian index` trains does.
	Train embed.TrainOptions
	// Queries are the IDs (ridx) of the LeCaRD dev queries to train and
	// tune on; nil means all of them.
	Queries []string
	Log     *slog.Logger
}

// TrainPool builds Leian's pool ranker from the bundle alone, without an
// index: it trains the corpus embedder on the pooled LeCaRD candidates of
// the chosen dev queries plus the query texts (no labels are read for
// this), then tunes the fusion weights by cross-validation over those
// queries. A chosen query is ranked by the weights of the fold that left
// it out, any other by weights tuned on chosen queries only, so no query is
// ranked with weights fitted to its own labels.
func TrainPool(ctx context.Context, dataDir string, o PoolOptions) (*Pool, error) {
	log := o.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	l, docs, err := poolData(ctx, dataDir, o.Queries)
	if err != nil {
		return nil, fmt.Errorf("train pool: %w", err)
	}
	start := time.Now()
	seg, name := WordTokenizer()
	words := &onceTokens{words: seg, seen: map[string][]string{}}
	defer words.release()
	o.Train.Words, o.Train.WordsName = words.tokens, name
	// Training segments only the first MaxRunes of each text; BM25 needs
	// the whole facts, so longer ones are segmented meanwhile on another core.
	var wg sync.WaitGroup
	wg.Go(func() { segmentLong(ctx, docs, o.Train.MaxRunes, words) })
	emb, err := trainOn(ctx, l, docs, o.Train)
	wg.Wait()
	if err != nil {
		return nil, fmt.Errorf("train pool on %d LeCaRD candidates: %w", len(docs), err)
	}
	log.Info("pool embedder trained", "documents", len(docs), "queries", len(l.Queries), "seconds", time.Since(start).Seconds())
	p := NewPool(emb, nil)
	p.words = words.tokens
	p.weights, err = TunePool(ctx, l, docs, p)
	p.words = seg
	if err != nil {
		return nil, fmt.Errorf("train pool: %w", err)
	}
	log.Info("pool weights tuned", "folds", Folds, "seconds", time.Since(start).Seconds())
	return p, nil
}

// Weights returns the pool's fusion weights; nil means reciprocal rank.
func (p *Pool) Weights() *Weights { return p.weights }

// poolData reads the LeCaRD dev data kept to the queries named in ids (all
// when ids is nil) and those queries' pooled candidates.
func poolData(ctx context.Context, dataDir string, ids []string) (*lecard.Set, map[string]*corpus.Document, error) {
	l, err := lecard.Load(dataDir)
	if err != nil {
		return nil, nil, err
	}
	if ids != nil {
		if err := l.Keep(ids); err != nil {
			return nil, nil, err
		}
	}
	found, err := lecard.ReadCandidates(ctx, lecard.CandidatesPath(dataDir), l.Pooled())
	if err != nil {
		return nil, nil, err
	}
	docs := make(map[string]*corpus.Document, len(found))
	for _, d := range found {
		docs[d.ID] = d
	}
	return l, docs, nil
}

// trainOn trains the embedder on the candidates' facts (in ID order, so the
// model does not depend on map order) and the queries' facts.
func trainOn(ctx context.Context, l *lecard.Set, docs map[string]*corpus.Document, o embed.TrainOptions) (*embed.Model, error) {
	ids := slices.Sorted(maps.Keys(docs))
	return embed.Train(ctx, func(fn func(string) error) error {
		for _, id := range ids {
			if err := fn(facts(docs[id])); err != nil {
				return err
			}
		}
		for _, q := range l.Queries {
			if err := fn(q.Facts); err != nil {
				return err
			}
		}
		return nil
	}, o)
}

// segmentLong fills words with the segmentation of every candidate's facts
// longer than maxRunes (all of them when maxRunes is 0).
func segmentLong(ctx context.Context, docs map[string]*corpus.Document, maxRunes int, words *onceTokens) {
	for _, d := range docs {
		if ctx.Err() != nil {
			return
		}
		if f := facts(d); utf8.RuneCountInString(f) > maxRunes {
			words.tokens(f)
		}
	}
}

// onceTokens remembers each text's words while a pool is trained and
// tuned: word segmentation is most of that time, and every candidate would
// otherwise be segmented for both training passes, to embed it and for
// BM25. After release it segments without remembering.
type onceTokens struct {
	words embed.Tokenizer
	mu    sync.Mutex
	seen  map[string][]string
}

func (c *onceTokens) tokens(text string) []string {
	c.mu.Lock()
	ws, ok := c.seen[text]
	c.mu.Unlock()
	if ok {
		return ws
	}
	ws = c.words(text)
	c.mu.Lock()
	if c.seen != nil {
		c.seen[text] = ws
	}
	c.mu.Unlock()
	return ws
}

func (c *onceTokens) release() {
	c.mu.Lock()
	c.seen = nil
	c.mu.Unlock()
}
