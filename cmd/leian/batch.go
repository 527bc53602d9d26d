package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"leian/api"
	"leian/corpus/docstore"
	"leian/drafting/batch"
	"leian/drafting/check"
	"leian/drafting/draft"
	"leian/evals"
	"leian/retrieval/classify"
	"leian/retrieval/engine"
)

func newBatchCmd(a *app) *cobra.Command {
	var ids []string
	var threshold float64
	var model, out string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "batch DIR | --docs ID,ID,…",
		Short: "类案批量智审: group pending cases by elements and facts, pick a model case per group, show each member's differences",
		Long: `Group a docket of pending cases (every .txt file in DIR, in UTF-8 or GBK, or
stored documents by id) by their element forms and facts, pick the most
representative case of each group as its model, and list how each member
differs from it (amount, parties, claims or charges, circumstances).
With --model ID, draft every other member of that case's group from it
(--out DIR writes one Markdown file per member).`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if (len(ids) == 0) == (len(args) == 0) {
				return errors.New("请给出案件文本所在的文件夹，或用 --docs 列出库中文书编号")
			}
			ctx := cmd.Context()
			var cases []batch.Case
			var err error
			if len(args) == 1 {
				cases, err = casesInDir(args[0])
			} else {
				cases, err = storedCases(cmd, a, ids)
			}
			if err != nil {
				return err
			}
			emb, err := engine.LoadEmbedder(a.cfg.Path("index"), a.cfg.EmbeddingsURL, a.cfg.EmbeddingsModel, a.cfg.LLMKey)
			if err != nil {
				return err
			}
			o := batch.Options{Threshold: threshold}
			if a.cfg.RequireData() == nil {
				// The served charge model: cases whose indictment names no
				// charge are grouped by the charge it predicts.
				if m, _, err := classify.OpenCharges(ctx, a.cfg.Home, a.cfg.Data); err == nil {
					o.Charges = m
				} else {
					a.log.Warn("no charge predictor: criminal cases naming no charge are grouped by their facts alone", "err", err)
				}
			}
			res, err := batch.Group(ctx, emb, cases, o)
			if err != nil {
				return err
			}
			if model != "" {
				return draftBatch(cmd, a, res, cases, model, out, len(ids) > 0)
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(res)
			}
			return printBatch(cmd.OutOrStdout(), res)
		},
	}
	cmd.Flags().StringSliceVar(&ids, "docs", nil, "stored document ids")
	cmd.Flags().Float64Var(&threshold, "threshold", 0, fmt.Sprintf("similarity two groups need to merge (default %.2f)", batch.DefaultThreshold))
	cmd.Flags().StringVar(&model, "model", "", "the model case the judge chose: draft the other members of its group from it")
	cmd.Flags().StringVar(&out, "out", "", "with --model: folder for one Markdown draft per member")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// casesInDir reads every .txt file of dir as one case named by its file name.
func casesInDir(dir string) ([]batch.Case, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s：文件夹中没有 .txt 案件文本", dir)
	}
	slices.Sort(names)
	var out []batch.Case
	for _, n := range names {
		text, err := check.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		out = append(out, batch.Case{ID: filepath.Base(n), Text: text})
	}
	return out, nil
}

func storedCases(cmd *cobra.Command, a *app, ids []string) ([]batch.Case, error) {
	st, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
	if err != nil {
		return nil, err
	}
	defer st.Close()
	var out []batch.Case
	for _, id := range ids {
		d, err := st.Get(cmd.Context(), id)
		if err != nil {
			return nil, fmt.Errorf("--docs %s: %w", id, err)
		}
		out = append(out, batch.Case{ID: id, Text: d.Text})
	}
	return out, nil
}

