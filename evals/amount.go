package evals

import (
	"cmp"
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"leian/drafting/sentencing"
)

// lawBenchGPT4Amount is GPT-4's zero-shot 3-7 accuracy (LawBench paper).
const lawBenchGPT4Amount = 77.6

// Amount is LawBench task 3-7: the total crime amount of a judgment,
// correct only when exact, read by the same function that gives the
// sentencing estimator its amount.
func Amount() Suite {
	return Suite{
		Name:    "amount",
		Dataset: "lawbench/3-7.json",
		Metrics: "accuracy, abstention_rate",
		Good:    "越高越好（×100）；GPT-4 77.6",
		Run:     runAmount,
	}
}

var lbNumber = regexp.MustCompile(`\d+\.?\d*`)

// lawBenchAmount reproduces compute_jetq for one item: correct when the
// gold amount is among the numbers of the answer.
func lawBenchAmount(prediction, answer string) (correct, abstain bool, err error) {
	s, ok := strings.CutPrefix(answer, "上文涉及到的犯罪金额:")
	s, ok2 := strings.CutSuffix(s, "元。")
	if !ok || !ok2 {
		return false, false, fmt.Errorf("answer %q: want 上文涉及到的犯罪金额:N元。", answer)
	}
	gold, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return false, false, fmt.Errorf("answer %q: %w", answer, err)
	}
	nums := lbNumber.FindAllString(prediction, -1)
	for _, n := range nums {
		if v, err := strconv.ParseFloat(n, 64); err == nil && v == gold {
			return true, false, nil
		}
	}
	return false, len(nums) == 0, nil
}

func runAmount(ctx context.Context, in Input) (*Result, error) {
	path := cmp.Or(in.File, filepath.Join(in.DataDir, "lawbench", "3-7.json"))
	items, err := readLawBench(path, "lawbench 3-7", in.Limit)
	if err != nil {
		return nil, err
	}
	res := &Result{Suite: "amount", N: len(items), Files: []string{path}, Baselines: map[string]map[string]float64{}}
	var acc, largest, first []float64
	abstain := 0
	for i, it := range items {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		text := strings.TrimPrefix(strings.TrimSpace(it.Question), "文书:")
		total, max, _ := sentencing.CrimeAmount(text)
		answer := ""
		if total > 0 {
			answer = strconv.FormatFloat(total, 'f', -1, 64) + "元"
		}
		ok, abs, err := lawBenchAmount(answer, it.Answer)
		if err != nil {
			return nil, fmt.Errorf("lawbench 3-7 %s item %d: %w", path, i, err)
		}
		if abs {
			abstain++
		}
		acc = append(acc, boolScore(ok))
		lg, _, _ := lawBenchAmount(strconv.FormatFloat(max, 'f', -1, 64)+"元", it.Answer)
		largest = append(largest, boolScore(lg))
		fa := ""
		if m := lbNumber.FindString(text); m != "" {
			fa = m
		}
		fs, _, _ := lawBenchAmount(fa, it.Answer)
		first = append(first, boolScore(fs))
		res.Items = append(res.Items, Item{ID: strconv.Itoa(i), Scores: map[string]float64{"accuracy": 100 * boolScore(ok)}})
	}
	res.Metrics = map[string]float64{"accuracy": 100 * articleMean(acc), "abstention_rate": float64(abstain) / float64(max(len(items), 1))}
	res.Baselines["largest_amount"] = map[string]float64{"accuracy": 100 * articleMean(largest)}
	res.Baselines["first_number"] = map[string]float64{"accuracy": 100 * articleMean(first)}
	res.Baselines["gpt4_lawbench"] = map[string]float64{"accuracy": lawBenchGPT4Amount}
	res.Split = SplitDev
	res.Footing = sameData("largest_amount", "first_number")
	res.Footing["gpt4_lawbench"] = FootingOtherSplit // LawBench's whole task
	res.Method = "规则读取（无训练），与量刑模型读取金额的函数相同：逐分句读取，跳过罚金、赔偿、退赃、分赃等分句；取所述合计/共计金额的最大者，否则唯一金额，否则写明价值/骗取/窃取等的金额之和，否则各不同金额之和。" +
		"分句规则移植自要素表单的犯罪金额规则（其“分得/分赃”一条系读 LawBench 3-7 第 0 条后加入，见 README），移植后只在本文件上运行一次，未按失败条目再改"
	res.Notes = []string{"评分复现 LawBench evaluation_functions/jetq.py：回答中的任一数字等于 gold 金额即正确",
		"gpt4_lawbench：LawBench 论文 GPT-4 零样本结果（同一任务全量数据，非本 dev 划分）"}
	return res, nil
}
