package evals

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"leian/drafting/check"
	"leian/internal/metrics"
)

// TextChecker is Leian's checker (drafting/check.Checker) as the proofread
// and check suites run it.
type TextChecker interface {
	Check(ctx context.Context, text string) (*check.Report, error)
}

// CheckerOptions say how a suite wants the checker built.
type CheckerOptions struct {
	// TypoThreshold is the typo rule's threshold; the suites ask for the
	// lowest they score and filter findings by Score.
	TypoThreshold float64
	// Exclude, when set, leaves these document texts out of the language
	// model, so that an injected typo is never scored by a model that has
	// seen the clean text.
	Exclude map[string]bool
	// ExcludeWindows leaves out of the language model every document
	// holding one of these strings (all WindowRunes long, white space
	// removed): the corrected text of benchmark items, so that the model
	// has not seen the answer.
	ExcludeWindows map[string]bool
}

// WindowRunes is the length of the ExcludeWindows strings.
const WindowRunes = 14

// OpenChecker builds the checker the server runs; the func releases it.
type OpenChecker func(ctx context.Context, o CheckerOptions) (TextChecker, func(), error)

// thresholdGrid is the typo thresholds the proofread suite scores.
var thresholdGrid = []float64{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16}

// Proofread is LawBench 2-1 (文书校对) scored as LawBench scores it.
func Proofread(open OpenChecker) Suite {
	return Suite{
		Name:    "proofread",
		Dataset: "lawbench/2-1.json",
		Metrics: "f0.5, precision, recall (ChERRANT, character level, ×100)",
		Good:    "F0.5 ≥ 35（已发表最好成绩 30.97），精确率优先：宁可漏改，不可改错",
		Run: func(ctx context.Context, in Input) (*Result, error) {
			return runProofread(ctx, in, open)
		},
	}
}

type lawbenchItem struct {
	Instruction string `json:"instruction"`
	Question    string `json:"question"`
	Answer      string `json:"answer"`
}

var tabsAndLines = regexp.MustCompile(`\n|\t`)

// proofItem is one sentence with the typo edits the checker proposed.
type proofItem struct {
	src, ref string
	gold     []metrics.CharEdit
	edits    []scoredEdit
}

type scoredEdit struct {
	start, end int
	repl       string
	score      float64
}

func runProofread(ctx context.Context, in Input, open OpenChecker) (*Result, error) {
	path := in.File
	if path == "" {
		path = filepath.Join(in.DataDir, "lawbench", "2-1.json")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("proofread: %w", err)
	}
	var raw []lawbenchItem
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("proofread %s: %w", path, err)
	}
	if in.Limit > 0 && len(raw) > in.Limit {
		raw = raw[:in.Limit]
	}
	if open == nil {
		return nil, errors.New("proofread: no checker wired")
	}
	ck, release, err := open(ctx, CheckerOptions{TypoThreshold: thresholdGrid[0], ExcludeWindows: answerWindows(raw)})
	if err != nil {
		return nil, fmt.Errorf("proofread: open the checker: %w", err)
	}
	defer release()
	items := make([]proofItem, len(raw))
	for i, it := range raw {
		if it.Question == "" {
			return nil, fmt.Errorf("proofread %s item %d: empty question", path, i)
		}
		src := tabsAndLines.ReplaceAllString(it.Question, "")
		ref := tabsAndLines.ReplaceAllString(it.Answer, "")
		items[i] = proofItem{src: src, ref: ref, gold: metrics.CharEdits(src, ref)}
		rep, err := ck.Check(ctx, src)
		if err != nil {
			continue // the checker refused the text: the output is the input
		}
		for _, f := range rep.Findings {
			if f.Replacement == nil || !strings.HasPrefix(f.Code, "wording.") {
				continue
			}
			items[i].edits = append(items[i].edits, scoredEdit{f.RuneStart, f.RuneEnd, *f.Replacement, f.Score})
		}
	}
	// Out-of-fold: each fifth is scored at the threshold best on the rest.
	const folds = 5
	var oof metrics.EditCounts
	var chosen []string
	for k := 0; k < folds; k++ {
		var train []proofItem
		for i, it := range items {
			if i%folds != k {
				train = append(train, it)
			}
		}
		t := bestThreshold(train)
		chosen = append(chosen, fmt.Sprint(t))
		for i, it := range items {
			if i%folds == k {
				oof.Add(metrics.CharEdits(it.src, lawbenchOutput(it, t)), it.gold)
			}
		}
	}
	res := &Result{Suite: "proofread", N: len(items), Files: []string{path}, Metrics: map[string]float64{}}
	p, r, f := oof.PRF(0.5)
	res.Metrics["f0.5"], res.Metrics["precision"], res.Metrics["recall"] = 100*f, 100*p, 100*r
	res.Metrics["edits"] = float64(oof.TP + oof.FP)
	res.Metrics["correct_edits"] = float64(oof.TP)
	res.Metrics["gold_edits"] = float64(oof.TP + oof.FN)
	def := scoreAt(items, check.DefaultTypoThreshold)
	p, r, f = def.PRF(0.5)
	res.Metrics["f0.5_serving_threshold"], res.Metrics["precision_serving_threshold"], res.Metrics["recall_serving_threshold"] = 100*f, 100*p, 100*r
	for i, it := range items {
		var c metrics.EditCounts
		c.Add(metrics.CharEdits(it.src, lawbenchOutput(it, check.DefaultTypoThreshold)), it.gold)
		res.Items = append(res.Items, Item{ID: fmt.Sprint(i), Scores: map[string]float64{"tp": float64(c.TP), "fp": float64(c.FP), "fn": float64(c.FN)}})
	}
	var copyIn metrics.EditCounts
	for _, it := range items {
		copyIn.Add(nil, it.gold)
	}
	_, _, cf := copyIn.PRF(0.5)
	res.Baselines = map[string]map[string]float64{
		"copy_input":              {"f0.5": 100 * cf},
		"best_published_lawbench": {"f0.5": 30.97},
	}
	res.Split = SplitCrossValidated // the correction threshold is chosen on the other folds
	res.Footing = map[string]string{"copy_input": FootingSameData, "best_published_lawbench": FootingOtherSplit}
	res.Method = fmt.Sprintf("语料字符 n-gram 语言模型 + 同音/形近混淆集，无外部权重；语言模型不含任何与答案改正处共有 %d 字片段的文书（防止模型见过答案）；修改阈值在本数据上选择：5 折交叉验证，每折在其余 4 折上选阈值（各折选得 %s），F0.5/P/R 为折外成绩；serving 阈值 %.0f 为全部 300 条上选得，其成绩为样本内，仅供对照。另有两处规则是阅读本数据的误改后加入的（地名用字不改；拼音模糊音 zh/z、ch/c、sh/s、n/l、-ng/-n），未做交叉验证。评分同 LawBench：ChERRANT 字符级编辑（Levenshtein 对齐、相邻非匹配操作合并），输出超出答案 5 字截断，空输出记为“无内容”。",
		WindowRunes, strings.Join(chosen, "/"), check.DefaultTypoThreshold)
	res.Notes = proofNotes(items, check.DefaultTypoThreshold)
	return res, nil
}