func printBatch(w io.Writer, res *batch.Result) error {
	fmt.Fprintf(w, "共%d组（合并阈值%.2f，用时%dms）\n", len(res.Clusters), res.Threshold, res.TookMS)
	for _, c := range res.Clusters {
		fmt.Fprintf(w, "\n第%d组 %s，%d件，范本案件：%s\n", c.ID, c.TypeName, len(c.Members), c.Model)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, m := range c.Members[1:] {
			var ds []string
			for _, d := range m.Diffs {
				ds = append(ds, fmt.Sprintf("%s：%s → %s", d.Label, shorten(d.Model, 20), shorten(d.Member, 20)))
			}
			fmt.Fprintf(tw, "  %s\t相似度%.2f\t%s\n", m.ID, m.Similarity, strings.Join(ds, "；"))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// draftBatch drafts the other members of the model case's group.
func draftBatch(cmd *cobra.Command, a *app, res *batch.Result, cases []batch.Case, model, out string, stored bool) error {
	byID := map[string]batch.Case{}
	for _, c := range cases {
		byID[c.ID] = c
	}
	var members []batch.Case
	for _, c := range res.Clusters {
		if !slices.ContainsFunc(c.Members, func(m batch.Member) bool { return m.ID == model }) {
			continue
		}
		for _, m := range c.Members {
			if m.ID != model {
				members = append(members, byID[m.ID])
			}
		}
	}
	if _, ok := byID[model]; !ok {
		return fmt.Errorf("--model %s：不在本批案件中", model)
	}
	ctx := cmd.Context()
	env, err := openDrafter(ctx, a, false, false, nil)
	if err != nil {
		return err
	}
	defer env.close()
	// The model case's term is scaled by the sentencing estimator's view
	// of each member against it.
	est, err := openEstimator(ctx, a, env.drafter.Rules)
	if err != nil {
		return err
	}
	env.drafter.Sentencer = &draft.EstimatorSentencer{Estimator: est}
	svc := &draft.Service{Drafter: chooseDrafter(a, env.drafter), Facts: env.engine, Store: env.docs}
	isStored := func(string) bool { return stored }
	ds, err := batch.DraftFrom(ctx, svc, isStored, byID[model], members)
	if err != nil {
		return err
	}
	for _, d := range ds {
		if d.Error != "" {
			fmt.Fprintf(cmd.ErrOrStderr(), "%s：未能起草：%s\n", d.ID, d.Error)
			continue
		}
		text := carriesText(d.Draft) + draft.Markdown(d.Draft)
		if out == "" {
			fmt.Fprintf(cmd.OutOrStdout(), "\n==== %s ====\n%s", d.ID, text)
			continue
		}
		p := filepath.Join(out, strings.TrimSuffix(strings.ReplaceAll(d.ID, ":", "_"), ".txt")+".md")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			return err
		}
		fmt.Fprintln(cmd.ErrOrStderr(), "已写入", p)
	}
	return nil
}

// carriesText lists what a member's draft took over from the model case
// and what it changed, as a Markdown list before the draft.
func carriesText(d *draft.Draft) string {
	if len(d.FromModel) == 0 {
		return ""
	}
	action := map[string]string{draft.Carried: "沿用", draft.Changed: "改动", draft.Added: "增加", draft.Dropped: "删去"}
	var b strings.Builder
	fmt.Fprintf(&b, "依范本案件 %s：\n\n", d.Model)
	for _, c := range d.FromModel {
		fmt.Fprintf(&b, "- %s %s：%s → %s", action[c.Action], c.Element, cmp.Or(c.Model, "（无）"), cmp.Or(c.Draft, "（无）"))
		if c.Why != "" {
			b.WriteString("（" + c.Why + "）")
		}
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	return b.String()
}

// openBatchSuite opens the stored documents read-only and the embedder
// `leian index` trained, as `leian batch` uses them.
func openBatchSuite(a *app) evals.OpenBatch {
	return func(ctx context.Context) (evals.BatchEnv, func(), error) {
		st, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
		if err != nil {
			return evals.BatchEnv{}, nil, err
		}
		emb, err := engine.LoadEmbedder(a.cfg.Path("index"), a.cfg.EmbeddingsURL, a.cfg.EmbeddingsModel, a.cfg.LLMKey)
		if err != nil {
			st.Close()
			return evals.BatchEnv{}, nil, err
		}
		charges := func(ctx context.Context, heldOut []string) (batch.ChargePredictor, string, error) {
			data, err := loadChargeData(a)
			if err != nil {
				return nil, "", err
			}
			same := draft.SameCase(heldOut)
			m, dropped, err := data.TrainWithout(ctx, func(c classify.Labelled) bool { return same(c.Facts) })
			if err != nil {
				return nil, "", err
			}
			return m, fmt.Sprintf("罪名预测模型（cail2018 与 LeCaRD 候选判决训练，同服务）剔除与样本及调参样本事实重合的 %d 件已决案件后训练", dropped), nil
		}
		return evals.BatchEnv{Each: st.Each, Embedder: emb, Files: []string{a.cfg.Path("docs.db")}, Charges: charges}, func() { st.Close() }, nil
	}
}

// wireBatch gives the server the embedder `leian index` trained for
// grouping dockets; without it /batch answers 503.
func wireBatch(a *app, opts *api.Options) {
	emb, err := engine.LoadEmbedder(a.cfg.Path("index"), a.cfg.EmbeddingsURL, a.cfg.EmbeddingsModel, a.cfg.LLMKey)
	if err != nil {
		a.log.Warn("batch grouping unavailable: run `leian index`", "err", err)
		return
	}
	g := batch.Grouper{Embedder: emb}
	if p, ok := opts.Cases.(batch.ChargePredictor); ok {
		g.Charges = p
	}
	opts.Batch = g
}
