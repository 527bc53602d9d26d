package rank

import (
	"context"
	"errors"
	"fmt"

	"leian/retrieval"
)

// Joint finds a request's candidates and scores them for several
// generators' features in one step; the pipeline uses it in place of its
// generators when searching the whole store.
type Joint interface {
	// Candidates returns the candidates' IDs and, by feature, an entry for
	// every one of them (empty when the signal cannot score it).
	Candidates(ctx context.Context, r *Request, k int) ([]string, map[string]map[string]Features, error)
}

// JointSearch is the Lexical and Dense generators and the scoped
// Lexical (ChargeScoped) as one retrieval.JointSearcher request.
type JointSearch struct {
	Store retrieval.JointSearcher
}

// Candidates implements Joint.
func (j JointSearch) Candidates(ctx context.Context, r *Request, k int) ([]string, map[string]map[string]Features, error) {
	f := r.Query.Filter
	if len(f.IDs) > 0 {
		return nil, nil, errors.New("joint search: a pool is scored, not searched")
	}
	q := retrieval.JointQuery{Text: r.Facts, Vector: r.Vector, Filter: f, K: k}
	if len(f.Charges) == 0 {
		q.Scope = scope(r) // as ChargeScoped
	}
	got, err := j.Store.Joint(ctx, q)
	if err != nil {
		return nil, nil, fmt.Errorf("find candidates: %w", err)
	}
	lex, dense := Lexical{}.Feature(), Dense{}.Feature()
	known := map[string]map[string]Features{lex: make(map[string]Features, len(got)), dense: make(map[string]Features, len(got))}
	ids := make([]string, len(got))
	for i, s := range got {
		ids[i] = s.ID
		known[lex][s.ID], known[dense][s.ID] = Features{}, Features{}
		if s.HasLexical {
			known[lex][s.ID][lex] = s.Lexical
		}
		if s.HasDense {
			known[dense][s.ID][dense] = s.Dense
		}
	}
	return ids, known, nil
}
