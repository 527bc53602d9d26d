package evals

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"leian/internal/lecard"
	"leian/internal/metrics"
	"leian/retrieval"
)

// recallDepth is how deep the whole-corpus search is read: the candidate
// depth a re-ranker gets to work with.
const recallDepth = 100

// CaseSearcher searches every indexed document (retrieval/engine.Engine).
type CaseSearcher interface {
	Search(ctx context.Context, q retrieval.Query) ([]retrieval.Result, error)
}

// HeldOutSearcher is the served engine ranking a LeCaRD dev query: with
// the fusion weights of the cross-validation fold that left the query
// out, from the facts alone when q names no charges.
type HeldOutSearcher interface {
	HeldOutRanker
	SearchHeldOut(ctx context.Context, queryID string, q retrieval.Query) ([]string, error)
}

// OpenHeldOut opens the served engine for the suites scored on LeCaRD
// labels; the returned func releases it.
type OpenHeldOut func(ctx context.Context) (HeldOutSearcher, func(), error)

// Recall is the whole-corpus recall suite: each LeCaRD dev query searched
// against every ingested document, scoring how many of its relevant
// candidates (grade ≥ 2) come back in the first 100.
func Recall(open OpenHeldOut) Suite {
	return Suite{
		Name:    "recall",
		Dataset: "lecard/queries.jsonl",
		Metrics: "recall@100, recall@30, known_charge/recall@100, known_charge/recall@30",
		Good:    "越高越好；全库检索前100条召回相关类案（标注≥2）的比例，应高于 BM25 全库前100",
		Run: func(ctx context.Context, in Input) (*Result, error) {
			return runRecall(ctx, in, open)
		},
	}
}

func runRecall(ctx context.Context, in Input, open OpenHeldOut) (*Result, error) {
	d, err := loadLeCaRD(in)
	if err != nil {
		return nil, err
	}
	if open == nil {
		return nil, errors.New("recall: no search engine wired; run leian index and leian tune")
	}
	eng, release, err := open(ctx)
	if err != nil {
		return nil, fmt.Errorf("recall: open the search engine: %w", err)
	}
	defer release()
	ids := make([]string, len(d.Queries))
	for i, q := range d.Queries {
		ids[i] = q.ID
	}
	if err := eng.HeldOut(ids); err != nil {
		return nil, fmt.Errorf("recall: %w", err)
	}
	res := &Result{Suite: "recall", Files: d.files, Split: SplitCrossValidated,
		Method: "经服务所用引擎与检索库全库检索；融合权重与服务相同：权重文件有全库行时用全库行（仅事实行由 leian tune 在同一路径的全库检索上按 NDCG@100 与 cail2018 训练案件的罪名、金额一致性各占一半调参；已知罪名行仅 leian tune --corpus 调），否则用候选池行（NDCG@30）；均按 5 折交叉验证，每个查询用未见其标注的折的权重；" +
			"仅事实行不给罪名（罪名由事实预测），known_charge/ 行给出查询的罪名"}
	metricNames := []string{"recall@100", "recall@30"}
	for _, q := range d.Queries {
		it := Item{ID: q.ID, Scores: map[string]float64{}}
		for _, row := range []struct {
			prefix  string
			charges []string
		}{{"", nil}, {knownChargePrefix, q.Charges}} {
			// The bundle's queries are ingested too; a judge pushing a case
			// does not want the case itself back, so its own record is left out.
			got, err := eng.SearchHeldOut(ctx, q.ID, retrieval.Query{Facts: q.Facts, Charges: row.charges, K: recallDepth,
				ExcludeIDs: []string{lecard.QueryIDPrefix + q.ID}})
			if err != nil {
				return nil, fmt.Errorf("recall: query %s: %w", q.ID, err)
			}
			for i, id := range got {
				got[i] = strings.TrimPrefix(id, "lecard:")
			}
			for name, v := range recallScores(got, d.Labels[q.ID]) {
				it.Scores[row.prefix+name] = v
			}
		}
		res.Items = append(res.Items, it)
	}
	res.N = len(res.Items)
	res.Metrics = meanScores(res.Items, append(metricNames, knownChargePrefix+"recall@100", knownChargePrefix+"recall@30"))
	if path := filepath.Join(in.DataDir, "lecard", "baselines", "bm25_top100.json"); fileExists(path) {
		bm25, err := readRankings(path)
		if err != nil {
			return nil, err
		}
		var items []Item
		for _, q := range d.Queries {
			items = append(items, Item{ID: q.ID, Scores: recallScores(bm25[q.ID], d.Labels[q.ID])})
		}
		res.Baselines = map[string]map[string]float64{"bm25_43k": meanScores(items, metricNames)}
		res.Footing = map[string]string{"bm25_43k": FootingOtherData} // LeCaRD's own 43k-document corpus
		d.files = append(d.files, path)
		res.Files = d.files
	}
	res.Notes = recallLosers(res.Items, 5)
	return res, nil
}

// recallScores is recall at 100 and 30 of the candidates graded ≥ 2.
func recallScores(ranked []string, labels map[string]int) map[string]float64 {
	total := 0
	for _, g := range labels {
		if g >= 2 {
			total++
		}
	}
	relevant := make([]bool, len(ranked))
	for i, id := range ranked {
		relevant[i] = labels[id] >= 2
	}
	return map[string]float64{
		"recall@100": metrics.RecallAt(relevant, 100, total),
		"recall@30":  metrics.RecallAt(relevant, 30, total),
	}
}

func recallLosers(items []Item, n int) []string {
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b Item) int { return cmp.Compare(a.Scores["recall@100"], b.Scores["recall@100"]) })
	var notes []string
	for _, it := range sorted[:min(n, len(sorted))] {
		notes = append(notes, fmt.Sprintf("召回最低查询 %s：recall@100 %.4f", it.ID, it.Scores["recall@100"]))
	}
	return notes
}
