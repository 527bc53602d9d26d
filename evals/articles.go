package evals

import (
	"cmp"
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"leian/corpus/rules"
	"leian/internal/cnum"
)

// lawBenchGPT4Articles is GPT-4's zero-shot F1 on LawBench 3-1 (×100),
// from the LawBench paper: the whole task, of which the dev split is a part.
const lawBenchGPT4Articles = 52.47

// Articles is LawBench task 3-1: predict the Criminal Law articles from the
// facts and the charge, scored by LawBench's own per-item set F1.
func Articles() Suite {
	return Suite{
		Name:    "articles",
		Dataset: "lawbench/3-1.json",
		Metrics: "f1, abstention_rate, inexact_charge_rate",
		Good:    "越高越好（×100）；GPT-4 52.47（LawBench 全集），罪名→法条神谕表为同数据上界参照",
		Flags:   map[string]string{"general": "also predict general-part articles read from the facts (自首 67, 缓刑 72 …): on or off"},
		Run:     runArticles,
	}
}

// lawBenchItem is one element of a LawBench task file.
type lawBenchItem struct {
	Instruction string `json:"instruction"`
	Question    string `json:"question"`
	Answer      string `json:"answer"`
}

// readLawBench reads the items of a LawBench task file, the first limit
// of them when limit > 0; name says which task an error is about.
func readLawBench(path, name string, limit int) ([]lawBenchItem, error) {
	var items []lawBenchItem
	if err := readJSONFile(path, name, &items); err != nil {
		return nil, err
	}
	if limit > 0 && len(items) > limit {
		items = items[:limit]
	}
	return items, nil
}

func runArticles(ctx context.Context, in Input) (*Result, error) {
	path := cmp.Or(in.File, filepath.Join(in.DataDir, "lawbench", "3-1.json"))
	items, err := readLawBench(path, "lawbench 3-1", in.Limit)
	if err != nil {
		return nil, err
	}
	lib, err := rules.Load(ctx, in.DataDir)
	if err != nil {
		return nil, err
	}
	general := in.Args["general"] == "on"
	res := &Result{Suite: "articles", N: len(items), Files: []string{path}, Baselines: map[string]map[string]float64{}}
	var leian, principal, constant, unknown []float64
	abstain := 0
	golds := make([][]int, len(items))
	chargeLists := make([]string, len(items))
	for i, it := range items {
		gold, err := lawBenchGold(it.Answer)
		if err != nil {
			return nil, fmt.Errorf("lawbench 3-1 %s item %d: %w", path, i, err)
		}
		facts, charges := splitLawBenchQuestion(it.Question)
		golds[i], chargeLists[i] = gold, strings.Join(charges, ";")
		pred, known := predictArticles(lib, facts, charges, true, general)
		base, _ := predictArticles(lib, facts, charges, false, false)
		f1 := lawBenchArticleF1(renderArticles(pred), gold)
		if len(pred) == 0 {
			abstain++
		}
		leian = append(leian, f1)
		principal = append(principal, lawBenchArticleF1(renderArticles(base), gold))
		constant = append(constant, lawBenchArticleF1("刑法第264条", gold))
		unknown = append(unknown, boolScore(!known))
		res.Items = append(res.Items, Item{ID: strconv.Itoa(i), Scores: map[string]float64{"f1": 100 * f1}})
	}
	res.Metrics = map[string]float64{"f1": 100 * articleMean(leian), "abstention_rate": float64(abstain) / float64(max(len(items), 1)),
		"inexact_charge_rate": articleMean(unknown)}
	res.Baselines["principal_only"] = map[string]float64{"f1": 100 * articleMean(principal)}
	res.Baselines["constant_264"] = map[string]float64{"f1": 100 * articleMean(constant)}
	res.Baselines["gpt4_lawbench"] = map[string]float64{"f1": lawBenchGPT4Articles}
	oracle, groups := chargeTableOracle(chargeLists, golds)
	res.Baselines["charge_table_oracle"] = map[string]float64{"f1": 100 * oracle}
	res.Split = SplitDev
	res.Footing = sameData("principal_only", "constant_264", "charge_table_oracle")
	res.Footing["gpt4_lawbench"] = FootingOtherSplit
	res.Notes = []string{"评分复现 LawBench evaluation/evaluation_functions/ljp_article.py（逐条集合 F1 后取平均，×100）",
		fmt.Sprintf("charge_table_oracle：按题面罪名原文分为 %d 组，每组在本组各题的标准答案中选出对本组得分最高的一个法条集合，再用于本组每一题；这是样本内神谕（看过答案），是“只看罪名、不读事实”的方法在本数据上的参照上界，不是可达到的系统", groups)}
	return res, nil
}

