package evals

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"time"

	"leian/corpus"
	"leian/drafting/batch"
)

// BatchEnv is what the batch suite groups with: the stored documents and
// the embedder the service uses.
type BatchEnv struct {
	Each     func(ctx context.Context, fn func(*corpus.Document) error) error
	Embedder batch.Embedder
	Files    []string // the document store, hashed into the run record
	// Charges is the service's charge predictor trained without the
	// decided cases whose facts overlap heldOut, and a note saying how
	// many it left out; nil groups without predicted charges.
	Charges func(ctx context.Context, heldOut []string) (batch.ChargePredictor, string, error)
}

// OpenBatch opens the batch suite's environment.
type OpenBatch func(ctx context.Context) (BatchEnv, func(), error)

// batchSeed is the bundle's split seed, reused for the sample.
const batchSeed = 20261123

// BatchSuite groups a seeded sample of stored dev documents with the
// service's own grouping (drafting/batch.Group) and scores cluster purity
// against the sources' charge labels and the private-lending cause.
func BatchSuite(open OpenBatch) Suite {
	return Suite{
		Name:    "batch",
		Dataset: "stored documents (LEIAN_HOME/docs.db): 500 seeded, labelled",
		Metrics: "purity, inverse_purity, clusters, ms_per_100",
		Good:    "purity、inverse_purity 越高越好；clusters 越接近标签数越好；ms_per_100 越低越好",
		Run: func(ctx context.Context, in Input) (*Result, error) {
			env, closeEnv, err := open(ctx)
			if err != nil {
				return nil, err
			}
			defer closeEnv()
			return runBatch(ctx, in, env)
		},
	}
}

// goldLabel is a document's cause or charge as its source labels it: the
// charges a criminal source recorded, or 民间借贷 for CAIL2019-SCM, whose
// documents are all private-lending judgments by the dataset's definition.
func goldLabel(d *corpus.Document) string {
	for _, l := range d.Labels {
		if len(l.Charges) > 0 {
			cs := slices.Clone(l.Charges)
			sort.Strings(cs)
			return strings.Join(cs, "、")
		}
	}
	for _, s := range d.Sources {
		if s.Source == "scm" {
			return "民间借贷"
		}
	}
	return ""
}