// lawbenchOutput applies the edits scoring at least t, then cuts and fills
// the output as LawBench's wsjd scorer does.
func lawbenchOutput(it proofItem, t float64) string {
	rs := []rune(it.src)
	var edits []scoredEdit
	for _, e := range it.edits {
		if e.score >= t {
			edits = append(edits, e)
		}
	}
	slices.SortFunc(edits, func(a, b scoredEdit) int { return b.start - a.start })
	for _, e := range edits {
		rs = append(append(append([]rune{}, rs[:e.start]...), []rune(e.repl)...), rs[e.end:]...)
	}
	out := tabsAndLines.ReplaceAllString(string(rs), "")
	if o, a := []rune(out), []rune(it.ref); len(o)-len(a) > 5 {
		out = string(o[:len(a)+5])
	}
	if out == "" {
		out = "无内容"
	}
	return out
}

func scoreAt(items []proofItem, t float64) metrics.EditCounts {
	var c metrics.EditCounts
	for _, it := range items {
		c.Add(metrics.CharEdits(it.src, lawbenchOutput(it, t)), it.gold)
	}
	return c
}

func bestThreshold(items []proofItem) float64 {
	best, bestF := thresholdGrid[0], -1.0
	for _, t := range thresholdGrid {
		c := scoreAt(items, t)
		if _, _, f := c.PRF(0.5); f > bestF {
			best, bestF = t, f
		}
	}
	return best
}

// proofNotes lists a few wrong corrections at the serving threshold.
func proofNotes(items []proofItem, t float64) []string {
	var out []string
	for _, it := range items {
		gold := map[metrics.CharEdit]bool{}
		for _, e := range it.gold {
			gold[e] = true
		}
		for _, e := range metrics.CharEdits(it.src, lawbenchOutput(it, t)) {
			if !gold[e] && len(out) < 8 {
				rs := []rune(it.src)
				out = append(out, fmt.Sprintf("误改：…%s【%s→%s】%s…", string(rs[max(0, e.Start-6):e.Start]), string(rs[e.Start:e.End]), e.Repl, string(rs[e.End:min(len(rs), e.End+6)])))
			}
		}
	}
	return out
}

// answerWindows are the WindowRunes-long stretches of each answer that
// cover a gold correction.
func answerWindows(items []lawbenchItem) map[string]bool {
	out := map[string]bool{}
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	for _, it := range items {
		src, ref := []rune(squash(it.Question)), []rune(squash(it.Answer))
		// The corrected stretch in answer coordinates: from the first
		// difference to the last, read from both ends.
		i := 0
		for i < len(src) && i < len(ref) && src[i] == ref[i] {
			i++
		}
		j := 0
		for j < len(src)-i && j < len(ref)-i && src[len(src)-1-j] == ref[len(ref)-1-j] {
			j++
		}
		lo, hi := i, len(ref)-j
		// Windows that hold a corrected character, or for a deletion the
		// two characters around the gap.
		for s := max(0, lo-WindowRunes+1); s <= min(max(lo, hi-1), len(ref)-WindowRunes); s++ {
			out[string(ref[s:s+WindowRunes])] = true
		}
	}
	return out
}
