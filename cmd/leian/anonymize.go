package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"leian/corpus/anonymize"
	"leian/corpus/docstore"
	"leian/drafting/check"
)

func newAnonymizeCmd(a *app) *cobra.Command {
	var docID string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "anonymize FILE | --doc ID",
		Short: "Anonymise a judgment for online publication (上网文书隐名) and list the redactions",
		Long: `Anonymise a judgment for publication following 最高人民法院关于人民法院在互联网公布裁判文书的规定
(法释〔2016〕19号): natural persons' names become 某 forms (张某, 张某甲/张某乙 when surnames
collide), ID, phone, bank card and plate numbers, birth dates and addresses below county level are
removed. Judges, clerks, prosecutors, lawyers, courts and legal persons keep their names. Prints the
anonymised text and then the redaction list (kind, place, replacement; never the original).`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if (docID == "") == (len(args) == 0) {
				return fmt.Errorf("请给出一个文书文件，或用 --doc 给出库中文书编号（二者取一）")
			}
			var text, name string
			if docID != "" {
				st, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
				if err != nil {
					return err
				}
				d, err := st.Get(cmd.Context(), docID)
				st.Close()
				if err != nil {
					return err
				}
				text, name = d.Text, docID
			} else {
				name = args[0]
				var err error
				if text, err = check.ReadFile(name); err != nil {
					return err
				}
			}
			res, err := anonymize.Anonymize(text, anonymize.Options{})
			if err != nil {
				return fmt.Errorf("%s：%w", name, err)
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(res)
			}
			return printAnonymized(cmd.OutOrStdout(), name, res)
		},
	}
	cmd.Flags().StringVar(&docID, "doc", "", "anonymise a stored document by id")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the text and redaction list as JSON")
	return cmd
}

var kindNames = map[anonymize.Kind]string{
	anonymize.Name: "姓名", anonymize.IDNumber: "身份证号", anonymize.Phone: "电话", anonymize.BankCard: "银行卡号",
	anonymize.Plate: "车牌号", anonymize.BirthDate: "出生日期", anonymize.Address: "住址（县以下）",
}

func printAnonymized(w io.Writer, name string, res *anonymize.Result) error {
	fmt.Fprintln(w, res.Text)
	var counts []string
	for _, k := range anonymize.Kinds() {
		if n := res.Counts[k]; n > 0 {
			counts = append(counts, fmt.Sprintf("%s %d", kindNames[k], n))
		}
	}
	fmt.Fprintf(w, "\n%s：隐名 %d 人，删除/替换 %d 处（%s）\n", name, res.Persons, len(res.Redactions), strings.Join(counts, "，"))
	for i, r := range res.Redactions {
		fmt.Fprintf(w, "%4d. %-10s 原文第%d–%d字（字节 %d–%d）→ 「%s」 hash %s\n", i+1, kindNames[r.Kind], r.RuneStart+1, r.RuneEnd, r.ByteStart, r.ByteEnd, r.Replacement, r.Hash)
	}
	for _, k := range res.Kept {
		fmt.Fprintf(w, "保留：%s（%s）\n", k.Name, k.Reason)
	}
	_, err := fmt.Fprintln(w)
	return err
}
