package evals

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"leian/internal/cail"
	"leian/retrieval"
)

// agreementK is how many results a push shows; agreementFolds is how many
// charge predictors an agreement run trains, each without a fifth of the
// cases it pushes.
const (
	agreementK     = 10
	agreementFolds = cail.Folds
)

// FoldSearcher is the served engine for the agreement suite.
type FoldSearcher interface {
	// Searcher returns the engine whose charge predictor never read the
	// cail2018 lines (1-based) for which heldOut is true.
	Searcher(ctx context.Context, heldOut func(line int) bool) (CaseSearcher, error)
	// Same returns the ids of the stored documents whose text is facts
	// (the case's own record, merged from every source that holds it).
	Same(ctx context.Context, facts string) ([]string, error)
	// Amounts returns the amount the engine reads from facts and the
	// amount of each stored document ids names, in yuan (0: none).
	Amounts(ctx context.Context, facts string, ids []string) (float64, []float64, error)
}

// OpenFoldSearcher opens the served engine; the returned func releases it.
type OpenFoldSearcher func(ctx context.Context) (FoldSearcher, func(), error)

// Agreement is the charge-agreement suite: the facts of each CAIL2018
// case pushed through the served engine, facts only, its own record left
// out, scoring whether the similar cases shown share its gold charges and
// its amount's order of magnitude.
func Agreement(open OpenFoldSearcher) Suite {
	return Suite{
		Name:    "agreement",
		Dataset: "cail2018/cases.jsonl",
		Metrics: "charge_top1, charge_top10, charge_any10, exact_top1, exact_top10, amount_top1, amount_top10",
		Good:    "越高越好；前10条中与本案有共同罪名的比例目标 ≥ 0.95",
		Flags: map[string]string{
			"fold": "score this fold's lines first (line mod 5; default 0, lines 5, 10, 15, …): --fold 2 --limit N is a sample of lines neither the default run scores nor leian tune reads (fold 1), for choosing rules",
		},
		Run: func(ctx context.Context, in Input) (*Result, error) {
			return runAgreement(ctx, in, open)
		},
	}
}

var agreementMetrics = []string{"charge_top1", "charge_top10", "charge_any10", "exact_top1", "exact_top10", "amount_top1", "amount_top10"}

// agreementOrder returns cases in the order the suite scores them, fold
// by fold (cail.Fold) from fold first on, the first limit of them when
// limit > 0: --limit N scores a systematic sample (every fifth line from
// line 5 on, or from line first with --fold) and trains only the
// predictors of the folds it reaches, each taking minutes.
func agreementOrder(cases []cail.Case, limit, first int) []cail.Case {
	cases = slices.Clone(cases)
	order := func(line int) int { return (cail.Fold(line) - first + cail.Folds) % cail.Folds }
	slices.SortStableFunc(cases, func(a, b cail.Case) int {
		return cmp.Or(cmp.Compare(order(a.Line), order(b.Line)), cmp.Compare(a.Line, b.Line))
	})
	if limit > 0 && limit < len(cases) {
		cases = cases[:limit]
	}
	return cases
}

