package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"leian/corpus/docstore"
	"leian/corpus/rules"
	"leian/drafting/check"
)

func newCheckCmd(a *app) *cobra.Command {
	var docID string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check FILE | --doc ID",
		Short: "Check a judgment or draft (.txt in UTF-8 or GBK, .docx, or a stored document) and list its errors",
		Long: `Check a judgment: citations (exist, in force, quoted text, numbering, agree with
the charges), consistency (names, charges, amounts, dates, term arithmetic),
sentencing legality, wording (typos) and format. Each finding is printed with
its place in the text, coloured by severity on a terminal.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if (docID == "") == (len(args) == 0) {
				return fmt.Errorf("give one FILE or --doc ID")
			}
			ctx := cmd.Context()
			st, err := docstore.Open(a.cfg.Path("docs.db"))
			if err != nil {
				return err
			}
			defer st.Close()
			var text, name string
			if docID != "" {
				d, err := st.Get(ctx, docID)
				if err != nil {
					return err
				}
				text, name = d.Text, docID
			} else {
				name = args[0]
				if text, err = check.ReadFile(name); err != nil {
					return err
				}
			}
			deps, err := checkDeps(ctx, a, st)
			if err != nil {
				return err
			}
			rep, err := check.Default(deps).Check(ctx, text)
			if err != nil {
				return fmt.Errorf("%s：%w", name, err)
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(rep)
			}
			return printReport(cmd.OutOrStdout(), name, text, rep, deps.Missing(), isTerminal(cmd.OutOrStdout()))
		},
	}
	cmd.Flags().StringVar(&docID, "doc", "", "check a stored document by id")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}

// checkDeps loads the rule library and the language model (counted from
// the document store once, then kept under LEIAN_HOME/check).
func checkDeps(ctx context.Context, a *app, st *docstore.Store) (check.Deps, error) {
	var deps check.Deps
	if err := a.cfg.RequireData(); err != nil {
		a.log.Warn("rule library unavailable: citation checks are off", "err", err)
	} else if deps.Library, err = rules.Load(ctx, a.cfg.Data); err != nil {
		return deps, fmt.Errorf("load the rule library: %w", err)
	}
	lm, err := check.OpenLM(ctx, check.LMPath(a.cfg.Home), check.CorpusSource(st, deps.Library, nil), a.log)
	if err != nil {
		a.log.Warn("language model unavailable: typo checks are off", "err", err)
	}
	deps.LM = lm
	return deps, nil
}

var severityColour = map[check.Severity]string{check.Error: "\x1b[31m", check.Warning: "\x1b[33m", check.Info: "\x1b[36m"}

var severityName = map[check.Severity]string{check.Error: "错误", check.Warning: "警告", check.Info: "提示"}

// printReport lists the findings, each with its line and the text around it.
func printReport(w io.Writer, name, text string, rep *check.Report, missing []string, colour bool) error {
	rs := []rune(text)
	fmt.Fprintf(w, "%s：%d 字，错误 %d，警告 %d，提示 %d\n", name, rep.Runes, rep.Counts["error"], rep.Counts["warning"], rep.Counts["info"])
	if len(missing) > 0 {
		fmt.Fprintf(w, "未运行：%s\n", strings.Join(missing, "；"))
	}
	for i, f := range rep.Findings {
		line := 1 + strings.Count(string(rs[:f.RuneStart]), "\n")
		sev := "[" + severityName[f.Severity] + "]"
		quote := f.Quote
		if colour {
			sev = severityColour[f.Severity] + sev + "\x1b[0m"
			quote = severityColour[f.Severity] + "\x1b[4m" + quote + "\x1b[0m"
		}
		before := string(rs[max(0, f.RuneStart-15):f.RuneStart])
		after := string(rs[f.RuneEnd:min(len(rs), f.RuneEnd+15)])
		ctx := strings.NewReplacer("\n", " ", "\r", " ").Replace(before + "【" + quote + "】" + after)
		fmt.Fprintf(w, "\n%d. %s %s（第%d行，第%d字）\n   %s\n   %s\n   建议：%s\n", i+1, sev, f.Code, line, f.RuneStart+1, ctx, f.Message, f.Suggest)
		for _, e := range f.Evidence {
			t := []rune(e.Text)
			if len(t) > 120 {
				t = append(t[:120], '…')
			}
			ref := e.Ref
			if ref == e.Text {
				ref = ""
			}
			fmt.Fprintf(w, "   依据：%s %s\n", ref, string(t))
		}
	}
	return nil
}
