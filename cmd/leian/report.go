package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"leian/drafting/casereport"
)

// reportStore is where 类案检索报告 live: the home's reports folder on the
// embedded deployment, the leian_report tables on Postgres.
type reportStore interface {
	Save(ctx context.Context, r *casereport.Report) error
	Get(ctx context.Context, id string) (*casereport.Report, error)
	List(ctx context.Context, author string) ([]*casereport.Report, error)
}

func openReports(ctx context.Context, a *app) (reportStore, func(), error) {
	if a.cfg.Store == "postgres" {
		p, err := casereport.OpenPostgres(ctx, a.cfg.PostgresURL)
		if err != nil {
			return nil, nil, err
		}
		return p, p.Close, nil
	}
	return casereport.Dir{Path: a.cfg.Path("reports")}, func() {}, nil
}

// reportPlatform is the report's 检索平台: this installation and its store.
func reportPlatform(a *app) string {
	return fmt.Sprintf("Leian 类案推送系统（本院离线部署，%s 检索库）", a.cfg.Store)
}

func newReportCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "report",
		Short: "类案检索报告: list, show and export the search reports judges filed",
		Long: `类案检索报告 that judges filed from a push in the web UI (or POST /api/v1/reports).

  leian report list [--user NAME] [--json]   reports, newest first
  leian report show ID [--json]              one report as text (or JSON)
  leian report export ID --out F.docx|F.html  the report as a Word document or a web page

Reports live in LEIAN_HOME/reports, or in the leian_report tables with --store postgres.
` + "`leian eval feedback`" + ` scores pushes by the judges' marks.`,
	}
	cmd.AddCommand(newReportListCmd(a), newReportShowCmd(a), newReportExportCmd(a))
	return cmd
}

func newReportListCmd(a *app) *cobra.Command {
	var user string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List reports, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, done, err := openReports(cmd.Context(), a)
			if err != nil {
				return err
			}
			defer done()
			reps, err := st.List(cmd.Context(), user)
			if err != nil {
				return err
			}
			if asJSON {
				if reps == nil {
					reps = []*casereport.Report{}
				}
				return json.NewEncoder(cmd.OutOrStdout()).Encode(reps)
			}
			if len(reps) == 0 {
				fmt.Fprintln(cmd.OutOrStdout(), "还没有类案检索报告：法官在类案推送页选定类案、标注参照/参考/不予参照后即可生成。")
				return nil
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "编号\t时间\t检索人\t待决案号\t推送\t参照\t参考\t不予参照")
			for _, r := range reps {
				n := r.Counts()
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\n", r.ID, r.Created.Local().Format("2006-01-02 15:04"), r.Author, r.CaseNo,
					len(r.Pushed), n[casereport.Follow], n[casereport.Consult], n[casereport.Decline])
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&user, "user", "", "only this user's reports")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the reports as a JSON array")
	return cmd
}

func newReportShowCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show one report",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rep, err := getReport(cmd.Context(), a, args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(rep)
			}
			w := cmd.OutOrStdout()
			for _, b := range rep.Blocks() {
				switch {
				case b.Kind == "title" || b.Kind == "heading":
					fmt.Fprintf(w, "\n%s\n", b.Text)
				case b.Label != "":
					fmt.Fprintf(w, "%s：%s\n", b.Label, b.Text)
				default:
					fmt.Fprintf(w, "  %s\n", b.Text)
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}

func newReportExportCmd(a *app) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "export ID --out F.docx|F.html",
		Short: "Export a report as .docx or HTML",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			render := map[string]func(*casereport.Report) ([]byte, error){".docx": casereport.DOCX, ".html": casereport.HTML}[strings.ToLower(filepath.Ext(out))]
			if render == nil {
				return fmt.Errorf("--out %q：文件名须以 .docx 或 .html 结尾", out)
			}
			rep, err := getReport(cmd.Context(), a, args[0])
			if err != nil {
				return err
			}
			b, err := render(rep)
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, b, 0o600); err != nil {
				return fmt.Errorf("写入 %s 失败：%w", out, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "已导出 %s\n", out)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "output file, .docx or .html")
	_ = cmd.MarkFlagRequired("out") // the flag exists: never fails
	return cmd
}

func getReport(ctx context.Context, a *app, id string) (*casereport.Report, error) {
	st, done, err := openReports(ctx, a)
	if err != nil {
		return nil, err
	}
	defer done()
	rep, err := st.Get(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("类案检索报告 %s：%w", id, err)
	}
	return rep, nil
}
