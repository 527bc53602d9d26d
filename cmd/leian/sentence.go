package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"leian/api"
	"leian/corpus/docstore"
	"leian/corpus/rules"
	"leian/drafting/sentencing"
)

func newSentenceCmd(a *app) *cobra.Command {
	var docID, facts, court string
	var charges []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "sentence [FILE] [--doc ID | --facts TEXT] [--charge 盗窃罪]…",
		Short: "Recommend a sentence with its reasoning: statutory tier, guideline steps, model and similar decided cases",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c := sentencing.Case{Charges: charges, Court: court}
			sources := 0
			for _, set := range []bool{len(args) == 1, docID != "", facts != ""} {
				if set {
					sources++
				}
			}
			if sources != 1 {
				return errors.New("give exactly one of FILE, --doc ID or --facts TEXT")
			}
			switch {
			case len(args) == 1:
				b, err := os.ReadFile(args[0])
				if err != nil {
					return fmt.Errorf("sentence: %w", err)
				}
				c.Facts = string(b)
			case facts != "":
				c.Facts = facts
			default:
				if err := caseFromDoc(a, docID, &c); err != nil {
					return err
				}
			}
			if err := a.cfg.RequireData(); err != nil {
				return err
			}
			lib, err := rules.Load(cmd.Context(), a.cfg.Data)
			if err != nil {
				return err
			}
			est, err := openEstimator(cmd.Context(), a, lib)
			if err != nil {
				return err
			}
			rec, err := est.Estimate(cmd.Context(), c)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(rec)
			}
			return printRecommendation(cmd.OutOrStdout(), rec)
		},
	}
	cmd.Flags().StringVar(&docID, "doc", "", "stored document ID (its facts; its own documents are left out of the similar cases)")
	cmd.Flags().StringVar(&facts, "facts", "", "the facts as text")
	cmd.Flags().StringSliceVar(&charges, "charge", nil, "charge (repeat or comma-separate); predicted from the facts when absent")
	cmd.Flags().StringVar(&court, "court", "", "court, naming the province of the amount standards")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.AddCommand(newSentenceTrainCmd(a))
	return cmd
}

// openEstimator loads the sentence model saved in the home, training one
// in memory when it is missing or stale.
func openEstimator(ctx context.Context, a *app, lib *rules.Library) (*sentencing.Estimator, error) {
	path := a.cfg.Path(sentencing.ModelFile)
	est, trained, err := sentencing.Open(ctx, a.cfg.Data, path, lib)
	if err != nil {
		return nil, err
	}
	if trained {
		a.log.Warn("no fresh saved sentence model: trained one in memory; run `leian sentence train` to save it", "path", path)
	}
	return est, nil
}

func newSentenceTrainCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "train",
		Short: "Train the sentence model on the bundle's decided cases and save it in LEIAN_HOME (serve and the CLI load it)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := a.cfg.RequireData(); err != nil {
				return err
			}
			lib, err := rules.Load(cmd.Context(), a.cfg.Data)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(a.cfg.Home, 0o755); err != nil {
				return fmt.Errorf("sentence train: %w", err)
			}
			path := a.cfg.Path(sentencing.ModelFile)
			start := time.Now()
			a.log.Info("training the sentence model on the decided cases")
			m, err := sentencing.TrainAndSave(cmd.Context(), a.cfg.Data, path, lib)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "量刑模型已保存：%s（%d件已决案件，用时%.0f秒）\n", path, m.Cases(), time.Since(start).Seconds())
			return nil
		},
	}
}

// caseFromDoc fills c from a stored judgment: its facts, its charges when
// none were given, and its id to leave out of the similar cases.
func caseFromDoc(a *app, id string, c *sentencing.Case) error {
	st, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	doc, err := st.Get(context.Background(), id)
	if err != nil {
		return fmt.Errorf("sentence --doc %s: %w", id, err)
	}
	c.Facts = doc.Sections["facts"]
	if strings.TrimSpace(c.Facts) == "" {
		c.Facts = doc.Text
	}
	if len(c.Charges) == 0 {
		if doc.Elements != nil && len(doc.Elements.Charges) > 0 {
			c.Charges = doc.Elements.Charges
		} else {
			for _, l := range doc.Labels {
				if len(l.Charges) > 0 {
					c.Charges = l.Charges
					break
				}
			}
		}
	}
	c.Exclude = append(c.Exclude, doc.ID)
	return nil
}

