package engine

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"leian/corpus"
	"leian/internal/lecard"
	"leian/retrieval"
	"leian/retrieval/rank"
)

// Folds is the number of cross-validation folds over LeCaRD dev queries.
const Folds = 5

// Tune learns the fusion weights through the engine that serves pushes:
// every LeCaRD dev query's pool is scored by e's store, embedder and
// element signal (the pool's ids as the filter, as the lecard eval ranks
// it), once from the facts alone (charges predicted) and once with the
// query's charges; then each row is cross-validated over Folds folds.
// With corpus it also tunes the whole-store rows (NDCG@CorpusDepth over
// every stored case). The known-charge one is off by default: on dev the
// whole-store rows raised recall@100 (0.76 → 0.80) but cut the pushes'
// exact-charge agreement with CAIL2018 cases (top-1 0.60 → 0.47) and the
// drafter's penalty scores, and a push naming charges is fused with the
// pool row unless corpus.
//
// With agree, the whole-store facts-only row is tuned too, whatever
// corpus says, on the mean of two objectives: the LeCaRD NDCG@CorpusDepth
// over the whole store, and the NDCG@AgreementK of agree's pushes graded
// by charge and amount agreement (agreementSamples), which read no LeCaRD
// label and no line the agreement eval scores. Half the objective keeps
// what recall gains from costing the charge and amount agreement a judge
// sees. The pool rows, which rank LeCaRD's pools, stay on LeCaRD alone:
// with the agreement objective there, pool NDCG@30 fell (0.88 → 0.83 out
// of fold).
func Tune(ctx context.Context, e *Engine, set *lecard.Set, store string, corpus bool, agree *Agreement) (*Weights, error) {
	var agreement []rank.Sample
	if agree != nil {
		if err := disjoint(agree, set); err != nil {
			return nil, err
		}
		var err error
		if agreement, err = agreementSamples(ctx, e, agree); err != nil {
			return nil, fmt.Errorf("tune: %w", err)
		}
	}
	grades := set.Grades()
	var facts, known, corpusFacts, corpusKnown []rank.Sample
	for _, q := range set.Queries {
		pool := set.PoolIDs(q.ID)
		if _, err := e.sums.Case(ctx, pool[0]); err != nil {
			return nil, fmt.Errorf("tune: LeCaRD query %s: its pool is not in the index (ingest the bundle's lecard folder): %w: %w", q.ID, ErrNotTunable, err)
		}
		type row struct {
			q    retrieval.Query
			into *[]rank.Sample
		}
		rows := []row{{PoolQuery(q, pool, false), &facts}, {PoolQuery(q, pool, true), &known}}
		if corpus || agree != nil {
			rows = append(rows, row{CorpusQuery(q, false), &corpusFacts})
		}
		if corpus {
			rows = append(rows, row{CorpusQuery(q, true), &corpusKnown})
		}
		for _, row := range rows {
			cands, err := e.Features(ctx, row.q)
			if err != nil {
				return nil, fmt.Errorf("tune: LeCaRD query %s: %w", q.ID, err)
			}
			*row.into = append(*row.into, rank.Sample{QueryID: q.ID, Cands: cands, Grades: grades[q.ID]})
		}
	}
	w := &Weights{Version: weightsVersion, Store: store, FactsOnly: tuneSet(facts, nil, poolCutoff), KnownCharge: tuneSet(known, nil, poolCutoff),
		CorpusFactsOnly: tuneSet(corpusFacts, agreement, CorpusDepth), CorpusKnownCharge: tuneSet(corpusKnown, nil, CorpusDepth)}
	for _, a := range agreement {
		w.AgreementCases = append(w.AgreementCases, a.QueryID)
	}
	return w, nil
}

