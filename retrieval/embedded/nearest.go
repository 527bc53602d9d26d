package embedded

import (
	"context"
	"fmt"

	bindex "github.com/blevesearch/bleve_index_api"

	"leian/retrieval"
)

// parallelWork is the table size (rows × dim) above which a scan is split
// over goroutines; below it the goroutine start-up costs more than it saves.
const parallelWork = 1 << 20

// Nearest implements retrieval.Store: an exact scan of the vector table
// (dot products of unit vectors = cosine), restricted before ranking to the
// rows that f allows.
func (s *Store) Nearest(ctx context.Context, vec []float32, f retrieval.Filter, k int) ([]retrieval.Scored, error) {
	v := s.vecs.Load()
	if k < 1 {
		return nil, fmt.Errorf("nearest search: k = %d: %w", k, retrieval.ErrInvalid)
	}
	if v.dim != 0 && len(vec) != v.dim {
		return nil, fmt.Errorf("nearest search: vector has %d dimensions, store has %d: %w", len(vec), v.dim, retrieval.ErrInvalid)
	}
	q, ok := normalize(vec)
	if !ok {
		return nil, fmt.Errorf("nearest search: query vector has zero or non-finite length: %w", retrieval.ErrInvalid)
	}
	allowed, err := s.allowedRows(ctx, v, f)
	if err != nil {
		return nil, err
	}
	top := scan(ctx, v, q, allowed, k, s.workers)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]retrieval.Scored, len(top))
	for i, h := range top {
		out[i] = retrieval.Scored{ID: v.ids[h.row], Score: float64(h.score)}
	}
	return out, nil
}

// allowedRows returns the rows of v that f allows, nil when f allows all.
// A filter on IDs alone is resolved from the table; any other filter runs
// as an unscored bleve query.
func (s *Store) allowedRows(ctx context.Context, v *vectors, f retrieval.Filter) ([]int32, error) {
	ids := f.IDs
	if hasMetaFilter(f) {
		var err error
		if ids, err = s.matchingIDs(ctx, f); err != nil {
			return nil, err
		}
	} else if len(ids) == 0 {
		return nil, nil
	}
	rows := make([]int32, 0, len(ids))
	seen := make(map[int]bool, len(ids))
	for _, id := range ids {
		if r, ok := v.row[id]; ok && !seen[r] {
			seen[r] = true
			rows = append(rows, int32(r))
		}
	}
	return rows, nil
}

// hasMetaFilter reports whether f filters on anything but IDs.
func hasMetaFilter(f retrieval.Filter) bool {
	f.IDs = nil
	return len(filterQueries(f)) > 0
}

// matchingIDs returns the ID of every document f allows, found as
// Lexical finds them (allowedDocs).
func (s *Store) matchingIDs(ctx context.Context, f retrieval.Filter) ([]string, error) {
	r, err := s.reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	allowed, err := s.allowedDocs(ctx, r, f)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(allowed))
	buf := make(bindex.IndexInternalID, 8)
	for doc := range allowed {
		id, err := r.ExternalID(bindex.NewIndexInternalID(buf, doc))
		if err != nil {
			return nil, fmt.Errorf("filter vectors in %s: document number %d: %w", s.dir, doc, err)
		}
		ids = append(ids, id)
	}
	return ids, nil
}
