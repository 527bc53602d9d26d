package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"leian/cmd/leian/internal/benchmark"
	"leian/corpus"
	"leian/corpus/ingest"
	"leian/corpus/ingest/show"
	"leian/corpus/ingest/source"
	"leian/drafting/deviation"
)

func newBenchDeviationCmd(a *app) *cobra.Command {
	var cases, warmup int
	var asJSON bool
	var cpuProfile string
	cmd := &cobra.Command{
		Use:   "deviation",
		Short: "Deviation-check latency, similar-case push included, on stored CAIL2018 cases (target p99 ≤ 200 ms)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			chk, release, err := openDeviation(ctx, a, true)
			if err != nil {
				return err
			}
			defer release()
			ins, err := benchDeviationInputs(cmd, a, chk, cases)
			if err != nil {
				return err
			}
			stop, err := startCPUProfile(cpuProfile)
			if err != nil {
				return err
			}
			l, err := benchmark.Deviation(ctx, chk, ins, warmup)
			stop()
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(l)
			}
			t := show.Table{Title: fmt.Sprintf("偏离度检查基准（CAIL2018 前 %d 件有期徒刑案件，按文书编号检查，含类案推送 %d 件与量刑估算）", l.Pushes, chk.Band.Depth),
				Header: []string{"检查数", "平均（毫秒）", "p50", "p90", "p99", "最大", "CPU（毫秒/次）", "预警数"}}
			t.Add(l.Pushes, ms1(l.MeanMS), ms1(l.P50MS), ms1(l.P90MS), ms1(l.P99MS), ms1(l.MaxMS), ms1(l.CPUMS), l.Results)
			_, err = t.WriteTo(cmd.OutOrStdout())
			return err
		},
	}
	cmd.Flags().IntVar(&cases, "cases", 200, "stored CAIL2018 cases to check")
	cmd.Flags().IntVar(&warmup, "warmup", 10, "untimed checks first")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the checks to this file (go tool pprof)")
	return cmd
}

var errEnoughCases = errors.New("enough cases")

// benchDeviationInputs are the first n CAIL2018 cases with a fixed term,
// each checked as the stored document ingest made of it.
func benchDeviationInputs(cmd *cobra.Command, a *app, chk *deviation.Checker, n int) ([]deviation.Input, error) {
	path := filepath.Join(a.cfg.Data, "cail2018", "cases.jsonl")
	var ins []deviation.Input
	err := source.Read(cmd.Context(), path, source.FormatCAIL2018, source.Options{}, func(e source.Entry) error {
		if e.Problem != nil {
			return e.Problem
		}
		r := e.Record
		if r.Labels == nil || r.Labels.TermMonths == nil || *r.Labels.TermMonths <= 0 {
			return nil
		}
		doc := &corpus.Document{ID: "cail2018:" + ingest.ContentHash(r.Text)[:16], Text: r.Text, Sections: r.Sections,
			Labels: []corpus.Labels{*r.Labels}, CaseType: corpus.Criminal}
		in, err := chk.FromDocument(doc)
		if err != nil {
			return fmt.Errorf("%s line %d: %w", path, r.Line, err)
		}
		if ins = append(ins, in); len(ins) >= n {
			return errEnoughCases
		}
		return nil
	})
	if err != nil && !errors.Is(err, errEnoughCases) {
		return nil, err
	}
	return ins, nil
}
