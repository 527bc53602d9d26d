package rank

import (
	"context"
	"fmt"
)

// Pipeline finds candidates, scores them with every signal and fuses.
type Pipeline struct {
	Generators []Generator
	Signals    []Signal
	Fuser      Fuser
	Depth      int // candidates each generator contributes
}

// Rank returns the candidates for r best first. When the query's filter
// names IDs (a pool), exactly those are ranked; otherwise the generators'
// top Depth results are.
func (p *Pipeline) Rank(ctx context.Context, r *Request) ([]Candidate, error) {
	ids, err := p.candidates(ctx, r)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*Candidate, len(ids))
	cands := make([]Candidate, len(ids))
	for i, id := range ids {
		cands[i] = Candidate{ID: id, Features: Features{}, Parts: map[string]float64{}}
		byID[id] = &cands[i]
	}
	if len(ids) == 0 {
		return nil, nil
	}
	for _, s := range p.Signals {
		fs, err := s.Score(ctx, r, ids)
		if err != nil {
			return nil, err
		}
		merge(byID, fs)
	}
	p.Fuser.Fuse(cands)
	Sort(cands)
	return cands, nil
}

func (p *Pipeline) candidates(ctx context.Context, r *Request) ([]string, error) {
	if len(r.Query.Filter.IDs) > 0 {
		return excluded(r.Query.Filter.IDs, r.Query.ExcludeIDs), nil
	}
	seen := map[string]bool{}
	var ids []string
	for _, g := range p.Generators {
		got, err := g.Generate(ctx, r, p.Depth+len(r.Query.ExcludeIDs))
		if err != nil {
			return nil, fmt.Errorf("find candidates: %w", err)
		}
		for _, s := range got {
			if !seen[s.ID] {
				seen[s.ID] = true
				ids = append(ids, s.ID)
			}
		}
	}
	return excluded(ids, r.Query.ExcludeIDs), nil
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
