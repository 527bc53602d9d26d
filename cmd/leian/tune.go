package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"leian/internal/lecard"
	"leian/retrieval/classify"
	"leian/retrieval/engine"
)

func newTuneCmd(a *app) *cobra.Command {
	var corpus bool
	cmd := &cobra.Command{
		Use:   "tune",
		Short: "Tune the fusion weights on the LeCaRD dev labels and CAIL2018 charge and amount agreement through the served engine and store",
		Long: `Tune the fusion weights through the engine that serves pushes, on the store
LEIAN_STORE names (--store): every LeCaRD dev query's pool is ranked by that
store's full-text and vector search and the element signal, once from the
facts alone (charges predicted) and once with the query's charges; each
row is cross-validated over 5 folds. A whole-store facts-only row, which
pushes without charges use, is tuned on the whole-store search (NDCG@100)
and on the charge and amount agreement of pushes for 300 cail2018 cases
(lines 1, 6, 11, …, never a line the agreement eval scores first nor a
LeCaRD dev query's facts; charges predicted by a model trained without
them), the mean of the two objectives. With --corpus the whole-store
known-charge row is tuned too, on NDCG@100 alone; it is off by default
because it trades the pushes' charge and amount agreement for recall (see
the README). Writes the index folder's weights file
for that store (weights.json for embedded, weights-postgres.json for postgres).
leian index runs it after indexing unless --no-tune.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w, err := tuneServed(cmd.Context(), a, corpus)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "融合权重已写入 %s（检索库 %s）\n", engine.WeightsPath(a.cfg.Path("index"), a.cfg.Store), a.cfg.Store)
			fmt.Fprintf(out, "  全库·仅事实行另以 cail2018 %d 个案件（第 1、6、11…行，不含评测行与 LeCaRD 查询）推送结果的罪名与金额一致性为目标之一（NDCG@%d，与 LeCaRD 全库 NDCG@100 各占一半）\n",
				len(w.AgreementCases), engine.AgreementK)
			for i, row := range []struct {
				name string
				set  engine.FusionSet
			}{{"候选池·仅事实", w.FactsOnly}, {"候选池·已知罪名", w.KnownCharge},
				{"全库·仅事实", w.CorpusFactsOnly}, {"全库·已知罪名", w.CorpusKnownCharge}} {
				if len(row.set.CV) == 0 {
					continue
				}
				cutoff := 30
				if i >= 2 {
					cutoff = engine.CorpusDepth
				}
				var sum float64
				for _, v := range row.set.CV {
					sum += v
				}
				fmt.Fprintf(out, "  %s：交叉验证 ndcg@%d %.4f（%d 个查询），全量权重 %v，名次常数 %.0f\n",
					row.name, cutoff, sum/float64(max(1, len(row.set.CV))), len(row.set.CV), row.set.All.Weights, row.set.All.K)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&corpus, "corpus", false, "also tune the whole-store known-charge row (experimental: higher recall@100, lower charge and amount agreement)")
	return cmd
}

// tuneServed tunes and saves the weights of the configured store.
func tuneServed(ctx context.Context, a *app, corpus bool) (*engine.Weights, error) {
	if err := a.cfg.RequireData(); err != nil {
		return nil, err
	}
	set, err := lecard.Load(a.cfg.Data)
	if err != nil {
		return nil, err
	}
	agree, err := agreementTuning(ctx, a, set)
	if err != nil {
		return nil, err
	}
	eng, release, err := openEngine(ctx, a)
	if err != nil {
		return nil, err
	}
	defer release()
	start := time.Now()
	a.log.Info("tuning fusion weights through the served engine", "store", a.cfg.Store, "queries", len(set.Queries), "agreement_cases", len(agree.Cases), "folds", engine.Folds)
	w, err := engine.Tune(ctx, eng, set, a.cfg.Store, corpus, agree)
	if err != nil {
		return nil, err
	}
	a.log.Info("fusion weights tuned", "seconds", time.Since(start).Seconds())
	return w, w.Save(engine.WeightsPath(a.cfg.Path("index"), a.cfg.Store))
}

// chargeData caches the charge predictor's training data per bundle: an
// eval trains one predictor per fold from it.
var chargeData struct {
	once sync.Once
	data *engine.ChargeData
	err  error
}

func loadChargeData(a *app) (*engine.ChargeData, error) {
	chargeData.once.Do(func() {
		start := time.Now()
		chargeData.data, chargeData.err = engine.LoadChargeData(a.cfg.Data)
		a.log.Info("charge predictor data read", "seconds", time.Since(start).Seconds())
	})
	return chargeData.data, chargeData.err
}

// chargePredictor is the predictor a push without charges uses: the model
// `leian index` saved (classify.OpenCharges), or, when it is missing or
// stale, one trained on the whole bundle beside whatever the command does
// meanwhile (the first such push waits for it); nil, with a warning, when
// the bundle is missing.
func chargePredictor(ctx context.Context, a *app) engine.ChargePredictor {
	if a.cfg.RequireData() != nil {
		a.log.Warn("no data bundle: pushes that name no charge are ranked without a predicted charge (set LEIAN_DATA)")
		return nil
	}
	return engine.TrainInBackground(func() (engine.ChargePredictor, error) {
		start := time.Now()
		m, trained, err := classify.OpenCharges(ctx, a.cfg.Home, a.cfg.Data)
		if err != nil {
			return nil, err
		}
		a.log.Info("charge predictor ready", "cases", m.Cases(), "trained", trained, "seconds", time.Since(start).Seconds())
		return m, nil
	})
}

// openHeldOut opens the served engine with the configured store's tuned
// weights, as the LeCaRD evals rank through it.
func openHeldOut(ctx context.Context, a *app) (*engine.HeldOut, func(), error) {
	w, err := engine.LoadWeights(engine.WeightsPath(a.cfg.Path("index"), a.cfg.Store))
	if err != nil {
		return nil, nil, fmt.Errorf("%w (run leian tune --store %s)", err, a.cfg.Store)
	}
	eng, release, err := openEngine(ctx, a)
	if err != nil {
		return nil, nil, err
	}
	return &engine.HeldOut{Engine: eng, Weights: w, Store: a.cfg.Store}, release, nil
}
