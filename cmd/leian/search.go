package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"leian/api"
	"leian/corpus/rules"
	"leian/retrieval"
)

func newSearchCmd(a *app) *cobra.Command {
	var q retrieval.Query
	var years string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   `search "案件事实…"`,
		Short: "Find decided cases similar to the given facts, with reasons",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q.Facts = args[0]
			var err error
			if q.Filter.YearFrom, q.Filter.YearTo, err = parseYears(years); err != nil {
				return err
			}
			eng, closeAll, err := openEngine(cmd.Context(), a)
			if err != nil {
				return err
			}
			defer closeAll()
			rs, err := eng.Search(cmd.Context(), q)
			if err != nil {
				return err
			}
			return printPush(cmd, a, q, rs, asJSON)
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&q.Filter.Charges, "charge", nil, "only cases with this charge, e.g. 盗窃罪 (repeatable)")
	f.StringVar(&q.Filter.Court, "court", "", "only cases of this court")
	f.StringVar(&q.Filter.CourtLevel, "court-level", "", "基层, 中级, 高级 or 最高")
	f.StringVar(&q.Filter.Province, "province", "", "only cases of this province, e.g. 浙江")
	f.StringVar(&years, "year", "", "a year or a range, e.g. 2015-2020")
	f.StringSliceVar(&q.Charges, "charged", nil, "the charges under consideration for the case in hand (ranking, not filtering)")
	f.IntVar(&q.K, "k", 10, "how many cases to return")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// parseYears reads "2018" or "2015-2020".
func parseYears(s string) (from, to int, err error) {
	if s == "" {
		return 0, 0, nil
	}
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		b = a
	}
	if from, err = strconv.Atoi(strings.TrimSpace(a)); err == nil {
		to, err = strconv.Atoi(strings.TrimSpace(b))
	}
	if err != nil {
		return 0, 0, fmt.Errorf("--year %q 无效：应为年份或年份范围，如 2015-2020", s)
	}
	return from, to, nil
}

// push is what `search --json` and `similar --json` print: the shape of
// the API's answer to POST /api/v1/similar.
type push struct {
	Cases []retrieval.Result `json:"cases"`
	Rules []api.RuleHit      `json:"rules"`
}

// printPush writes the similar cases and, beside them, the articles,
// interpretations and guiding cases that govern q's case, each with why.
// Without the bundle's rule library the cases are printed alone.
func printPush(cmd *cobra.Command, a *app, q retrieval.Query, rs []retrieval.Result, asJSON bool) error {
	p := push{Cases: rs, Rules: []api.RuleHit{}}
	if err := a.cfg.RequireData(); err != nil {
		a.log.Warn("no rule library: printing the similar cases alone", "err", err)
	} else {
		lib, err := rules.Load(cmd.Context(), a.cfg.Data)
		if err != nil {
			return err
		}
		if p.Rules, err = (api.RuleLibrary{Lib: lib}).Applicable(cmd.Context(), q, rs); err != nil {
			return err
		}
	}
	w := cmd.OutOrStdout()
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(p)
	}
	printResults(w, p.Cases)
	if len(p.Rules) > 0 {
		fmt.Fprintln(w, "\n适用规则：")
	}
	for _, r := range p.Rules {
		fmt.Fprintf(w, "· %s（%s）\n  %s\n", r.Ref, r.Reason, r.Text)
	}
	return nil
}

// printResults writes results as a Chinese list.
func printResults(w io.Writer, rs []retrieval.Result) {
	if len(rs) == 0 {
		fmt.Fprintln(w, "未找到类案。")
		return
	}
	for i, r := range rs {
		fmt.Fprintf(w, "%d. %s\n", i+1, cmp.Or(r.Title, r.ID))
		if line := caseLine(r); line != "" {
			fmt.Fprintf(w, "   %s\n", line)
		}
		fmt.Fprintf(w, "   得分：%.3f（%s）\n", r.Score, signalWords(r.Signals))
		for _, re := range r.Reasons {
			mark := "≠"
			if re.Shared {
				mark = "="
			}
			fmt.Fprintf(w, "   %s %s\n", mark, re.Text)
		}
		for _, h := range r.Highlights {
			fmt.Fprintf(w, "   「%s」\n", h.DocText)
		}
	}
}

// caseLine lists the result's known facts: id, court, year, charges, penalty.
func caseLine(r retrieval.Result) string {
	parts := []string{"编号：" + r.ID}
	if r.CaseNo != "" {
		parts = append(parts, "案号："+r.CaseNo)
	}
	if r.Court != "" {
		parts = append(parts, "法院："+r.Court)
	}
	if r.Year > 0 {
		parts = append(parts, fmt.Sprintf("年份：%d", r.Year))
	}
	if len(r.Charges) > 0 {
		parts = append(parts, "罪名："+strings.Join(r.Charges, "、"))
	}
	if r.Penalty != "" {
		parts = append(parts, "刑罚："+r.Penalty)
	}
	return strings.Join(parts, "  ")
}

// signalWords lists each signal's contribution in Chinese.
func signalWords(s map[string]float64) string {
	names := []struct{ key, word string }{{"bm25", "词项"}, {"dense", "语义"}, {"elements", "要素"}, {"charge", "罪名"},
		{"article", "法条"}, {"circumstance", "情节"}, {"amount", "金额"}, {"penalty", "刑罚"}, {"loan", "借贷要素"}}
	var parts []string
	for _, n := range names {
		if v, ok := s[n.key]; ok && v != 0 {
			parts = append(parts, fmt.Sprintf("%s %.3f", n.word, v))
		}
	}
	return strings.Join(parts, "，")
}