// printRecommendation writes the recommendation and its trace in Chinese.
func printRecommendation(w io.Writer, r sentencing.Recommendation) error {
	fmt.Fprintf(w, "罪名：%s", strings.Join(r.Charges, "、"))
	if r.ChargesPredicted {
		fmt.Fprint(w, "（由事实预测，请核对）")
	}
	fmt.Fprintln(w)
	for _, s := range r.Trace {
		if s.Stage == "结果" {
			continue
		}
		fmt.Fprintf(w, "【%s】%s", s.Stage, s.Detail)
		if s.Months > 0 {
			fmt.Fprintf(w, " → %s", sentencing.MonthsWords(s.Months))
		}
		fmt.Fprintln(w)
		if s.Rule != "" {
			fmt.Fprintf(w, "    依据：%s %s\n", s.Source, s.Rule)
		} else if s.Source != "" {
			fmt.Fprintf(w, "    依据：%s\n", s.Source)
		}
	}
	if r.Similar.N > 0 {
		fmt.Fprintln(w, "【相似案件】")
		for i, n := range r.Similar.Cases {
			if i == 10 {
				break
			}
			fmt.Fprintf(w, "    %s  %s  %s\n", n.ID, strings.Join(n.Charges, "、"), outcomeWords(n.Outcome))
		}
	}
	fmt.Fprintf(w, "【建议】%s\n", r.Trace[len(r.Trace)-1].Detail)
	fmt.Fprintf(w, "【缓刑】%s\n", r.Probation.Reason)
	if r.Fine.Basis != "" {
		fmt.Fprintf(w, "【罚金】%s %s\n", r.Fine.Clause, r.Fine.Basis)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "注：%s\n", n)
	}
	return nil
}

func outcomeWords(o sentencing.Outcome) string {
	switch {
	case o.Death:
		return "死刑"
	case o.Life:
		return "无期徒刑"
	case o.Months == 0:
		return "免予刑事处罚或单处罚金"
	}
	return sentencing.MonthsWords(float64(o.Months))
}

func newLawCoverageCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "coverage",
		Short: "Which charges have statutory tiers, guideline rules and amount standards, and why the rest do not",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := a.cfg.RequireData(); err != nil {
				return err
			}
			lib, err := rules.Load(cmd.Context(), a.cfg.Data)
			if err != nil {
				return err
			}
			book := sentencing.NewLawBook(lib)
			exs, err := sentencing.ReadCAIL2018(filepath.Join(a.cfg.Data, sentencing.CAIL2018File))
			if err != nil {
				return err
			}
			counts := map[string]int{}
			for _, e := range exs {
				for _, c := range e.Charges {
					if cl, ok := book.Charge(c); ok {
						counts[cl.Charge]++
					}
				}
			}
			rows := book.Coverage(counts)
			if asJSON {
				return writeLawJSON(cmd.OutOrStdout(), rows)
			}
			w := cmd.OutOrStdout()
			tiers, guide, inCorpus, inCorpusTiers := 0, 0, 0, 0
			for _, r := range rows {
				if r.Tiers > 0 {
					tiers++
				}
				if r.Guideline {
					guide++
				}
				if r.Cases > 0 {
					inCorpus++
					if r.Tiers > 0 {
						inCorpusTiers++
					}
				}
			}
			fmt.Fprintf(w, "罪名 %d 个：有法定刑档 %d，有量刑指导意见 %d；语料中出现 %d 个，其中有法定刑档 %d\n", len(rows), tiers, guide, inCorpus, inCorpusTiers)
			fmt.Fprintln(w, "罪名\t案件数\t法定刑档\t指导意见\t数额标准\t缺口原因")
			for _, r := range rows {
				fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\t%s\n", r.Charge, r.Cases, r.Tiers, yesNo(r.Guideline), yesNo(r.Amounts), r.Reason)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func yesNo(b bool) string {
	if b {
		return "有"
	}
	return "无"
}

// servedEstimator loads (or, when missing or stale, trains) the estimator
// once in the background at startup; until it is ready the sentencing
// route answers 503.
type servedEstimator struct {
	ready chan struct{}
	est   *sentencing.Estimator
	err   error
}

func newServedEstimator(ctx context.Context, a *app, lib *rules.Library) *servedEstimator {
	s := &servedEstimator{ready: make(chan struct{})}
	go func() {
		s.est, s.err = openEstimator(ctx, a, lib)
		close(s.ready)
		if s.err != nil {
			a.log.Error("sentencing estimator unavailable", "err", s.err)
			return
		}
		a.log.Info("sentencing estimator ready")
		if lc, ok := s.est.Charges.(*sentencing.LazyCharges); ok {
			if err := lc.Warm(ctx); err != nil {
				a.log.Error("charge predictor unavailable", "err", err)
			}
		}
	}()
	return s
}

// Estimate answers once the estimator is trained.
func (s *servedEstimator) Estimate(ctx context.Context, c sentencing.Case) (sentencing.Recommendation, error) {
	select {
	case <-s.ready:
	default:
		return sentencing.Recommendation{}, fmt.Errorf("sentencing model still training: %w", api.ErrUnavailable)
	}
	if s.err != nil {
		return sentencing.Recommendation{}, fmt.Errorf("sentencing: %w", api.ErrUnavailable)
	}
	return s.est.Estimate(ctx, c)
}
