package engine

import (
	"context"
	"errors"
	"fmt"

	"leian/corpus"
	"leian/retrieval"
	"leian/retrieval/elements"
)

// WithCharges returns a copy of e that predicts the charges of a push
// naming none with p: an eval swaps in a predictor that never read the
// item it pushes.
func (e *Engine) WithCharges(p ChargePredictor) *Engine {
	c := *e
	c.charges = p
	return &c
}

// HeldOut is the served engine as the LeCaRD evals see it: every dev
// query ranked through the engine's store, embedder, charge predictor and
// elements, fused with the weights of the cross-validation fold that left
// the query out. It is evals.PoolRanker and evals.HeldOutSearcher.
type HeldOut struct {
	Engine  *Engine
	Weights *Weights
	Store   string // the store's name, for the method line
}

// RankPool ranks a LeCaRD pool through the engine, the pool's ids as the
// filter: from the facts alone when q has no charges.
func (h HeldOut) RankPool(ctx context.Context, q retrieval.CaseQuery, pool []*corpus.Document) ([]string, error) {
	ids := make([]string, len(pool))
	for i, d := range pool {
		ids[i] = d.ID
	}
	known := len(q.Charges) > 0
	return h.rank(ctx, q.ID, PoolQuery(q, ids, known))
}

// SearchHeldOut searches the whole store for LeCaRD dev query queryID.
func (h HeldOut) SearchHeldOut(ctx context.Context, queryID string, q retrieval.Query) ([]string, error) {
	return h.rank(ctx, queryID, q)
}

func (h HeldOut) rank(ctx context.Context, queryID string, q retrieval.Query) ([]string, error) {
	known, corpus := len(q.Charges) > 0, len(q.Filter.IDs) == 0
	if err := h.Weights.HeldOut([]string{queryID}, known, corpus); err != nil {
		return nil, err
	}
	return h.Engine.Rank(ctx, q, h.Weights.ForQuery(queryID, known, corpus))
}

// HeldOut fails unless every query in ids has a held-out fold in every row.
func (h HeldOut) HeldOut(ids []string) error {
	var errs []error
	for _, corpus := range []bool{false, true} {
		errs = append(errs, h.Weights.HeldOut(ids, false, corpus), h.Weights.HeldOut(ids, true, corpus))
	}
	return errors.Join(errs...)
}

// Method says how the numbers were obtained, for the eval's method line.
func (h HeldOut) Method() string {
	return fmt.Sprintf("经服务所用引擎与 %s 检索库排序（候选池以文书 ID 过滤）；融合权重（加权名次融合）在同一路径上按 %d 折交叉验证调参，"+
		"每个查询用未见其标注的折的权重。仅事实行不给罪名，罪名由事实预测（classify，训练数据为 cail2018 与 LeCaRD 候选文书，不含相关性标注）；"+
		"known_charge/ 行给出查询的罪名", h.Store, Folds)
}

// Amounts returns the amount e reads from facts, as it does for a push,
// and the amount of each stored document in ids, in yuan (0: none).
func (e *Engine) Amounts(ctx context.Context, facts string, ids []string) (float64, []float64, error) {
	q := elements.FromElements(extractFacts(facts), nil)
	out := make([]float64, len(ids))
	for i, id := range ids {
		c, err := e.sums.Case(ctx, id)
		if err != nil {
			return 0, nil, fmt.Errorf("amount of %s: %w", id, err)
		}
		out[i] = c.Amount
	}
	return q.Amount, out, nil
}

// PredictCharges predicts the charges of facts with the engine's charge
// predictor, the one its pushes use; none when it has no predictor. The
// drafter asks it whether a batch member's facts bear out its model
// case's charge.
func (e *Engine) PredictCharges(ctx context.Context, facts string) ([]string, error) {
	if e.charges == nil {
		return nil, nil
	}
	cs, err := e.charges.PredictCharges(ctx, facts)
	if err != nil {
		return nil, fmt.Errorf("predict the charges: %w", err)
	}
	return cs, nil
}
