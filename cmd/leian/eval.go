package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"leian/corpus"
	"leian/drafting/deviation"
	"leian/evals"
	"leian/retrieval"
	"leian/retrieval/engine"
)

// evalSuites is every suite `leian eval` runs; adding a suite is one line.
func evalSuites(a *app) []evals.Suite {
	return []evals.Suite{
		evals.LeCaRD(),
		evals.SCM(),
		evals.ExtractSuite(),
		evals.Citations(),
		evals.Articles(),
		evals.Draft(openDraftSuite(a)),
		evals.Sentencing(),
		evals.Charges(),
		evals.Prison(),
		evals.Amount(),
		evals.Elements(),
		evals.BatchSuite(openBatchSuite(a)),
		evals.BatchDraftSuite(openBatchSuite(a), openDraftSuite(a)),
		evals.Recall(func(ctx context.Context) (evals.HeldOutSearcher, func(), error) { return openHeldOut(ctx, a) }),
		evals.Agreement(func(ctx context.Context) (evals.FoldSearcher, func(), error) { return openFoldSearcher(ctx, a) }),
		evals.Proofread(openChecker(a)),
		evals.CheckSuite(openChecker(a)),
		evals.Anonymize(),
		evals.Deviation(func(ctx context.Context) (*deviation.Checker, func(), error) { return openDeviation(ctx, a, false) }),
	}
}

// evalEngine returns Leian's own engine for the suites that rank or
// compare cases. The lecard suite ranks through the served engine and
// store (opened on first use, since most suites never rank); scm compares
// pairs with the index's embedder. Before the index exists it returns
// nils, and those suites ask for --run.
func evalEngine(_ context.Context, a *app) (*servedRanker, evals.Similarity, error) {
	dir := a.cfg.Path("index")
	if _, err := os.Stat(engine.EmbedderPath(dir)); errors.Is(err, fs.ErrNotExist) && a.cfg.EmbeddingsURL == "" {
		a.log.Debug("no index yet: lecard and scm need `leian index` first (or --run FILE)", "index", dir)
		return nil, nil, nil
	}
	p, err := engine.OpenPool(dir, a.cfg.EmbeddingsURL, a.cfg.EmbeddingsModel, a.cfg.LLMKey, a.log)
	if err != nil {
		return nil, nil, err
	}
	return &servedRanker{a: a}, p, nil
}

// servedRanker is the served engine as evals.PoolRanker, opened when the
// suite first asks.
type servedRanker struct {
	a       *app
	once    sync.Once
	h       *engine.HeldOut
	release func()
	err     error
}

func (s *servedRanker) open(ctx context.Context) error {
	s.once.Do(func() { s.h, s.release, s.err = openHeldOut(ctx, s.a) })
	return s.err
}

func (s *servedRanker) RankPool(ctx context.Context, q retrieval.CaseQuery, pool []*corpus.Document) ([]string, error) {
	if err := s.open(ctx); err != nil {
		return nil, err
	}
	return s.h.RankPool(ctx, q, pool)
}

func (s *servedRanker) HeldOut(ids []string) error {
	if err := s.open(context.Background()); err != nil {
		return err
	}
	return s.h.HeldOut(ids)
}

func (s *servedRanker) Method() string {
	if s.h == nil {
		return ""
	}
	return s.h.Method()
}

// Close releases the engine if it was opened.
func (s *servedRanker) Close() {
	if s != nil && s.release != nil {
		s.release()
	}
}

// evalOptions are the flags shared by `leian eval SUITE` and `leian eval all`.
type evalOptions struct {
	file, run string
	json      bool
	limit     int
	seed      int64
	args      map[string]*string
}

func newEvalCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Run offline evaluation suites on the real data, with baselines beside every number",
		Long: `Run offline evaluation suites on the real-data bundle.

  leian eval list                      every suite: dataset, metrics, what "good" means
  leian eval SUITE [--run FILE] [--json]
  leian eval all [--json]              every suite on its default dev data
  leian eval compare RUN_A RUN_B       per-metric deltas and per-item wins/losses
  leian eval report [RUN…] [--out F]   self-contained HTML report

Each run prints a table and writes a record under LEIAN_HOME/evals/.
RUN is a record file, a record id, "latest", "previous" (the run before the
latest of the same suite) or "SUITE:latest" / "SUITE:previous".
--json prints one object {"suite","n","metrics","baselines","method"}; for "all" it
prints {"runs": [those objects…], "errors": ["…"]}.`,
	}
	cmd.AddCommand(newEvalListCmd(a), newEvalAllCmd(a), newEvalCompareCmd(a), newEvalReportCmd(a), newEvalFeedbackCmd(a))
	for _, s := range evalSuites(a) {
		cmd.AddCommand(newEvalSuiteCmd(a, s))
	}
	return cmd
}

func newEvalListCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List every evaluation suite",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			for _, s := range evalSuites(a) {
				fmt.Fprintf(w, "%s\n  数据：%s\n  指标：%s\n  标准：%s\n", s.Name, s.Dataset, s.Metrics, s.Good)
				if s.RunFormat != "" {
					fmt.Fprintf(w, "  --run 格式：%s\n", s.RunFormat)
				}
			}
			return nil
		},
	}
}

