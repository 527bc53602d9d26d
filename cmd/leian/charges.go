package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"leian/retrieval/classify"
)

func newChargesCmd(a *app) *cobra.Command {
	var asJSON, all bool
	var facts string
	cmd := &cobra.Command{
		Use:   "charges [FILE] | charges train",
		Short: "Predict the charges of a case from its facts (a file, - for stdin, or --facts)",
		Long: "Predict the charges of a case from its facts with the charge model `leian index` saves in\n" +
			"LEIAN_HOME (models/charges.gob); without an up-to-date saved model one is trained in memory first.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			text, err := factsArg(cmd.InOrStdin(), facts, args)
			if err != nil {
				return err
			}
			if err := a.cfg.RequireData(); err != nil {
				return err
			}
			m, trained, err := classify.OpenCharges(cmd.Context(), a.cfg.Home, a.cfg.Data)
			if err != nil {
				return err
			}
			if trained {
				a.log.Info("no up-to-date charge model in LEIAN_HOME; trained one in memory (leian index saves it)")
			}
			ranked := m.Rank(text)
			preds := m.Predict(text)
			alts := m.Alternatives(ranked)
			if all {
				preds = m.Rank(text)[:min(10, len(m.Charges()))]
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(map[string]any{"charges": preds, "alternatives": alts, "keep": m.Keep, "alt": m.Alt, "cases": m.Cases()})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "罪名预测（%d 件已决案件训练；首位之外，得分达首位 %.2f 倍者一并列出）\n", m.Cases(), m.Keep)
			for i, p := range preds {
				fmt.Fprintf(cmd.OutOrStdout(), "%2d. %s\t%.3f\n", i+1, p.Charge, p.Score)
			}
			if len(alts) > 0 && !all {
				fmt.Fprintf(cmd.OutOrStdout(), "备选罪名（得分达首位 %.2f 倍，推送时各列一件类案）：\n", m.Alt)
				for _, p := range alts {
					fmt.Fprintf(cmd.OutOrStdout(), "    %s\t%.3f\n", p.Charge, p.Score)
				}
			}
			return nil
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "train",
		Short: "Train the charge model on the bundle and save it in LEIAN_HOME, unless the saved one is up to date (leian index does this too)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := a.cfg.RequireData(); err != nil {
				return err
			}
			return buildChargeModel(cmd.Context(), a, cmd.OutOrStdout())
		},
	})
	cmd.Flags().StringVar(&facts, "facts", "", "the facts as text")
	cmd.Flags().BoolVar(&all, "all", false, "list the ten best charges, not only the predicted ones")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// maxFactsBytes bounds a facts file: a judgment is far smaller.
const maxFactsBytes = 4 << 20

func factsArg(stdin io.Reader, facts string, args []string) (string, error) {
	if facts != "" && len(args) > 0 {
		return "", fmt.Errorf("事实只能用 FILE 或 --facts 之一给出")
	}
	if facts == "" && len(args) > 0 {
		var r io.Reader = stdin
		if args[0] != "-" {
			f, err := os.Open(args[0])
			if err != nil {
				return "", fmt.Errorf("打开事实文件：%w", err)
			}
			defer f.Close()
			r = f
		}
		b, err := io.ReadAll(io.LimitReader(r, maxFactsBytes+1))
		if err != nil {
			return "", fmt.Errorf("读取事实文件 %s：%w", args[0], err)
		}
		if len(b) > maxFactsBytes {
			return "", fmt.Errorf("事实文件 %s 超过 %d 字节", args[0], maxFactsBytes)
		}
		facts = string(b)
	}
	if strings.TrimSpace(facts) == "" {
		return "", fmt.Errorf("facts：事实为空；请给出 FILE、- （标准输入）或 --facts")
	}
	return facts, nil
}

// buildChargeModel trains and saves the served charge model when the one
// in LEIAN_HOME is missing or stale.
func buildChargeModel(ctx context.Context, a *app, out io.Writer) error {
	m, built, err := classify.BuildCharges(ctx, a.cfg.Home, a.cfg.Data)
	if err != nil {
		return fmt.Errorf("罪名预测模型：%w", err)
	}
	if built {
		fmt.Fprintf(out, "罪名预测模型已训练（%d 件已决案件；交叉验证选定：保留倍数 %.2f，备选倍数 %.2f，近邻投票 %.2f×%d，罪名本名加分 %.2f），保存于 %s\n",
			m.Cases(), m.Keep, m.Alt, m.Vote, m.Nearest, m.Cue, a.cfg.Path(classify.ChargeModelFile))
	} else {
		fmt.Fprintf(out, "罪名预测模型已是最新：%s\n", a.cfg.Path(classify.ChargeModelFile))
	}
	return nil
}
