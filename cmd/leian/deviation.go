package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"leian/api"
	"leian/corpus/docstore"
	"leian/corpus/rules"
	"leian/drafting/deviation"
	"leian/drafting/legality"
)

// openDeviation opens the deviation check over the data home: the engine
// and document store `leian index` built and the bundle's rule library,
// with the saved sentencing estimator when withEstimator (as serve wires
// it; the eval plugs in one trained per fold instead).
func openDeviation(ctx context.Context, a *app, withEstimator bool) (*deviation.Checker, func(), error) {
	if err := a.cfg.RequireData(); err != nil {
		return nil, nil, err
	}
	lib, err := rules.Load(ctx, a.cfg.Data)
	if err != nil {
		return nil, nil, err
	}
	docs, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
	if err != nil {
		return nil, nil, err
	}
	eng, closeStore, err := openEngineOn(ctx, a, docs)
	if err != nil {
		docs.Close()
		return nil, nil, err
	}
	chk := &deviation.Checker{Legal: legality.New(lib), Cases: eng, Docs: docs, Band: deviation.DefaultBand}
	if withEstimator {
		est, err := openEstimator(ctx, a, lib)
		if err != nil {
			closeStore()
			docs.Close()
			return nil, nil, err
		}
		chk.Recommender = deviation.Guideline{Est: est}
	}
	return chk, func() { closeStore(); docs.Close() }, nil
}

// wireDeviation serves the deviation check when both the rule library and
// the engine are up; otherwise its route answers 503.
func wireDeviation(a *app, docs *docstore.Store, opts *api.Options) {
	lib, ok := opts.Law.(api.RuleLibrary)
	if !ok || lib.Lib == nil || opts.Cases == nil {
		a.log.Warn("deviation check unavailable: it needs the rule library and the similar-case engine")
		return
	}
	chk := &deviation.Checker{Legal: legality.New(lib.Lib), Cases: opts.Cases, Docs: docs, Band: deviation.DefaultBand}
	if est, ok := opts.Sentencing.(deviation.Estimator); ok {
		chk.Recommender = deviation.Guideline{Est: est}
	}
	opts.Deviation = chk
}

// proposalFlags names each Proposal field as its flag, for errors.
var proposalFlags = map[string]string{"facts": "--facts", "charges": "--charge", "articles": "--article", "kind": "--kind",
	"term_months": "--term", "probation": "--probation", "probation_months": "--probation", "fine_yuan": "--fine", "text": "FILE", "doc": "--doc"}

func newDeviationCmd(a *app) *cobra.Command {
	var p deviation.Proposal
	var docID string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "deviation FILE | --doc ID | --facts TEXT --charge 罪名 --term 月数",
		Short: "Check a proposed outcome against the law, the guideline and similar cases (裁判偏离度预警)",
		Long: `Check a proposed criminal outcome and print its deviation score and alerts with their evidence.

  leian deviation judgment.txt            a judgment or a draft with its verdict
  leian deviation --doc lecard:8           a stored document (its own case left out of the push)
  leian deviation --facts "…" --charge 盗窃罪 --term 18 [--kind 有期徒刑] [--probation 24] [--fine 5000]`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			sources := 0
			for _, set := range []bool{len(args) == 1, docID != "", cmd.Flags().Changed("facts")} {
				if set {
					sources++
				}
			}
			if sources != 1 {
				return errors.New("give exactly one of FILE, --doc ID or --facts TEXT (with --charge and --term)")
			}
			chk, release, err := openDeviation(ctx, a, true)
			if err != nil {
				return err
			}
			defer release()
			file := ""
			if len(args) == 1 {
				file = args[0]
			}
			in, err := deviationInput(cmd, chk, args, docID, p)
			if err != nil {
				return flagError(err, file)
			}
			rep, err := chk.Check(ctx, in)
			if err != nil {
				return flagError(err, file)
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(rep)
			}
			printDeviation(cmd.OutOrStdout(), rep)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&docID, "doc", "", "stored document ID")
	f.StringVar(&p.Facts, "facts", "", "the facts of the case")
	f.StringSliceVar(&p.Charges, "charge", nil, "proposed charge, e.g. 盗窃罪 (repeatable)")
	f.StringSliceVar(&p.Articles, "article", nil, "Criminal Law article relied on, e.g. 264 (repeatable)")
	f.StringVar(&p.Kind, "kind", "", "penalty kind: 有期徒刑 (default), 拘役, 管制, 无期徒刑, 死刑, 单处罚金, 免予刑事处罚")
	f.IntVar(&p.TermMonths, "term", 0, "proposed term in months")
	f.IntVar(&p.ProbationMonths, "probation", 0, "probation period in months (0: no probation)")
	f.Float64Var(&p.FineYuan, "fine", 0, "fine in yuan")
	f.StringVar(&p.Court, "court", "", "the court, for the province's amount standards")
	f.StringVar(&p.Province, "province", "", "the province, e.g. 湖北 (instead of --court)")
	f.StringSliceVar(&p.Circumstances, "circumstance", nil, "sentencing circumstance, e.g. 累犯, 自首 (repeatable)")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func deviationInput(cmd *cobra.Command, chk *deviation.Checker, args []string, docID string, p deviation.Proposal) (deviation.Input, error) {
	switch {
	case len(args) == 1:
		b, err := os.ReadFile(args[0])
		if err != nil {
			return deviation.Input{}, err
		}
		return chk.FromText(string(b))
	case docID != "":
		doc, err := chk.Docs.Get(cmd.Context(), docID)
		if err != nil {
			return deviation.Input{}, err
		}
		return chk.FromDocument(doc)
	}
	return chk.FromProposal(cmd.Context(), p)
}

