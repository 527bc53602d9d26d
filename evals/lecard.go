package evals

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"leian/internal/lecard"
)

// randomRepeats is how many seeded random runs a random baseline averages
// (pool shuffles for LeCaRD, as in the data README's table; coin flips for SCM).
const randomRepeats = 200

// LeCaRD is the similar-case retrieval suite on LeCaRD's dev queries:
// each query's candidate pool ranked by Leian (Input.Ranker) or by another
// system's run file (Input.RunFile), scored against the graded labels.
func LeCaRD() Suite {
	return Suite{
		Name:      "lecard",
		Dataset:   "lecard/queries.jsonl",
		Metrics:   strings.Join(lecardMetrics, ", ") + ", " + knownChargePrefix + strings.Join(lecardMetrics, ", "+knownChargePrefix),
		Good:      "越高越好；整池 ndcg@30 高于 BM25 0.5498，接近 SAILER 0.8442",
		RunFormat: `JSON {"<query ridx>": [candidate id, …]}, best first (ids as strings or numbers), as lecard/baselines/*.json`,
		Flags: map[string]string{
			"queries": "queries file (default lecard/queries.jsonl; --file also sets it)",
			"labels":  "graded labels file (default lecard/labels.json)",
			"pools":   "candidate pools file (default lecard/pools.json)",
		},
		Run: runLeCaRD,
	}
}

// lecardData is the suite's input: the labelled queries in file order
// (cut to Limit) with their labels and pools.
type lecardData struct {
	*lecard.Set
	files []string
}

func loadLeCaRD(in Input) (*lecardData, error) {
	def := lecard.DefaultFiles(in.DataDir)
	f := lecard.Files{
		Queries: cmp.Or(in.Args["queries"], in.File, def.Queries),
		Labels:  cmp.Or(in.Args["labels"], def.Labels),
		Pools:   cmp.Or(in.Args["pools"], def.Pools),
	}
	set, err := lecard.LoadFiles(f)
	if err != nil {
		return nil, err
	}
	if in.Limit > 0 && in.Limit < len(set.Queries) {
		set.Queries = set.Queries[:in.Limit]
	}
	return &lecardData{Set: set, files: []string{f.Queries, f.Labels, f.Pools}}, nil
}

// knownChargePrefix marks the metrics of the row whose queries carry
// their gold charges: a judge who already knows the charge. The unmarked
// metrics, the headline, are from the facts alone.
const knownChargePrefix = "known_charge/"

func runLeCaRD(ctx context.Context, in Input) (*Result, error) {
	d, err := loadLeCaRD(in)
	if err != nil {
		return nil, err
	}
	var run, known map[string][]string
	res := &Result{Suite: "lecard", Files: d.files, Split: SplitCrossValidated}
	switch {
	case in.RunFile != "":
		if run, err = readRankings(in.RunFile); err != nil {
			return nil, err
		}
		d.files = append(d.files, in.RunFile)
		res.Split = SplitDev
	case in.Ranker != nil:
		if run, known, err = rankLeCaRDPools(ctx, in, d); err != nil {
			return nil, err
		}
		if m, ok := in.Ranker.(interface{ Method() string }); ok {
			res.Method = m.Method()
		}
	default:
		return nil, errors.New("nothing to score: pass --run FILE (another system's ranking) or build Leian's index first (leian index, which make run and make eval do)")
	}
	res.Files = d.files
	for _, q := range d.Queries {
		it := Item{ID: q.ID, Scores: scoreLeCaRDQuery(run[q.ID], d.Labels[q.ID])}
		if known != nil {
			for name, v := range scoreLeCaRDQuery(known[q.ID], d.Labels[q.ID]) {
				it.Scores[knownChargePrefix+name] = v
			}
		}
		res.Items = append(res.Items, it)
		if _, ok := run[q.ID]; !ok {
			res.Notes = append(res.Notes, fmt.Sprintf("查询 %s 在结果文件中缺失，按 0 计分", q.ID))
		}
	}
	res.N = len(res.Items)
	names := lecardMetrics
	if known != nil {
		for _, m := range lecardMetrics {
			names = append(names, knownChargePrefix+m)
		}
	}
	res.Metrics = meanScores(res.Items, names)
	res.Baselines, err = lecardBaselines(in, d)
	if err != nil {
		return nil, err
	}
	// The bundle's BM25 and SAILER runs rank the same dev queries' pools.
	res.Footing = sameData(slices.Collect(maps.Keys(res.Baselines))...)
	res.Notes = append(res.Notes, lecardLosers(res.Items, d, 5)...)
	return res, nil
}

// lecardBaselines scores the pools in random order (mean over shuffles
// from CPython's generator seeded with in.Seed), the pools in file order,
// and the bundle's reference runs when present.
func lecardBaselines(in Input, d *lecardData) (map[string]map[string]float64, error) {
	score := func(run map[string][]string) []Item {
		items := make([]Item, len(d.Queries))
		for i, q := range d.Queries {
			items[i] = Item{ID: q.ID, Scores: scoreLeCaRDQuery(run[q.ID], d.Labels[q.ID])}
		}
		return items
	}
	rng := newPyRandom(in.Seed)
	sums := make(map[string]float64)
	for range randomRepeats {
		shuffled := make(map[string][]string, len(d.Queries))
		for _, q := range d.Queries {
			shuffled[q.ID] = rng.sample(d.Pools[q.ID])
		}
		for name, v := range meanScores(score(shuffled), lecardMetrics) {
			sums[name] += v / randomRepeats
		}
	}
	out := map[string]map[string]float64{
		"random":     sums,
		"pool_order": meanScores(score(d.Pools), lecardMetrics),
	}
	for name, file := range map[string]string{"bm25": "bm25_top100.json", "sailer": "sailer_ranking.json"} {
		path := filepath.Join(in.DataDir, "lecard", "baselines", file)
		if !fileExists(path) {
			continue
		}
		run, err := readRankings(path)
		if err != nil {
			return nil, err
		}
		out[name] = meanScores(score(run), lecardMetrics)
	}
	return out, nil
}

// lecardLosers names the n queries with the lowest whole-pool NDCG@30.
func lecardLosers(items []Item, d *lecardData, n int) []string {
	crimes := make(map[string]string, len(d.Queries))
	for _, q := range d.Queries {
		crimes[q.ID] = strings.Join(q.Charges, "、")
	}
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b Item) int { return cmp.Compare(a.Scores["ndcg@30"], b.Scores["ndcg@30"]) })
	var notes []string
	for _, it := range sorted[:min(n, len(sorted))] {
		notes = append(notes, fmt.Sprintf("最差查询 %s（%s）：仅事实 ndcg@30 %.4f，ndcg@30_labelled %.4f",
			it.ID, crimes[it.ID], it.Scores["ndcg@30"], it.Scores["ndcg@30_labelled"]))
	}
	return notes
}
