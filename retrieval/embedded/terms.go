package embedded

import (
	"context"
	"fmt"
	"sync"

	bindex "github.com/blevesearch/bleve_index_api"

	"leian/retrieval"
)

// maxCachedFrequencies bounds the document-frequency cache: queries are
// outside text, and a stream of made-up words must not grow it for ever.
const maxCachedFrequencies = 1 << 19

// frequencies caches document frequencies by field and term. Looking one
// up in the index opens a postings reader; a push asks for a few hundred,
// which cost a tenth of its time before they were cached. A write replaces
// the cache, since it changes the frequencies.
type frequencies struct {
	mu sync.RWMutex
	df map[string]uint64 // field + "\x00" + term
}

func newFrequencies() *frequencies { return &frequencies{df: map[string]uint64{}} }

func (c *frequencies) get(key string) (uint64, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	n, ok := c.df[key]
	return n, ok
}

func (c *frequencies) put(key string, n uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.df) >= maxCachedFrequencies {
		clear(c.df)
	}
	c.df[key] = n
}

// queryTerms returns the terms of field that Lexical scores
// (retrieval.TopTerms over the terms' counts in the query and their idf
// in snapshot r); terms the field never holds are dropped.
func (s *Store) queryTerms(ctx context.Context, r bindex.IndexReader, field string, terms []string) ([]retrieval.QueryTerm, error) {
	distinct, weight := retrieval.CountTerms(terms)
	df, err := s.documentFrequencies(ctx, r, field, distinct)
	if err != nil {
		return nil, err
	}
	n, err := r.DocCount()
	if err != nil {
		return nil, fmt.Errorf("document count: %w", err)
	}
	var kept []retrieval.QueryTerm
	for i, t := range distinct {
		if df[t] > 0 {
			kept = append(kept, retrieval.QueryTerm{Term: t, Weight: weight[i], IDF: retrieval.IDF(float64(n), float64(df[t]))})
		}
	}
	return retrieval.TopTerms(kept), nil
}

// documentFrequencies returns how many documents of snapshot r hold each
// term in field, from the cache where it can.
func (s *Store) documentFrequencies(ctx context.Context, r bindex.IndexReader, field string, terms []string) (map[string]uint64, error) {
	cache := s.freq.Load()
	df := make(map[string]uint64, len(terms))
	var todo []string
	for _, t := range terms {
		if n, ok := cache.get(field + "\x00" + t); ok {
			df[t] = n
		} else {
			todo = append(todo, t)
		}
	}
	for _, t := range todo {
		tfr, err := r.TermFieldReader(ctx, []byte(t), field, false, false, false)
		if err != nil {
			return nil, fmt.Errorf("document frequency of %q in %s: %w", t, field, err)
		}
		df[t] = tfr.Count()
		tfr.Close()
		cache.put(field+"\x00"+t, df[t])
	}
	return df, nil
}