// flagError names the flag of an input error, or the file for an error
// in a judgment read from one.
func flagError(err error, file string) error {
	var ie *deviation.InputError
	if !errors.As(err, &ie) {
		return err
	}
	name := ie.Field
	if f, ok := proposalFlags[name]; ok {
		name = f
	}
	if file != "" && (ie.Field == "text" || ie.Field == "facts") {
		name = file
	}
	return fmt.Errorf("%s: %s", name, ie.Message)
}

var severityWords = map[legality.Severity]string{legality.Error: "错误", legality.Warning: "警告", legality.Info: "提示"}

// printDeviation writes the report in Chinese: score, alerts with their
// evidence, the similar-case distribution and the cases it rests on.
func printDeviation(w io.Writer, r *deviation.Report) {
	fmt.Fprintf(w, "偏离度：%.3f（%s）\n", r.Score, r.Level)
	if len(r.Alerts) == 0 {
		fmt.Fprintln(w, "未发现预警。")
	}
	for i, al := range r.Alerts {
		who := ""
		if al.Defendant != "" {
			who = "【" + al.Defendant + "】"
		}
		fmt.Fprintf(w, "%d. [%s] %s%s（%s）\n", i+1, severityWords[al.Severity], who, al.Message, al.Code)
		for _, ev := range al.Evidence[:min(len(al.Evidence), 5)] {
			fmt.Fprintf(w, "   · %s：%s\n", ev.Ref, clipRunes(strings.ReplaceAll(ev.Text, "\n", " "), 120))
		}
	}
	seen := map[string]bool{}
	for _, rg := range r.Ranges {
		line := fmt.Sprintf("法定刑：%s（%s）：%s", rg.Charge, strings.Join(rg.Articles, "、"), rg.Basis)
		if !seen[line] {
			seen[line] = true
			fmt.Fprintln(w, line)
		}
	}
	if d := r.Distribution; d != nil {
		fmt.Fprintf(w, "类案刑期（%s，%d件）：5%% %.0f个月，25%% %.0f，中位数 %.0f，75%% %.0f，95%% %.0f；预警区间 %.0f–%.0f个月\n",
			strings.Join(d.Charges, "、"), d.N, d.Q05, d.Q25, d.Q50, d.Q75, d.Q95, d.Low, d.High)
	}
	if r.SimilarNote != "" {
		fmt.Fprintln(w, r.SimilarNote)
	}
	n := 0
	for _, c := range r.Similar.Cases {
		if c.Comparable && n < 10 {
			n++
			fmt.Fprintf(w, "   %s  %s  %s\n", c.ID, strings.Join(c.Charges, "、"), c.Penalty)
		}
	}
	for _, e := range r.Expected {
		fmt.Fprintf(w, "预期刑期：约%.0f个月（量刑估算%.0f个月，类案中位数%.0f个月/%d件；拟判%d个月）\n", e.Months, e.ModelMonths, e.SimilarMonths, e.SimilarN, e.ProposedMonths)
	}
	for _, g := range r.Guideline {
		fmt.Fprintf(w, "量刑指导意见区间：%d–%d个月（拟判%d个月）\n", g.LoMonths, g.HiMonths, g.ProposedMonths)
	}
	if r.GuidelineNote != "" {
		fmt.Fprintln(w, r.GuidelineNote)
	}
	for _, n := range r.Notes {
		fmt.Fprintln(w, n)
	}
}

func clipRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
