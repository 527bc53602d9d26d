package embedded

import (
	"context"
	"fmt"
	"slices"
	"sort"
)

// maxQueryTerms is how many distinct query terms per field Lexical scores:
// those of lowest document frequency (highest BM25 idf). A judgment's facts
// hold hundreds of distinct terms; the common ones add little to BM25 but
// each costs a walk of its postings, so scoring them all made a search of
// 1,000 judgments take a quarter of a second.
const maxQueryTerms = 64

// rarest returns up to maxQueryTerms distinct terms of field, rarest first;
// terms the field never holds are dropped.
func (s *Store) rarest(ctx context.Context, field string, terms []string) ([]string, error) {
	slices.Sort(terms)
	terms = slices.Compact(terms)
	ix, err := s.idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("document frequencies in %s: %w", s.dir, err)
	}
	r, err := ix.Reader()
	if err != nil {
		return nil, fmt.Errorf("document frequencies in %s: %w", s.dir, err)
	}
	defer r.Close()
	df := make(map[string]uint64, len(terms))
	kept := terms[:0]
	for _, t := range terms {
		tfr, err := r.TermFieldReader(ctx, []byte(t), field, false, false, false)
		if err != nil {
			return nil, fmt.Errorf("document frequency of %q in %s: %w", t, field, err)
		}
		n := tfr.Count()
		tfr.Close()
		if n > 0 {
			df[t] = n
			kept = append(kept, t)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return df[kept[i]] < df[kept[j]] })
	return kept[:min(len(kept), maxQueryTerms)], nil
}