func runAgreement(ctx context.Context, in Input, open OpenFoldSearcher) (*Result, error) {
	path := cmp.Or(in.File, filepath.Join(in.DataDir, cail.File))
	all, err := cail.Read(path)
	if err != nil {
		return nil, fmt.Errorf("agreement: %w", err)
	}
	first := 0
	if v, ok := in.Args["fold"]; ok {
		if first, err = strconv.Atoi(v); err != nil || first < 0 || first >= cail.Folds {
			return nil, fmt.Errorf("agreement: --fold %q: want 0 to %d", v, cail.Folds-1)
		}
	}
	cases := agreementOrder(all, in.Limit, first)
	if open == nil {
		return nil, errors.New("agreement: no search engine wired; run leian index first")
	}
	fs, release, err := open(ctx)
	if err != nil {
		return nil, fmt.Errorf("agreement: open the search engine: %w", err)
	}
	defer release()
	res := &Result{Suite: "agreement", Files: []string{path}, Split: SplitCrossValidated,
		Method: fmt.Sprintf("每个案件的事实经服务所用引擎推送（仅事实，不给罪名，k=%d），排除其本身（同文本的全部记录）；"+
			"罪名由事实预测，预测模型按案件行号分 %d 折训练，从未读过被推送的案件；融合权重（全库·仅事实行）在 LeCaRD 与本文件第 1、6、11…行的前 300 个案件（排除与第 5、10、15…行或 LeCaRD 查询同文本者）上调参。"+
			"罪名比较只去掉方括号、顿号与末尾“罪”字；金额层级为事实中最大金额的数量级（十进），只计双方都有金额的结果", agreementK, agreementFolds)}
	if first != 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("--fold %d：先评第 %d 折的行，供选规则用，不是默认评测的行", first, first))
	}
	for f := range agreementFolds {
		var fold []cail.Case
		for _, c := range cases {
			if cail.Fold(c.Line) == f {
				fold = append(fold, c)
			}
		}
		if len(fold) == 0 {
			continue
		}
		eng, err := fs.Searcher(ctx, func(line int) bool { return cail.Fold(line) == f })
		if err != nil {
			return nil, fmt.Errorf("agreement: fold %d: %w", f, err)
		}
		for _, c := range fold {
			it, err := agreementItem(ctx, fs, eng, c)
			if err != nil {
				return nil, fmt.Errorf("agreement: %s line %d: %w", path, c.Line, err)
			}
			res.Items = append(res.Items, it)
		}
	}
	if slices.ContainsFunc(cases, func(c cail.Case) bool { return cail.Fold(c.Line) == cail.TuningFold }) {
		res.Notes = append(res.Notes, "本次评测到了第 1、6、11…行：其中 leian tune 读过的行（至多前 300 个）所得结果是样本内的；--limit 1223 以内只评第 5、10、15…行")
	}
	slices.SortFunc(res.Items, func(a, b Item) int { return cmp.Compare(itemLine(a.ID), itemLine(b.ID)) })
	res.N = len(res.Items)
	res.Metrics = map[string]float64{}
	for _, m := range agreementMetrics {
		var sum float64
		n := 0
		for _, it := range res.Items {
			if v, ok := it.Scores[m]; ok {
				sum += v
				n++
			}
		}
		res.Metrics[m] = sum / float64(max(1, n))
		if strings.HasPrefix(m, "amount") {
			res.Notes = append(res.Notes, fmt.Sprintf("%s 计入 %d 个有金额且结果有金额的案件", m, n))
		}
	}
	return res, nil
}

func itemLine(id string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(id, "line "))
	return n
}

// agreementItem pushes one case and scores its results. A score is left
// out when it cannot be measured (no amount on either side).
func agreementItem(ctx context.Context, fs FoldSearcher, eng CaseSearcher, c cail.Case) (Item, error) {
	own, err := fs.Same(ctx, c.Facts)
	if err != nil {
		return Item{}, err
	}
	rs, err := eng.Search(ctx, retrieval.Query{Facts: c.Facts, K: agreementK, ExcludeIDs: own})
	if err != nil {
		return Item{}, err
	}
	it := Item{ID: fmt.Sprintf("line %d", c.Line), Scores: map[string]float64{}}
	if len(rs) == 0 {
		for _, m := range agreementMetrics[:5] {
			it.Scores[m] = 0
		}
		return it, nil
	}
	gold := cail.ChargeSet(c.Accusations)
	var share, exact float64
	for i, r := range rs {
		got := cail.ChargeSet(r.Charges)
		s, e := cail.Overlaps(gold, got), cail.SameSet(gold, got)
		if i == 0 {
			it.Scores["charge_top1"], it.Scores["exact_top1"] = b2f(s), b2f(e)
		}
		share += b2f(s)
		exact += b2f(e)
	}
	it.Scores["charge_top10"] = share / float64(len(rs))
	it.Scores["exact_top10"] = exact / float64(len(rs))
	it.Scores["charge_any10"] = b2f(share > 0)
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	qa, amounts, err := fs.Amounts(ctx, c.Facts, ids)
	if err != nil {
		return Item{}, err
	}
	if qa > 0 {
		var same, n float64
		for i, a := range amounts {
			if a <= 0 {
				continue
			}
			eq := b2f(cail.AmountLevel(a) == cail.AmountLevel(qa))
			if i == 0 {
				it.Scores["amount_top1"] = eq
			}
			same += eq
			n++
		}
		if n > 0 {
			it.Scores["amount_top10"] = same / n
		}
	}
	return it, nil
}
