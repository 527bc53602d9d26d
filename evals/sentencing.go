package evals

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"leian/corpus/rules"
	"leian/drafting/sentencing"
)

// sentencingFolds is the cross-validation of the sentencing suite.
const sentencingFolds = 5

// Sentencing is the CAIL2018 term-prediction suite: Leian's estimator,
// cross-validated so that no case is scored by a model that saw it.
func Sentencing() Suite {
	return Suite{
		Name:    "sentencing",
		Dataset: sentencing.CAIL2018File,
		Metrics: "within25, cail_score, kind_acc, log_distance",
		Good:    "within25 ≥ 0.45，cail_score ≥ 65（越高越好）；kind_acc 越高越好",
		Run:     runSentencing,
	}
}

// sentPred is a predicted sentence: kind and months.
type sentPred struct {
	Kind   string
	Months float64
}

func runSentencing(ctx context.Context, in Input) (*Result, error) {
	def := filepath.Join(in.DataDir, sentencing.CAIL2018File)
	path := cmp.Or(in.File, def)
	lib, err := rules.Load(ctx, in.DataDir)
	if err != nil {
		return nil, err
	}
	book := sentencing.NewLawBook(lib)
	bundle, err := sentencing.ReadCAIL2018(def)
	if err != nil {
		return nil, err
	}
	var test []sentencing.Example
	var folds [][]int // per fold, the test indices; train is everything else
	var trainPool []sentencing.Example
	method := ""
	if path == def {
		test = bundle
		if in.Limit > 0 && len(test) > in.Limit {
			test = test[:in.Limit]
		}
		trainPool = bundle
		folds = kFolds(len(bundle), sentencingFolds, 20261123)
		method = fmt.Sprintf("%d 折交叉验证（种子 20261123）：每件案件由未见过它的模型打分；模型与中位数基线在同一折的训练部分拟合。"+
			"梯度提升树超参数（100 棵、深 4、叶最少 20 例、学习率 0.08、LAD 损失，自文本线性回归的折外估计起步）中深度、叶例数与学习率是开发时在本文件一次 50/50 划分上比较少数几组后手工选定的（故含轻微的选择偏差），"+
			"树的棵数（100，原 200）是在第 2 折（0 起计）的训练部分（其余 4 折的 4894 件）内部 4 折交叉验证上比较 100/150/200/300 棵选定的（evals/sentencing_inner_test.go，构建标签 innercv），第 2 折的案件未参与比较；"+
			"之后固定，未逐折调参；取点方式：以同罪名训练案件实际判处刑期的分布（可混入特征最近邻已决案件的刑期）按与树预测的对数距离加核加权，取使 ±25%% 命中与 CAIL 分期望最高的刑期，"+
			"其近邻数、混入比例与核宽由每折的训练部分内部再分 80/20 选定，不看测试折；"+
			"事实载有公诉机关量刑建议（幅度或上限）时，建议之外的刑期在分布中降权（权重 0.01，于第 2 折训练部分内部 4 折交叉验证上在 1/0.3/0.1/0.01 中选定），取点限于建议之内。"+
			"罪名按所引法条解析（选择性罪名），法定刑档按事实选择（毒品五十克以上、情节较轻档、逃逸档等），均为规则而非拟合；"+
			"毒品按 2016 年毒品解释第一条的数量大标准折合海洛因，刑期上限取事实不能排除的最重一档（数罪依刑法第六十九条取各罪上限之和），数罪不短于各罪单独估计，亦均为法律规则；"+
			"这些规则及毒品读取方式的取舍是开发时在本划分全部 5 折上比较有无后作出的（看过测试折的得分，未调任何数值；按贩卖次数选情节严重档、罪名刑期之和特征两项因此弃用）；"+
			"开发时曾在本划分的第 1、2 折上比较一次更大的取点网格（更差，已弃用），此比较看过这两折的得分。"+
			"同一罪名重复列出（CAIL 的类罪名与具体罪名并列）按一罪、事实中“元”被隐名为“某”的金额（25万某）按元读两项，"+
			"以及弃用的无刑期（免刑、单处罚金）分类器与指导意见情节调节比例特征，是在第 1 折的训练部分（其余 4 折的 4894 件，它们在本评测中各自作为测试折打分）内部再做 4 折交叉验证比较后取舍的，第 1 折的案件未参与比较。", sentencingFolds)
	} else {
		if test, err = sentencing.ReadCAIL2018(path); err != nil {
			return nil, err
		}
		if in.Limit > 0 && len(test) > in.Limit {
			test = test[:in.Limit]
		}
		seen := leakSet{}
		for _, t := range test {
			seen.add(t.Facts)
		}
		for _, b := range bundle {
			if !seen.has(b.Facts) {
				trainPool = append(trainPool, b)
			}
		}
		method = fmt.Sprintf("用数据包 cail2018 训练（剔除事实与 %s 相同（全文或前 60 字）的 %d 件），对该文件全部案件打分", filepath.Base(path), len(bundle)-len(trainPool))
	}
	if err := sentencing.Prepare(ctx, trainPool); err != nil {
		return nil, err
	}
	preds := map[string]map[string]sentPred{"leian": {}, "always_12": {}, "median_of_charge": {}, "guideline_only": {}}
	score := func(trainIdx []int, testCases []sentencing.Example) error {
		train := make([]sentencing.Example, 0, len(trainIdx))
		for _, i := range trainIdx {
			train = append(train, trainPool[i])
		}
		model, err := sentencing.Train(ctx, book, train)
		if err != nil {
			return err
		}
		est := &sentencing.Estimator{Book: book, Model: model, Neighbours: 30}
		med := chargeMedians(train)
		for _, c := range testCases {
			rec, err := est.Estimate(ctx, sentencing.Case{Facts: c.Facts, Charges: c.Accusation, Articles: c.Articles, Exclude: []string{c.ID}})
			if err != nil {
				return fmt.Errorf("case %s: %w", c.ID, err)
			}
			preds["leian"][c.ID] = sentPred{rec.Kind, float64(rec.Months)}
			preds["always_12"][c.ID] = sentPred{"有期徒刑", 12}
			preds["median_of_charge"][c.ID] = med.predict(c.Charges)
			gm := rec.GuidelineMonths
			if rec.Tier == nil {
				gm = med.predict(c.Charges).Months
			}
			preds["guideline_only"][c.ID] = sentPred{monthsKind(gm), math.Round(gm)}
		}
		return nil
	}
	if folds != nil {
		inTest := map[string]bool{}
		for _, t := range test {
			inTest[t.ID] = true
		}
		for _, fold := range folds {
			isTest := map[int]bool{}
			var cases []sentencing.Example
			for _, i := range fold {
				isTest[i] = true
				if inTest[trainPool[i].ID] {
					cases = append(cases, trainPool[i])
				}
			}
			if len(cases) == 0 {
				continue
			}
			var train []int
			for i := range trainPool {
				if !isTest[i] {
					train = append(train, i)
				}
			}
			if err := score(train, cases); err != nil {
				return nil, err
			}
		}
	} else {
		all := make([]int, len(trainPool))
		for i := range all {
			all[i] = i
		}
		if err := score(all, test); err != nil {
			return nil, err
		}
	}
	res := &Result{Suite: "sentencing", N: len(test), Files: []string{path}, Baselines: map[string]map[string]float64{}, Method: method,
		Split: SplitCrossValidated, Footing: map[string]string{}}
	for name, p := range preds {
		m := sentencingMetrics(test, p)
		if name == "leian" {
			res.Metrics = m
			continue
		}
		res.Baselines[name] = m
		res.Footing[name] = FootingSameData // the same folds
	}
	for _, t := range test {
		p := preds["leian"][t.ID]
		res.Items = append(res.Items, Item{ID: t.ID, Scores: map[string]float64{"cail_score": 100 * cailScore(t.Outcome, p)}})
	}
	res.Notes = []string{
		"gold 刑种：死刑/无期按标注；0 个月记免予刑事处罚（含单处罚金）；不满 6 个月记拘役（有期徒刑最低 6 个月）；其余记有期徒刑",
		"cail_score：CAIL2018 刑期分 ×100（v=|ln(p+1)−ln(g+1)|，≤0.2 得 1 … >1.0 得 0；死刑、无期仅完全一致得分）",
		"within25：gold 有期刑期 >0 的案件中，预测在 ±25% 以内的比例",
		"guideline_only：仅按《量刑指导意见》算术（起点取中值、情节取幅度中值），无法条档次时用同罪名中位数",
	}
	return res, nil
}