// splitLawBenchQuestion reads "事实:…\r\n罪名:盗窃;诈骗。".
func splitLawBenchQuestion(q string) (facts string, charges []string) {
	k := strings.LastIndex(q, "罪名:")
	if k < 0 {
		return q, nil
	}
	facts = strings.TrimPrefix(strings.TrimSpace(q[:k]), "事实:")
	for _, c := range strings.Split(strings.TrimRight(strings.TrimSpace(q[k+len("罪名:"):]), "。"), ";") {
		if c = strings.TrimSpace(c); c != "" {
			charges = append(charges, c)
		}
	}
	return facts, charges
}

// predictArticles returns the article numbers for the charges: principal
// articles, the penalty articles that punish them when withPenalty, and
// general-part articles triggered by the facts when general. known is false
// when a charge is not in the table under its exact name.
func predictArticles(lib *rules.Library, facts string, charges []string, withPenalty, general bool) ([]int, bool) {
	set := map[int]bool{}
	known := true
	for _, c := range charges {
		r, ok := lib.Charges.Lookup(c)
		if r.Charge != rules.NormCharge(c) {
			known = false // missing, or matched only approximately
		}
		if !ok {
			continue
		}
		for _, a := range r.Articles {
			set[a.Number] = true
		}
		if withPenalty {
			for _, a := range r.Penalty {
				set[a.Number] = true
			}
		}
	}
	if general {
		for no := range rules.TriggeredGeneral(facts) {
			set[no.Number] = true
		}
	}
	out := make([]int, 0, len(set))
	for a := range set {
		out = append(out, a)
	}
	sort.Ints(out)
	return out, known
}

// renderArticles writes a prediction the way a model answers: 刑法第264条、刑法第67条.
func renderArticles(arts []int) string {
	parts := make([]string, len(arts))
	for i, a := range arts {
		parts[i] = fmt.Sprintf("刑法第%d条", a)
	}
	return strings.Join(parts, "、")
}

// lawBenchGold reads "法条:刑法第266、159条".
func lawBenchGold(answer string) ([]int, error) {
	s, ok := strings.CutPrefix(answer, "法条:刑法第")
	if !ok || !strings.HasSuffix(s, "条") {
		return nil, fmt.Errorf("answer %q: want 法条:刑法第N、M条", answer)
	}
	var out []int
	for _, p := range strings.Split(strings.ReplaceAll(s, "条", ""), "、") {
		n, err := strconv.Atoi(p)
		if err != nil {
			return nil, fmt.Errorf("answer %q: article %q: %w", answer, p, err)
		}
		out = append(out, n)
	}
	return out, nil
}

var (
	lbParagraph = regexp.MustCompile(`第(.*?)款`)
	lbArticle   = regexp.MustCompile(`第(.*?)条`)
	lbDigits    = regexp.MustCompile(`\d+`)
	lbNumeral   = regexp.MustCompile(`[零〇一二三四五六七八九十百千两]+`)
)

// lawBenchArticleF1 reproduces compute_ljp_article of LawBench
// (open-compass/LawBench evaluation/evaluation_functions/ljp_article.py):
// split the prediction on 、, drop 第…款, keep what is inside 第…条, turn
// Chinese numerals into digits (cn2an there, internal/cnum here), take the
// first number of each chunk, then the set F1 against the gold articles;
// an empty prediction scores 0.
func lawBenchArticleF1(prediction string, gold []int) float64 {
	pred := map[int]bool{}
	for _, chunk := range strings.Split(prediction, "、") {
		chunk = strings.ReplaceAll(chunk, "万元", "元")
		chunk = lbParagraph.ReplaceAllString(chunk, "")
		chunk = lbArticle.ReplaceAllString(chunk, "$1")
		chunk = lbNumeral.ReplaceAllStringFunc(chunk, func(s string) string {
			if n, ok := cnum.ParseInt(s); ok {
				return strconv.FormatInt(n, 10)
			}
			return s
		})
		if m := lbDigits.FindString(chunk); m != "" {
			n, _ := strconv.Atoi(m)
			pred[n] = true
		}
	}
	g := map[int]bool{}
	for _, a := range gold {
		g[a] = true
	}
	hit := 0
	for a := range pred {
		if g[a] {
			hit++
		}
	}
	if len(pred) == 0 || hit == 0 {
		return 0
	}
	p, r := float64(hit)/float64(len(pred)), float64(hit)/float64(len(g))
	return 2 * p * r / (p + r)
}

func articleMean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// chargeTableOracle is the F1 of the best charge → articles table that
// reads the answers: items are grouped by their charge list as the question
// writes it, and each group gets the one gold article set (among its own
// items' answers) that scores best over the group. It returns the mean F1
// over items and the number of groups.
func chargeTableOracle(chargeLists []string, golds [][]int) (float64, int) {
	groups := map[string][]int{}
	for i, c := range chargeLists {
		groups[c] = append(groups[c], i)
	}
	total := 0.0
	for _, idx := range groups {
		best := 0.0
		for _, cand := range idx {
			answer := renderArticles(golds[cand])
			sum := 0.0
			for _, i := range idx {
				sum += lawBenchArticleF1(answer, golds[i])
			}
			best = max(best, sum)
		}
		total += best
	}
	return total / float64(max(len(golds), 1)), len(groups)
}
