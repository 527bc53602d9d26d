package rank

import (
	"context"
	"fmt"
	"maps"
	"sync"

	"leian/retrieval"
)

// Pipeline finds candidates, scores them with every signal and fuses.
type Pipeline struct {
	Generators []Generator
	Signals    []Signal
	Fuser      Fuser
	Depth      int // candidates each generator contributes
	// Joint, when set, replaces the generators for a search of the whole
	// store (see JointSearch); a pool is scored by the signals as ever.
	Joint Joint
}

// Rank returns the candidates for r best first. When the query's filter
// names IDs (a pool), exactly those are ranked; otherwise the generators'
// top Depth results are.
//
// Generators run side by side, and so do signals: a push spends most of
// its time waiting on the full-text index, and the vector scan and the
// element comparison fit beside it on a second core. A signal that is also
// a generator scores only the candidates it did not already return: its
// generated scores are the ones it would give again.
func (p *Pipeline) Rank(ctx context.Context, r *Request) ([]Candidate, error) {
	cands, err := p.Features(ctx, r)
	if err != nil {
		return nil, err
	}
	p.Fuser.Fuse(cands)
	Sort(cands)
	return cands, nil
}

// Features returns the candidates for r with every signal's scores,
// unfused and in no particular order: what Rank fuses, and what tuning
// learns the fusion from.
func (p *Pipeline) Features(ctx context.Context, r *Request) ([]Candidate, error) {
	ids, known, err := p.candidates(ctx, r)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, nil
	}
	byID := make(map[string]*Candidate, len(ids))
	cands := make([]Candidate, len(ids))
	for i, id := range ids {
		cands[i] = Candidate{ID: id, Features: Features{}, Parts: map[string]float64{}}
		byID[id] = &cands[i]
	}
	scored := make([]map[string]Features, len(p.Signals))
	err = parallel(len(p.Signals), func(i int) error {
		s := p.Signals[i]
		todo := ids
		if g, ok := s.(Generator); ok && known[g.Feature()] != nil {
			todo = missing(ids, known[g.Feature()])
		}
		if len(todo) == 0 {
			return nil
		}
		fs, err := s.Score(ctx, r, todo)
		scored[i] = fs
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, got := range known {
		merge(byID, got)
	}
	for _, fs := range scored {
		merge(byID, fs)
	}
	return cands, nil
}

// candidates returns the IDs to rank and, per generator, the features it
// gave the candidates it found, by feature name (nil for a pool, which no
// generator searched).
func (p *Pipeline) candidates(ctx context.Context, r *Request) ([]string, map[string]map[string]Features, error) {
	if len(r.Query.Filter.IDs) > 0 {
		return excluded(r.Query.Filter.IDs, r.Query.ExcludeIDs), nil, nil
	}
	if p.Joint != nil {
		ids, known, err := p.Joint.Candidates(ctx, r, p.Depth+len(r.Query.ExcludeIDs))
		if err != nil {
			return nil, nil, err
		}
		return excluded(ids, r.Query.ExcludeIDs), known, nil
	}
	got := make([][]retrieval.Scored, len(p.Generators))
	err := parallel(len(p.Generators), func(i int) error {
		var err error
		got[i], err = p.Generators[i].Generate(ctx, r, p.Depth+len(r.Query.ExcludeIDs))
		if err != nil {
			return fmt.Errorf("find candidates: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	seen := map[string]bool{}
	var ids []string
	known := make(map[string]map[string]Features, len(p.Generators))
	for i, g := range p.Generators {
		// Generators of one feature (a search and its charge-scoped twin)
		// give a document the same score.
		if known[g.Feature()] == nil {
			known[g.Feature()] = map[string]Features{}
		}
		maps.Copy(known[g.Feature()], asFeatures(g.Feature(), got[i]))
		for _, s := range got[i] {
			if !seen[s.ID] {
				seen[s.ID] = true
				ids = append(ids, s.ID)
			}
		}
	}
	return excluded(ids, r.Query.ExcludeIDs), known, nil
}

// parallel runs fn(0..n-1) on their own goroutines and returns the first
// error by index, so that a failing push reports the same error each time.
func parallel(n int, fn func(i int) error) error {
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { errs[i] = fn(i) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// missing returns the ids that have no entry in have.
func missing(ids []string, have map[string]Features) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if _, ok := have[id]; !ok {
			out = append(out, id)
		}
	}
	return out
}

func excluded(ids, drop []string) []string {
	if len(drop) == 0 {
		return ids
	}
	skip := map[string]bool{}
	for _, d := range drop {
		skip[d] = true
	}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !skip[id] {
			out = append(out, id)
		}
	}
	return out
}
