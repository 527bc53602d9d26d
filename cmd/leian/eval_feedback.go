package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"leian/drafting/casereport"
)

func newEvalFeedbackCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "feedback",
		Short: "Precision@k of served pushes, judged by the marks in judges' 类案检索报告",
		Long: `Precision@k of the pushes judges filed reports from: a case marked 参照 or
参考 is relevant, 不予参照 is not. "P@k" counts an unmarked case as not relevant
(a lower bound); "已标注 P@k" divides by the marked cases in the top k only.
These are live judgments of the served path, not a benchmark: the set of
reports grows and changes, so compare runs only over the same reports.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, done, err := openReports(cmd.Context(), a)
			if err != nil {
				return err
			}
			defer done()
			reps, err := st.List(cmd.Context(), "")
			if err != nil {
				return err
			}
			p := casereport.Feedback(reps)
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(struct {
					Suite string `json:"suite"`
					casereport.Precision
				}{"feedback", p})
			}
			w := cmd.OutOrStdout()
			if p.Reports == 0 {
				fmt.Fprintln(w, "还没有反馈：法官在类案推送页标注参照/参考/不予参照并生成类案检索报告后，这里按标注计算 P@k。")
				return nil
			}
			fmt.Fprintf(w, "类案推送反馈（%d 份报告，%d 条标注；参照、参考为相关）\n", p.Reports, p.Marks)
			tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "k\tP@k（未标注计为不相关）\t已标注 P@k\t已标注报告数")
			for _, k := range casereport.Ks {
				fmt.Fprintf(tw, "%d\t%.4f\t%.4f\t%d\n", k, p.At[k], p.JudgedAt[k], p.JudgedReports[k])
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of the table")
	return cmd
}
