package embedded

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"

	bindex "github.com/blevesearch/bleve_index_api"
)

// maxQueryTerms is how many distinct query terms per field Lexical scores:
// those of lowest document frequency (highest BM25 idf). A judgment's facts
// hold hundreds of distinct terms; the common ones add little to BM25 but
// each costs a walk of its postings. On the LeCaRD dev queries against the
// whole bundle, recall@100 was the same (0.58–0.59) for 16 to 64 terms,
// while 32 terms cost half as much as 64.
const maxQueryTerms = 32

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

// rarest returns up to maxQueryTerms distinct terms of field, rarest first;
// terms the field never holds are dropped.
func (s *Store) rarest(ctx context.Context, r bindex.IndexReader, field string, terms []string) ([]string, error) {
	slices.Sort(terms)
	terms = slices.Compact(terms)
	df, err := s.documentFrequencies(ctx, r, field, terms)
	if err != nil {
		return nil, err
	}
	kept := terms[:0]
	for _, t := range terms {
		if df[t] > 0 {
			kept = append(kept, t)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return df[kept[i]] < df[kept[j]] })
	return kept[:min(len(kept), maxQueryTerms)], nil
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
