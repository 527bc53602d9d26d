package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"leian/corpus/ingest"
	"leian/corpus/ingest/show"
)

func newBenchCmd(a *app) *cobra.Command {
	bench := &cobra.Command{Use: "bench", Short: "Speed and memory benchmarks on the real data"}
	var asJSON, reextract bool
	ingestCmd := &cobra.Command{
		Use:   "ingest",
		Short: "Ingest the whole bundle into a temporary store: documents per second and peak RSS",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := a.cfg.RequireData(); err != nil {
				return err
			}
			home, err := os.MkdirTemp("", "leian-bench-ingest-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(home)
			res, err := ingest.Bench(cmd.Context(), a.cfg.Data, home, ingest.Options{Workers: a.cfg.Workers, Log: a.log}, reextract)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(res)
			}
			t := show.Table{Title: "导入基准（全量数据，临时文档库）", Header: []string{"指标", "数值"}}
			t.Add("文档数", res.Documents)
			t.Add("读取记录", res.Records)
			t.Add("并行数", res.Workers)
			t.Add("用时（秒）", fmt.Sprintf("%.1f", res.Seconds))
			t.Add("CPU 用时（秒）", fmt.Sprintf("%.1f", res.CPUSeconds))
			t.Add("每秒文档数", fmt.Sprintf("%.1f", res.DocsPerSecond))
			t.Add("峰值内存 RSS（MiB）", fmt.Sprintf("%.0f", res.PeakRSSMiB))
			t.Add("文档库大小（MiB）", fmt.Sprintf("%.0f", res.StoreMiB))
			if _, err := t.WriteTo(cmd.OutOrStdout()); err != nil || len(res.Reextract) == 0 {
				return err
			}
			re := show.Table{Title: "\n抽取规则升级（同一文档库）", Header: []string{"运行", "重新抽取", "其中按库内正文", "用时（秒）", "CPU 用时（秒）"}}
			for _, r := range res.Reextract {
				re.Add(r.Name, r.Reextracted, r.Swept, fmt.Sprintf("%.1f", r.Seconds), fmt.Sprintf("%.1f", r.CPUSeconds))
			}
			_, err = re.WriteTo(cmd.OutOrStdout())
			return err
		},
	}
	ingestCmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	ingestCmd.Flags().BoolVar(&reextract, "reextract", false, "then time an extractor upgrade on the filled store: a re-run with nothing to do, a sweep of every document (no file read), a re-extraction as the files are read")
	bench.AddCommand(ingestCmd)
	bench.AddCommand(newBenchSearchCmd(a))
	bench.AddCommand(newBenchDeviationCmd(a))
	bench.AddCommand(&cobra.Command{
		Use:   "all",
		Short: "Run every benchmark (make bench)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, sub := range bench.Commands() {
				if sub == cmd || sub.RunE == nil {
					continue
				}
				sub.SetContext(cmd.Context())
				sub.SetOut(cmd.OutOrStdout())
				if err := sub.RunE(sub, nil); err != nil {
					return fmt.Errorf("bench %s: %w", sub.Name(), err)
				}
			}
			return nil
		},
	})
	return bench
}