// disjoint refuses agreement cases holding a LeCaRD dev query's facts:
// the objective would then read the query the evals score with held-out
// weights.
func disjoint(agree *Agreement, set *lecard.Set) error {
	dev := map[string]string{}
	for _, q := range set.Queries {
		dev[strings.TrimSpace(q.Facts)] = q.ID
	}
	for _, c := range agree.Cases {
		if id, ok := dev[strings.TrimSpace(c.Facts)]; ok {
			return fmt.Errorf("tune: agreement case %s has the facts of LeCaRD dev query %s: %w", c.ID, id, ErrNotTunable)
		}
	}
	return nil
}

// The rank cut-offs tuning maximises NDCG at: 30 in a pool (LeCaRD's
// headline metric), and over the whole store the depth the recall eval
// reads, so that the weights keep relevant cases in the first hundred and
// order the first of them too.
const (
	poolCutoff  = 30
	CorpusDepth = 100
)

// CorpusQuery is the whole-store push for LeCaRD query q, as the recall
// eval searches: CorpusDepth results, its charges only when the row knows
// them, and the query's own ingested record left out.
func CorpusQuery(q retrieval.CaseQuery, knownCharge bool) retrieval.Query {
	rq := retrieval.Query{Facts: q.Facts, K: CorpusDepth, ExcludeIDs: []string{lecard.QueryIDPrefix + q.ID}}
	if knownCharge {
		rq.Charges = q.Charges
	}
	return rq
}

// ErrNotTunable is an index without the LeCaRD candidates tuning ranks.
var ErrNotTunable = errors.New("the index cannot be tuned on LeCaRD")

// PoolQuery is the push that ranks LeCaRD query q's pool through the
// engine: its facts, its charges only when the row knows them, and the
// pool's ids as the filter.
func PoolQuery(q retrieval.CaseQuery, pool []string, knownCharge bool) retrieval.Query {
	rq := retrieval.Query{Facts: q.Facts, K: len(pool), Filter: retrieval.Filter{IDs: pool}}
	if knownCharge {
		rq.Charges = q.Charges
	}
	return rq
}

// tuneSet tunes one row on the LeCaRD samples, cross-validated over them,
// every fold also reading extra (the agreement cases), which are never
// scored as dev queries.
func tuneSet(samples, extra []rank.Sample, cutoff int) FusionSet {
	if len(samples) == 0 {
		return FusionSet{}
	}
	cv := rank.CrossValidate(samples, extra, Signals, Folds, cutoff)
	return FusionSet{All: rank.Tune(append(slices.Clone(samples), extra...), Signals, cutoff), Folds: cv.Folds, FoldOf: cv.FoldOf, CV: cv.NDCG}
}

// TunePool learns weights on the in-memory pool ranker (no index needed):
// the threshold gate's path. Its facts-only row has no charge signal, as
// the pool predicts none.
func TunePool(ctx context.Context, set *lecard.Set, docs map[string]*corpus.Document, p *Pool) (*Weights, error) {
	grades := set.Grades()
	var facts, known []rank.Sample
	for _, q := range set.Queries {
		pool := make([]*corpus.Document, 0, len(set.Pools[q.ID]))
		for _, id := range set.PoolIDs(q.ID) {
			d, ok := docs[id]
			if !ok {
				return nil, fmt.Errorf("tune: query %s pools %s, which is not among the documents", q.ID, id)
			}
			pool = append(pool, d)
		}
		for _, row := range []struct {
			q    retrieval.CaseQuery
			into *[]rank.Sample
		}{{retrieval.CaseQuery{ID: q.ID, Facts: q.Facts}, &facts}, {q, &known}} {
			cands, err := p.Features(ctx, row.q, pool)
			if err != nil {
				return nil, fmt.Errorf("tune: %w", err)
			}
			*row.into = append(*row.into, rank.Sample{QueryID: q.ID, Cands: cands, Grades: grades[q.ID]})
		}
	}
	return &Weights{Version: weightsVersion, Store: "memory", FactsOnly: tuneSet(facts, nil, poolCutoff), KnownCharge: tuneSet(known, nil, poolCutoff)}, nil
}
