package evals

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
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
		Metrics:   strings.Join(lecardMetrics, ", "),
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

// lecardData is the suite's input: queries in file order with their labels
// and pools.
type lecardData struct {
	queries []lecardQuery
	labels  map[string]map[string]int
	pools   map[string][]string
	files   []string
}

func loadLeCaRD(in Input) (*lecardData, error) {
	dir := filepath.Join(in.DataDir, "lecard")
	d := &lecardData{files: []string{
		cmp.Or(in.Args["queries"], in.File, filepath.Join(dir, "queries.jsonl")),
		cmp.Or(in.Args["labels"], filepath.Join(dir, "labels.json")),
		cmp.Or(in.Args["pools"], filepath.Join(dir, "pools.json")),
	}}
	var err error
	if d.queries, err = readLeCaRDQueries(d.files[0]); err != nil {
		return nil, err
	}
	if err := readJSONFile(d.files[1], "lecard labels", &d.labels); err != nil {
		return nil, err
	}
	if err := readJSONFile(d.files[2], "lecard pools", &d.pools); err != nil {
		return nil, err
	}
	// Only labelled queries can be scored.
	d.queries = slices.DeleteFunc(d.queries, func(q lecardQuery) bool {
		return len(d.labels[strconv.Itoa(q.RIdx)]) == 0
	})
	if in.Limit > 0 && in.Limit < len(d.queries) {
		d.queries = d.queries[:in.Limit]
	}
	if len(d.queries) == 0 {
		return nil, fmt.Errorf("lecard: no query in %s has labels in %s", d.files[0], d.files[1])
	}
	return d, nil
}

func runLeCaRD(ctx context.Context, in Input) (*Result, error) {
	d, err := loadLeCaRD(in)
	if err != nil {
		return nil, err
	}
	var run map[string][]string
	switch {
	case in.RunFile != "":
		if run, err = readRankings(in.RunFile); err != nil {
			return nil, err
		}
		d.files = append(d.files, in.RunFile)
	case in.Ranker != nil:
		if run, err = rankLeCaRDPools(ctx, in, d); err != nil {
			return nil, err
		}
	default:
		return nil, errors.New("nothing to score: pass --run FILE (another system's ranking) or build Leian's index first (leian index, which make run and make eval do)")
	}
	res := &Result{Suite: "lecard", Files: d.files, Split: SplitCrossValidated}
	if in.RunFile != "" {
		res.Split = SplitDev
	}
	for _, q := range d.queries {
		id := strconv.Itoa(q.RIdx)
		res.Items = append(res.Items, Item{ID: id, Scores: scoreLeCaRDQuery(run[id], d.labels[id])})
		if _, ok := run[id]; !ok {
			res.Notes = append(res.Notes, fmt.Sprintf("查询 %s 在结果文件中缺失，按 0 计分", id))
		}
	}
	res.N = len(res.Items)
	res.Metrics = meanScores(res.Items, lecardMetrics)
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
		items := make([]Item, len(d.queries))
		for i, q := range d.queries {
			id := strconv.Itoa(q.RIdx)
			items[i] = Item{ID: id, Scores: scoreLeCaRDQuery(run[id], d.labels[id])}
		}
		return items
	}
	rng := newPyRandom(in.Seed)
	sums := make(map[string]float64)
	for range randomRepeats {
		shuffled := make(map[string][]string, len(d.queries))
		for _, q := range d.queries {
			id := strconv.Itoa(q.RIdx)
			shuffled[id] = rng.sample(d.pools[id])
		}
		for name, v := range meanScores(score(shuffled), lecardMetrics) {
			sums[name] += v / randomRepeats
		}
	}
	out := map[string]map[string]float64{
		"random":     sums,
		"pool_order": meanScores(score(d.pools), lecardMetrics),
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
	crimes := make(map[string]string, len(d.queries))
	for _, q := range d.queries {
		crimes[strconv.Itoa(q.RIdx)] = strings.Join(q.Crime, "、")
	}
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b Item) int { return cmp.Compare(a.Scores["ndcg@30"], b.Scores["ndcg@30"]) })
	var notes []string
	for _, it := range sorted[:min(n, len(sorted))] {
		notes = append(notes, fmt.Sprintf("最差查询 %s（%s）：ndcg@30 %.4f，ndcg@30_labelled %.4f",
			it.ID, crimes[it.ID], it.Scores["ndcg@30"], it.Scores["ndcg@30_labelled"]))
	}
	return notes
}