// compactFacts is a fact text without white space, to find the same facts
// in two files.
func compactFacts(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// kFolds splits n indices into k folds after a seeded shuffle.
func kFolds(n, k int, seed int64) [][]int {
	perm := rand.New(rand.NewSource(seed)).Perm(n)
	folds := make([][]int, k)
	for i, p := range perm {
		folds[i%k] = append(folds[i%k], p)
	}
	return folds
}

// chargeMedian is the median-term baseline: the median decided term of the
// training cases with the same first charge (all cases when unseen).
type chargeMedian struct {
	by  map[string]float64
	all float64
}

func chargeMedians(train []sentencing.Example) chargeMedian {
	terms := map[string][]float64{}
	var all []float64
	for _, t := range train {
		m := float64(goldMonths(t.Outcome))
		all = append(all, m)
		if len(t.Charges) > 0 {
			terms[t.Charges[0]] = append(terms[t.Charges[0]], m)
		}
	}
	c := chargeMedian{by: map[string]float64{}, all: quantileOf(all, 0.5)}
	for k, v := range terms {
		c.by[k] = quantileOf(v, 0.5)
	}
	return c
}

func (c chargeMedian) predict(charges []string) sentPred {
	m := c.all
	if len(charges) > 0 {
		if v, ok := c.by[charges[0]]; ok {
			m = v
		}
	}
	switch {
	case m >= 350:
		return sentPred{"死刑", 0}
	case m >= 240:
		return sentPred{"无期徒刑", 0}
	}
	return sentPred{monthsKind(m), math.Round(m)}
}

func goldMonths(o sentencing.Outcome) int {
	switch {
	case o.Death:
		return 400
	case o.Life:
		return 300
	}
	return o.Months
}

func quantileOf(v []float64, q float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	pos := q * float64(len(s)-1)
	i := int(pos)
	if i+1 >= len(s) {
		return s[len(s)-1]
	}
	return s[i] + (pos-float64(i))*(s[i+1]-s[i])
}

// monthsKind is the kind a term in months implies.
func monthsKind(m float64) string {
	switch {
	case m < 0.5:
		return "免予刑事处罚"
	case m < 6:
		return "拘役"
	}
	return "有期徒刑"
}

// goldKind is the kind of a CAIL2018 outcome (see the suite's notes).
func goldKind(o sentencing.Outcome) string {
	switch {
	case o.Death:
		return "死刑"
	case o.Life:
		return "无期徒刑"
	}
	return monthsKind(float64(o.Months))
}

// cailScore is CAIL2018's imprisonment score of one case.
func cailScore(g sentencing.Outcome, p sentPred) float64 {
	gk := goldKind(g)
	if gk == "死刑" || gk == "无期徒刑" || p.Kind == "死刑" || p.Kind == "无期徒刑" {
		return boolScore(gk == p.Kind)
	}
	v := math.Abs(math.Log(p.Months+1) - math.Log(float64(g.Months)+1))
	switch {
	case v <= 0.2:
		return 1
	case v <= 0.4:
		return 0.8
	case v <= 0.6:
		return 0.6
	case v <= 0.8:
		return 0.4
	case v <= 1.0:
		return 0.2
	}
	return 0
}

func sentencingMetrics(test []sentencing.Example, p map[string]sentPred) map[string]float64 {
	var within, fixed, cail, kind, logd float64
	n := 0
	for _, t := range test {
		pr, ok := p[t.ID]
		if !ok {
			continue
		}
		n++
		cail += cailScore(t.Outcome, pr)
		kind += boolScore(goldKind(t.Outcome) == pr.Kind)
		if !t.Outcome.Life && !t.Outcome.Death && t.Outcome.Months > 0 {
			fixed++
			g := float64(t.Outcome.Months)
			within += boolScore(math.Abs(pr.Months-g) <= 0.25*g)
		}
		logd += math.Abs(math.Log1p(float64(goldMonths(t.Outcome))) - math.Log1p(predMonthsScale(pr)))
	}
	d := math.Max(float64(n), 1)
	return map[string]float64{"within25": within / math.Max(fixed, 1), "cail_score": 100 * cail / d, "kind_acc": kind / d, "log_distance": logd / d}
}

func predMonthsScale(p sentPred) float64 {
	switch p.Kind {
	case "死刑":
		return 400
	case "无期徒刑":
		return 300
	}
	return p.Months
}

// leakPrefix is how many leading characters (white space removed) two fact
// texts must share to count as the same facts: some LawBench items carry a
// CAIL2018 fact cut or re-ended, which exact comparison misses (3-3 has 52
// such items, 50 of them exact copies).
const leakPrefix = 60

// leakKeys are the keys under which a fact text is recognised in another
// file: the whole compacted text and its leading characters.
func leakKeys(facts string) []string {
	c := []rune(compactFacts(facts))
	keys := []string{"=" + string(c)}
	if len(c) >= leakPrefix {
		keys = append(keys, "^"+string(c[:leakPrefix]))
	}
	return keys
}

// leakSet holds the keys of the facts being scored.
type leakSet map[string]bool

func (s leakSet) add(facts string) {
	for _, k := range leakKeys(facts) {
		s[k] = true
	}
}

func (s leakSet) has(facts string) bool {
	for _, k := range leakKeys(facts) {
		if s[k] {
			return true
		}
	}
	return false
}
