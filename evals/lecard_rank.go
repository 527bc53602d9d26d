package evals

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"leian/corpus"
)

// rankLeCaRDPools asks in.Ranker to order every query's pool. Pool
// documents are read from lecard/candidates.jsonl.gz (only the pooled ids)
// and handed over as corpus documents with ID "lecard:<id>".
func rankLeCaRDPools(ctx context.Context, in Input, d *lecardData) (map[string][]string, error) {
	want := make(map[string]bool)
	for _, q := range d.queries {
		for _, id := range d.pools[strconv.Itoa(q.RIdx)] {
			want[id] = true
		}
	}
	path := filepath.Join(in.DataDir, "lecard", "candidates.jsonl.gz")
	docs, err := ReadLeCaRDCandidates(path, want)
	if err != nil {
		return nil, err
	}
	d.files = append(d.files, path)
	run := make(map[string][]string, len(d.queries))
	for _, q := range d.queries {
		qid := strconv.Itoa(q.RIdx)
		pool := make([]*corpus.Document, 0, len(d.pools[qid]))
		for _, id := range d.pools[qid] {
			doc, ok := docs[id]
			if !ok {
				return nil, fmt.Errorf("lecard: pool of query %s lists candidate %s, missing from %s", qid, id, path)
			}
			pool = append(pool, doc)
		}
		ranked, err := in.Ranker.RankPool(ctx, CaseQuery{ID: qid, Facts: q.Q, Charges: q.Crime}, pool)
		if err != nil {
			return nil, fmt.Errorf("lecard: rank pool of query %s: %w", qid, err)
		}
		for i, id := range ranked {
			ranked[i] = strings.TrimPrefix(id, "lecard:")
		}
		run[qid] = ranked
	}
	return run, nil
}
