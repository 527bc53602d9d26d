package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"leian/corpus/docstore"
	"leian/corpus/forms"
	"leian/drafting/check"
)

func newFormCmd(a *app) *cobra.Command {
	var docID, typ string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "form FILE | --doc ID",
		Short: "Fill the element form (要素表) of a complaint or judgment: each value with its source span and confidence",
		Long: `Fill the element form of a case from a complaint, indictment or judgment (.txt in
UTF-8 or GBK, .docx, or a stored document). Forms: loan (民间借贷), traffic
(机动车交通事故责任), labour (劳动争议), theft_fraud (盗窃、诈骗). --type picks one;
otherwise it is detected from the text.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if (docID == "") == (len(args) == 0) {
				return errors.New("请给出一个文件，或用 --doc 指定库中文书编号")
			}
			text, name, err := readCaseText(cmd, a, docID, args)
			if err != nil {
				return err
			}
			f, err := forms.Fill(text, typ)
			if err != nil {
				return fmt.Errorf("%s：%s：%w", name, formProblem(err), err)
			}
			f.DocID = docID
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(f)
			}
			return printForm(cmd.OutOrStdout(), f)
		},
	}
	cmd.Flags().StringVar(&docID, "doc", "", "fill from a stored document by id")
	cmd.Flags().StringVar(&typ, "type", "", "form type: loan, traffic, labour, theft_fraud (default: detected)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the form as JSON")
	return cmd
}

// formProblem says in Chinese why a form could not be filled.
func formProblem(err error) string {
	switch {
	case errors.Is(err, forms.ErrUnsupported):
		return "暂无该案件类型的要素表（支持：民间借贷纠纷、机动车交通事故责任纠纷、劳动争议、盗窃和诈骗）"
	case errors.Is(err, forms.ErrNotJudgment):
		return "该文本不像起诉状、起诉书或裁判文书"
	}
	return "无法填写要素表"
}

// readCaseText reads a stored document's text or a file's.
func readCaseText(cmd *cobra.Command, a *app, docID string, args []string) (text, name string, err error) {
	if docID == "" {
		text, err = check.ReadFile(args[0])
		return text, args[0], err
	}
	st, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
	if err != nil {
		return "", "", err
	}
	defer st.Close()
	d, err := st.Get(cmd.Context(), docID)
	if err != nil {
		return "", "", err
	}
	return d.Text, docID, nil
}

func printForm(w io.Writer, f *forms.Form) error {
	fmt.Fprintf(w, "要素表：%s（%s）\n", f.Name, f.Type)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "要素\t值\t置信度\t位置")
	for _, fd := range f.Fields {
		if len(fd.Values) == 0 {
			fmt.Fprintf(tw, "%s\t（未找到）\t\t\n", fd.Label)
			continue
		}
		for i, v := range fd.Values {
			label := fd.Label
			if i > 0 {
				label = ""
			}
			at := ""
			if v.Span != nil {
				at = fmt.Sprintf("%d–%d", v.Span.Start, v.Span.End)
			}
			fmt.Fprintf(tw, "%s\t%s\t%.2f\t%s\n", label, shorten(v.Text, 60), v.Confidence, at)
		}
	}
	return tw.Flush()
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