func newEvalSuiteCmd(a *app, s evals.Suite) *cobra.Command {
	o := &evalOptions{args: map[string]*string{}}
	cmd := &cobra.Command{
		Use:   s.Name,
		Short: fmt.Sprintf("Evaluate on %s (%s)", s.Dataset, s.Metrics),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			in, release, err := o.input(cmd.Context(), a)
			if err != nil {
				return err
			}
			defer release()
			rec, err := newEvalRunner(a).Run(cmd.Context(), s.Name, in)
			if err != nil {
				return err
			}
			if o.json {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(rec.Result())
			}
			return evals.PrintTable(cmd.OutOrStdout(), rec)
		},
	}
	o.bind(cmd)
	cmd.Flags().StringVar(&o.file, "file", "", "dataset file (default "+s.Dataset+" in the data bundle)")
	if s.RunFormat != "" { // only suites that can score an outside system take --run
		cmd.Flags().StringVar(&o.run, "run", "", "score another system's output instead of Leian: "+s.RunFormat)
	}
	for name, help := range s.Flags {
		o.args[name] = cmd.Flags().String(name, "", help)
	}
	return cmd
}

func (o *evalOptions) bind(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&o.json, "json", false, "print one JSON object instead of the table")
	cmd.Flags().IntVar(&o.limit, "limit", 0, "score only the first N items (0 = all)")
	cmd.Flags().Int64Var(&o.seed, "seed", 0, "seed of the random baselines (0 reproduces the data README's LeCaRD random row)")
}

func (o *evalOptions) input(ctx context.Context, a *app) (evals.Input, func(), error) {
	if err := a.cfg.RequireData(); err != nil {
		return evals.Input{}, nil, err
	}
	if err := refuseSynthetic(ctx, a); err != nil {
		return evals.Input{}, nil, err
	}
	ranker, sim, err := evalEngine(ctx, a)
	if err != nil {
		return evals.Input{}, nil, fmt.Errorf("为评测建立检索引擎失败：%w", err)
	}
	in := evals.Input{DataDir: a.cfg.Data, File: o.file, RunFile: o.run, Limit: o.limit, Seed: o.seed,
		Similarity: sim, Args: map[string]string{}}
	if ranker != nil {
		in.Ranker = ranker
	}
	for name, v := range o.args {
		if *v != "" {
			in.Args[name] = *v
		}
	}
	return in, ranker.Close, nil
}

func newEvalRunner(a *app) *evals.Runner {
	return &evals.Runner{
		Suites:  evalSuites(a),
		Records: evals.Records{Dir: a.cfg.Path("evals")},
		Config: map[string]string{
			"data": a.cfg.Data, "home": a.cfg.Home, "store": a.cfg.Store,
			"workers": strconv.Itoa(a.cfg.Workers), "embeddings_model": a.cfg.EmbeddingsModel, "llm_model": a.cfg.LLMModel,
		},
		Log: a.log,
	}
}

func newEvalAllCmd(a *app) *cobra.Command {
	o := &evalOptions{args: map[string]*string{}}
	cmd := &cobra.Command{
		Use:   "all",
		Short: "Run every suite on its default dev data",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			in, release, err := o.input(cmd.Context(), a)
			if err != nil {
				return err
			}
			defer release()
			recs, runErr := newEvalRunner(a).RunAll(cmd.Context(), in)
			if o.json {
				out := struct {
					Runs   []evals.Result `json:"runs"`
					Errors []string       `json:"errors"`
				}{Runs: []evals.Result{}, Errors: []string{}}
				for _, r := range recs {
					out.Runs = append(out.Runs, r.Result())
				}
				if joined, ok := runErr.(interface{ Unwrap() []error }); ok {
					for _, e := range joined.Unwrap() {
						out.Errors = append(out.Errors, e.Error())
					}
				}
				if err := json.NewEncoder(cmd.OutOrStdout()).Encode(out); err != nil {
					return err
				}
				return runErr
			}
			for _, r := range recs {
				if err := evals.PrintTable(cmd.OutOrStdout(), r); err != nil {
					return err
				}
				fmt.Fprintln(cmd.OutOrStdout())
			}
			return runErr
		},
	}
	o.bind(cmd)
	return cmd
}

func newEvalCompareCmd(a *app) *cobra.Command {
	var top int
	cmd := &cobra.Command{
		Use:   "compare RUN_A RUN_B",
		Short: "Compare two runs of one suite: metric deltas, per-item wins and losses",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			recs := evals.Records{Dir: a.cfg.Path("evals")}
			ra, err := recs.Resolve(args[0])
			if err != nil {
				return err
			}
			rb, err := recs.Resolve(args[1])
			if err != nil {
				return err
			}
			c, err := evals.Compare(ra, rb)
			if err != nil {
				return err
			}
			return evals.PrintComparison(cmd.OutOrStdout(), c, top)
		},
	}
	cmd.Flags().IntVar(&top, "top", 5, "items listed per metric, largest change first")
	return cmd
}

func newEvalReportCmd(a *app) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "report [RUN…]",
		Short: "Write a self-contained HTML report of runs (default: the latest run of each suite)",
		RunE: func(cmd *cobra.Command, args []string) error {
			recs := evals.Records{Dir: a.cfg.Path("evals")}
			var runs []*evals.Record
			if len(args) == 0 {
				for _, s := range evalSuites(a) {
					if r, err := recs.Resolve(s.Name + ":latest"); err == nil {
						runs = append(runs, r)
					}
				}
				if len(runs) == 0 {
					return errors.New("还没有任何评测记录：请先运行 leian eval 评测集名")
				}
			}
			for _, ref := range args {
				r, err := recs.Resolve(ref)
				if err != nil {
					return err
				}
				runs = append(runs, r)
			}
			if out == "" {
				out = filepath.Join(a.cfg.Path("evals"), "report.html")
			}
			f, err := os.Create(out)
			if err != nil {
				return fmt.Errorf("eval report: %w", err)
			}
			if err := evals.WriteReport(f, runs, time.Now()); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return fmt.Errorf("eval report %s: %w", out, err)
			}
			fmt.Fprintln(cmd.OutOrStdout(), "报告已写入", out)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "HTML file to write (default LEIAN_HOME/evals/report.html)")
	return cmd
}
