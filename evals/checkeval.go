package evals

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"

	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/corpus/rules"
	"leian/drafting/check"
)

// maxPerType caps the injected copies of one error type.
const maxPerType = 150

// CheckSuite is the seeded-error protocol: one known error injected per
// copy of a real judgment, recall per error type, and the error findings
// on the clean judgments.
func CheckSuite(open OpenChecker) Suite {
	return Suite{
		Name:    "check",
		Dataset: "judge/judge.jsonl + lecard/candidates.jsonl.gz",
		Metrics: "recall per injected error type, error findings per clean judgment",
		Good:    "结构性错误各类召回 ≥ 0.90；干净判决书每份错误级发现 ≤ 0.2",
		Run: func(ctx context.Context, in Input) (*Result, error) {
			return runCheckSuite(ctx, in, open)
		},
	}
}

// defaultLeCaRDChecked is how many LeCaRD candidates join the 300 JuDGE
// judgments by default.
const defaultLeCaRDChecked = 200

func runCheckSuite(ctx context.Context, in Input, open OpenChecker) (*Result, error) {
	files := []string{in.File}
	var docs []judgmentText
	seen := map[string]bool{}
	if in.File != "" {
		ds, err := readJudgments(in.File, in.Limit, seen)
		if err != nil {
			return nil, err
		}
		docs = ds
	} else {
		files = []string{filepath.Join(in.DataDir, "judge", "judge.jsonl"), filepath.Join(in.DataDir, "lecard", "candidates.jsonl.gz")}
		ds, err := readJudgments(files[0], in.Limit, seen)
		if err != nil {
			return nil, err
		}
		docs = ds
		n := defaultLeCaRDChecked
		if in.Limit > 0 {
			n = max(0, in.Limit-len(docs))
		}
		if n > 0 {
			more, err := readJudgments(files[1], n, seen)
			if err != nil {
				return nil, err
			}
			docs = append(docs, more...)
		}
	}
	if len(docs) == 0 {
		return nil, errors.New("check: no judgments read")
	}
	if open == nil {
		return nil, errors.New("check: no checker wired")
	}
	exclude := map[string]bool{}
	var texts []string
	for _, d := range docs {
		exclude[d.Text] = true
		texts = append(texts, d.Text)
	}
	ck, release, err := open(ctx, CheckerOptions{Exclude: exclude})
	if err != nil {
		return nil, fmt.Errorf("check: open the checker: %w", err)
	}
	defer release()
	lib, err := rules.Load(ctx, in.DataDir)
	if err != nil {
		return nil, err
	}
	homo := homophoneTable(texts)
	res := &Result{Suite: "check", N: len(docs), Files: files, Metrics: map[string]float64{}, Split: SplitDev}

	// Clean judgments.
	var errs, warns, infos int
	var falseNotes []string
	byCode := map[string]int{}
	shown := map[string]int{}
	var unavailable []string
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rep, err := ck.Check(ctx, d.Text)
		if err != nil {
			return nil, fmt.Errorf("check %s: %w", d.ID, err)
		}
		unavailable = rep.Unavailable
		for _, f := range rep.Findings {
			switch f.Severity {
			case check.Error:
				errs++
				byCode[f.Code]++
				if shown[f.Code] < 3 {
					shown[f.Code]++
					falseNotes = append(falseNotes, fmt.Sprintf("干净文书误报 %s %s「%s」%s", d.ID, f.Code, clip(f.Quote, 30), clip(f.Message, 80)))
				}
			case check.Warning:
				warns++
			default:
				infos++
			}
		}
		res.Items = append(res.Items, Item{ID: d.ID, Scores: map[string]float64{"clean_errors": float64(rep.Counts["error"])}})
	}
	n := float64(len(docs))
	res.Metrics["errors_per_clean"] = float64(errs) / n
	res.Metrics["warnings_per_clean"] = float64(warns) / n
	res.Metrics["infos_per_clean"] = float64(infos) / n

	// Injected copies.
	rng := rand.New(rand.NewPCG(uint64(in.Seed), 20261204))
	order := rng.Perm(len(docs))
	var missNotes []string
	var notWired []string
	for _, inj := range injectors() {
		if inj.needs == "legality" && slices.ContainsFunc(unavailable, func(s string) bool { return strings.Contains(s, "量刑合法性") }) {
			notWired = append(notWired, inj.kind)
			continue
		}
		hits, tried := 0, 0
		for _, i := range order {
			if tried >= maxPerType {
				break
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			d := docs[i]
			s := parse.Parse(d.Text)
			sd := &seedDoc{text: d.Text, runes: []rune(d.Text), s: s, e: extract.Extract(d.Text, s), lib: lib, homo: homo}
			got, ok := inj.make(sd, rng)
			if !ok {
				continue
			}
			tried++
			rep, err := ck.Check(ctx, got.text)
			if err != nil {
				return nil, fmt.Errorf("check %s (%s): %w", d.ID, inj.kind, err)
			}
			hit := false
			for _, f := range rep.Findings {
				if f.RuneStart < got.end && got.start < f.RuneEnd {
					hit = true
					break
				}
			}
			if hit {
				hits++
			} else if len(missNotes) < 30 {
				rs := []rune(got.text)
				missNotes = append(missNotes, fmt.Sprintf("漏检 %s %s %s：…%s…", inj.kind, d.ID, got.what, string(rs[max(0, got.start-12):min(len(rs), got.end+12)])))
			}
		}
		res.Metrics["n_"+inj.kind] = float64(tried)
		if tried > 0 {
			res.Metrics["recall_"+inj.kind] = float64(hits) / float64(tried)
		}
	}
	codes := make([]string, 0, len(byCode))
	for c := range byCode {
		codes = append(codes, c)
	}
	slices.SortFunc(codes, func(a, b string) int { return byCode[b] - byCode[a] })
	for _, c := range codes {
		res.Notes = append(res.Notes, fmt.Sprintf("干净文书错误级发现 %s：%d", c, byCode[c]))
	}
	if len(notWired) > 0 {
		res.Notes = append(res.Notes, "未测："+strings.Join(notWired, "、")+"——需要量刑合法性检查（drafting/legality，合并时经 check.LegalityChecker 接入）")
	}
	res.Notes = append(res.Notes, falseNotes...)
	res.Notes = append(res.Notes, missNotes...)
	res.Method = fmt.Sprintf("每类错误最多 %d 份注入副本（种子 %d 的 PCG 随机数），每份只注入一处；发现的区间与注入区间重叠即为召回（任何严重级别）。错别字语言模型重新统计，排除全部被测文书。法条与罪名对应表中的“共用条文”白名单（如第二百六十九条、第三百五十七条）是阅读干净文书误报后设定的，属于在本数据上的选择；量刑合法性检查（drafting/legality）的“应并处罚金而未见”在文书检查中降为警告，也是看过干净文书上的误报后决定的。", maxPerType, in.Seed)
	return res, nil
}

func clip(s string, n int) string {
	rs := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(rs) > n {
		return string(rs[:n]) + "…"
	}
	return string(rs)
}