func runBatch(ctx context.Context, in Input, env BatchEnv) (*Result, error) {
	n := 500
	if in.Limit > 0 {
		n = in.Limit
	}
	type doc struct{ id, text, label string }
	var pool []doc
	rejected := 0
	err := env.Each(ctx, func(d *corpus.Document) error {
		label := goldLabel(d)
		if label == "" {
			return nil
		}
		if batch.Check(batch.Case{ID: d.ID, Text: d.Text}) != nil {
			rejected++
			return nil
		}
		pool = append(pool, doc{d.ID, d.Text, label})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("batch suite: read documents: %w", err)
	}
	if len(pool) < 2*n {
		return nil, fmt.Errorf("batch suite: %d labelled documents in the store, need %d (a sample and a disjoint tuning sample): run leian ingest", len(pool), 2*n)
	}
	sort.Slice(pool, func(i, j int) bool { return pool[i].id < pool[j].id })
	r := rand.New(rand.NewPCG(batchSeed, uint64(in.Seed)))
	r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	labels := map[string]string{}
	toCases := func(ds []doc) []batch.Case {
		out := make([]batch.Case, len(ds))
		for i, d := range ds {
			out[i] = batch.Case{ID: d.id, Text: d.text}
			labels[d.id] = d.label
		}
		return out
	}
	cases, tuning := toCases(pool[:n]), toCases(pool[n:2*n])
	res := &Result{Suite: "batch", N: n, Metrics: map[string]float64{}, Baselines: map[string]map[string]float64{}, Split: SplitDev, Files: env.Files}
	var opts batch.Options
	chargeNote := "无罪名预测模型：起诉书未列罪名的刑事案件只按事实与要素表分组"
	if env.Charges != nil {
		var heldOut []string
		for _, d := range pool[:2*n] {
			heldOut = append(heldOut, d.text)
		}
		if opts.Charges, chargeNote, err = env.Charges(ctx, heldOut); err != nil {
			return nil, fmt.Errorf("batch suite: charge predictor: %w", err)
		}
	}
	start := time.Now()
	full, err := batch.Group(ctx, env.Embedder, cases, opts)
	if err != nil {
		return nil, err
	}
	took := time.Since(start)
	start100 := time.Now()
	if _, err := batch.Group(ctx, env.Embedder, cases[:min(100, n)], opts); err != nil {
		return nil, err
	}
	res.Metrics = purityMetrics(full, labels)
	res.Metrics["ms_per_100"] = float64(time.Since(start100).Milliseconds())
	res.Metrics["ms_per_100_in_500"] = float64(took.Milliseconds()) * 100 / float64(n)
	text, err := batch.Group(ctx, env.Embedder, cases, batch.Options{TextOnly: true})
	if err != nil {
		return nil, err
	}
	res.Baselines["text_only"] = purityMetrics(text, labels)
	one := &batch.Result{Clusters: []batch.Cluster{{}}}
	for _, c := range cases {
		one.Clusters[0].Members = append(one.Clusters[0].Members, batch.Member{ID: c.ID})
	}
	res.Baselines["one_cluster"] = purityMetrics(one, labels)
	best, sweep, err := tuneThreshold(ctx, env.Embedder, tuning, labels, opts)
	if err != nil {
		return nil, err
	}
	tuned, err := batch.Group(ctx, env.Embedder, cases, batch.Options{Threshold: best, Charges: opts.Charges})
	if err != nil {
		return nil, err
	}
	res.Baselines["threshold_tuned_elsewhere"] = purityMetrics(tuned, labels)
	res.Footing = sameData("text_only", "one_cluster")
	res.Footing["threshold_tuned_elsewhere"] = FootingOtherSplit
	classes := map[string]int{}
	for _, c := range cases {
		classes[labels[c.ID]]++
	}
	res.Method = fmt.Sprintf("平均连接层次聚类，合并阈值 %.2f（服务默认值，在不相交的调参样本上选出，见 threshold_tuned_elsewhere）；先分：刑事与民事案件不同组，罪名不相交的刑事案件不同组（罪名取起诉书或事实所列，均未列时取罪名预测模型的预测）；同组内相似度 = 0.6×事实向量余弦 + 0.4×要素一致（要素表类型、罪名，二者均未知时只用余弦）；只用事实部分（不含判决主文）", batch.DefaultThreshold)
	res.Notes = []string{
		fmt.Sprintf("样本：库中有来源标签（罪名或 SCM 民间借贷）的文书按种子 %d 随机抽 %d 件；%d 种标签；另有 %d 件不像裁判文书被排除在抽样池外", batchSeed, n, len(classes), rejected),
		"金标：来源自带的罪名标签（多罪名按集合）、CAIL2019-SCM 文书为民间借贷；不经本系统抽取",
		"text_only：只用事实向量（不用要素）；one_cluster：全部一组（purity 即最大类占比）",
		fmt.Sprintf("threshold_tuned_elsewhere：阈值在另一组不相交的 %d 件（同一抽样池）上按 purity 与 inverse_purity 的调和平均选出，为 %.2f；各阈值：%s", n, best, sweep),
		"ms_per_100：对样本前 100 件单独分组的用时（含读取、填表、罪名预测、向量化、聚类；不含模型训练）；ms_per_100_in_500：500 件一批的用时折算",
		chargeNote,
	}
	return res, nil
}

// tuneThreshold picks the merge threshold on a tuning sample: the best
// harmonic mean of purity and inverse purity.
func tuneThreshold(ctx context.Context, emb batch.Embedder, cs []batch.Case, labels map[string]string, o batch.Options) (float64, string, error) {
	best, bestF := 0.0, -1.0
	var sweep []string
	for th := 0.15; th <= 0.701; th += 0.05 {
		o.Threshold = th
		r, err := batch.Group(ctx, emb, cs, o)
		if err != nil {
			return 0, "", err
		}
		m := purityMetrics(r, labels)
		f := 2 * m["purity"] * m["inverse_purity"] / max(m["purity"]+m["inverse_purity"], 1e-9)
		sweep = append(sweep, fmt.Sprintf("%.2f→F %.1f（%.0f组）", th, f, m["clusters"]))
		if f > bestF {
			best, bestF = th, f
		}
	}
	return best, strings.Join(sweep, "，"), nil
}

// purityMetrics: purity (each cluster's majority label), inverse purity
// (each label's largest cluster) and the number of clusters.
func purityMetrics(r *batch.Result, labels map[string]string) map[string]float64 {
	n := 0
	pure := 0
	best := map[string]int{}
	for _, c := range r.Clusters {
		count := map[string]int{}
		for _, m := range c.Members {
			count[labels[m.ID]]++
			n++
		}
		top := 0
		for l, k := range count {
			top = max(top, k)
			best[l] = max(best[l], k)
		}
		pure += top
	}
	inv := 0
	for _, k := range best {
		inv += k
	}
	if n == 0 {
		return map[string]float64{}
	}
	return map[string]float64{
		"purity":         100 * float64(pure) / float64(n),
		"inverse_purity": 100 * float64(inv) / float64(n),
		"clusters":       float64(len(r.Clusters)),
	}
}
