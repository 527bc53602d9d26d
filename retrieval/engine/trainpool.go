package engine

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"time"

	"leian/corpus"
	"leian/retrieval/embed"
)

// PoolOptions control TrainPool.
type PoolOptions struct {
	// Train sets how the embedder is trained; Words nil means Leian's word
	// tokenizer (WordTokenizer), as `leian index` uses.
	Train embed.TrainOptions
	// Queries, when above 0, keeps the first Queries LeCaRD dev queries in
	// ID order; 0 keeps all of them.
	Queries int
	Log     *slog.Logger
}

// TrainPool builds Leian's pool ranker from the bundle alone, without an
// index: it trains the corpus embedder on the pooled LeCaRD candidates of
// the kept dev queries plus the query texts (no labels are read for this),
// then tunes the fusion weights by cross-validation over those queries. A
// kept query is ranked by the weights of the fold that left it out, any
// other query by weights tuned on kept queries only, so no query is ever
// ranked with weights fitted to its own labels.
func TrainPool(ctx context.Context, dataDir string, o PoolOptions) (*Pool, error) {
	log := o.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	l, err := LoadLeCaRD(dataDir)
	if err != nil {
		return nil, fmt.Errorf("train pool: %w", err)
	}
	if o.Queries > 0 && o.Queries < len(l.Queries) {
		l.Queries = l.Queries[:o.Queries]
	}
	want := map[string]bool{}
	for _, q := range l.Queries {
		for _, id := range l.Pools[q.ID] {
			want[id] = true
		}
	}
	docs, err := LeCaRDCandidates(dataDir, want)
	if err != nil {
		return nil, fmt.Errorf("train pool: %w", err)
	}
	start := time.Now()
	emb, err := trainOn(ctx, l, docs, o.Train)
	if err != nil {
		return nil, fmt.Errorf("train pool on %d LeCaRD candidates: %w", len(docs), err)
	}
	log.Info("pool embedder trained", "documents", len(docs), "queries", len(l.Queries), "seconds", time.Since(start).Seconds())
	p := NewPool(emb, nil)
	if p.weights, err = Tune(ctx, l, docs, p); err != nil {
		return nil, fmt.Errorf("train pool: %w", err)
	}
	log.Info("pool weights tuned", "folds", Folds, "seconds", time.Since(start).Seconds())
	return p, nil
}

// trainOn trains the embedder on the candidates' facts (in ID order, so the
// model does not depend on map order) and the queries' facts.
func trainOn(ctx context.Context, l *LeCaRD, docs map[string]*corpus.Document, o embed.TrainOptions) (*embed.Model, error) {
	if o.Words == nil {
		o.Words, o.WordsName = WordTokenizer()
	}
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
