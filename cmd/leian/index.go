package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"leian/corpus/docstore"
	"leian/retrieval"
	"leian/retrieval/embed"
	"leian/retrieval/embedded"
	"leian/retrieval/engine"
	"leian/retrieval/pgstore"
)

func newIndexCmd(a *app) *cobra.Command {
	var noTune, force bool
	cmd := &cobra.Command{
		Use:   "index",
		Short: "Train the embedder on the document store and index every document into the search store",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			n, dir, err := indexAll(cmd, a, force, noTune)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "\n已索引 %d 篇文书，索引目录 %s\n", n, dir)
			if a.cfg.RequireData() != nil {
				return nil
			}
			// The served engine predicts charges for facts-only pushes; tuning
			// opens it, so the saved model comes first.
			if err := buildChargeModel(cmd.Context(), a, cmd.OutOrStdout()); err != nil {
				return err
			}
			if noTune {
				return nil
			}
			if _, err = tuneServed(cmd.Context(), a, false); errors.Is(err, engine.ErrNotTunable) {
				a.log.Warn("fusion weights not tuned; pushes fuse by reciprocal rank", "err", err)
				return nil
			}
			return err
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "rebuild even when the index is up to date with the document store")
	cmd.Flags().BoolVar(&noTune, "no-tune", false, "skip tuning the fusion weights on the LeCaRD dev labels (leian tune does it later)")
	return cmd
}

// indexAll builds the index and returns how many documents the store
// holds; it closes its handles before returning, so that tuning can open
// the served engine on the same files.
func indexAll(cmd *cobra.Command, a *app, force, noTune bool) (int, string, error) {
	ctx := cmd.Context()
	docs, err := docstore.Open(a.cfg.Path("docs.db"))
	if err != nil {
		return 0, "", err
	}
	defer docs.Close()
	o := engine.IndexOptions{Dir: a.cfg.Path("index"), Train: embed.DefaultTrainOptions(), BatchSize: 256, Log: a.log,
		// The store is not a setting: the folder serves both stores,
		// and each store keeps its own stamp (engine.StoreStamp).
		Settings: fmt.Sprintf("embeddings=%s/%s", a.cfg.EmbeddingsURL, a.cfg.EmbeddingsModel), Force: force}
	o.Train.Words, o.Train.WordsName = engine.WordTokenizer()
	if !noTune && a.cfg.RequireData() == nil {
		o.DataDir = a.cfg.Data
	}
	if a.cfg.EmbeddingsURL != "" {
		if o.Embedder, err = embed.NewRemote(a.cfg.EmbeddingsURL, a.cfg.EmbeddingsModel, a.cfg.LLMKey); err != nil {
			return 0, "", err
		}
	}
	dim, err := embeddingDim(ctx, o)
	if err != nil {
		return 0, "", err
	}
	store, err := openSearchStore(ctx, a, dim)
	if err != nil {
		return 0, "", err
	}
	defer store.Close()
	if store, err = bulkIfEmpty(ctx, store, a); err != nil {
		return 0, "", err
	}
	finish := func() {}
	if w := progressTo(cmd.ErrOrStderr()); w != nil {
		bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("索引"),
			progressbar.OptionShowCount(), progressbar.OptionThrottle(200_000_000))
		o.Progress = func(done, total int) {
			bar.ChangeMax(total)
			bar.Set(done)
		}
		finish = func() { bar.Finish() }
	} else {
		// A log gets one line per stage, not a redrawn bar.
		o.Progress = func(done, total int) {
			if done == total {
				a.log.Info("every document written to the search store", "documents", total)
			}
		}
	}
	if err := engine.Index(ctx, docs, store, o); err != nil {
		return 0, "", err
	}
	finish()
	n, err := store.Count(ctx)
	if err != nil {
		return 0, "", err
	}
	return n, o.Dir, nil
}

// progressTo is w when it is a terminal, where progress bars belong, and
// nil otherwise: bars redrawn into a log file or journal are noise.
func progressTo(w io.Writer) io.Writer {
	if isTerminal(w) {
		return w
	}
	return nil
}

// embeddingDim is the dimension of the vectors Index will write: a new
// Postgres store is created with it.
func embeddingDim(ctx context.Context, o engine.IndexOptions) (int, error) {
	if o.Embedder == nil {
		return o.Train.Dim, nil
	}
	v, err := o.Embedder.EmbedQuery(ctx, "盗窃")
	if err != nil {
		return 0, fmt.Errorf("embedding dimension: %w", err)
	}
	return len(v), nil
}

// bulkIfEmpty returns, for an empty Postgres store, a bulk loader over it:
// COPY, and each index built once after the load (engine.Index compacts).
func bulkIfEmpty(ctx context.Context, store retrieval.Store, a *app) (retrieval.Store, error) {
	pg, ok := store.(*pgstore.Store)
	if !ok {
		return store, nil
	}
	l, err := pg.NewLoader(ctx, a.log)
	if err != nil || l == nil {
		return store, err
	}
	return l, nil
}

// openSearchStore opens the configured retrieval store. dim is the
// dimension of a new Postgres store; 0 opens an existing one only, and
// the embedded one read-only, sharing it with other readers.
func openSearchStore(ctx context.Context, a *app, dim int) (retrieval.Store, error) {
	if a.cfg.Store == "postgres" {
		return pgstore.Open(ctx, a.cfg.PostgresURL, pgstore.Options{Dim: dim})
	}
	return embedded.Open(ctx, a.cfg.Path("index", "embedded"), embedded.Options{Workers: a.cfg.Workers, ReadOnly: dim == 0})
}

// openEngine opens the search engine over the index `leian index` built,
// with its own read-only handle on the document store, so it runs beside
// a serving `leian serve`.
func openEngine(ctx context.Context, a *app) (*engine.Engine, func(), error) {
	docs, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
	if err != nil {
		return nil, nil, err
	}
	eng, closeStore, err := openEngineOn(ctx, a, docs)
	if err != nil {
		docs.Close()
		return nil, nil, err
	}
	return eng, func() { closeStore(); docs.Close() }, nil
}

// openEngineOn opens the engine over an open document store; bbolt allows
// one handle per file, so the server shares its handle with the engine.
func openEngineOn(ctx context.Context, a *app, docs *docstore.Store) (*engine.Engine, func(), error) {
	return openCheckedEngine(ctx, a, docs, func(stale error) {
		a.log.Warn("the search store may be stale or empty", "store", a.cfg.Store, "err", stale)
	})
}

// openCheckedEngine is openEngineOn that hands onStale why the index may
// not serve good pushes yet (an interrupted or stale build), for the
// server's readiness.
func openCheckedEngine(ctx context.Context, a *app, docs *docstore.Store, onStale func(error)) (*engine.Engine, func(), error) {
	return openEngineWith(ctx, a, docs, onStale, true)
}

// openEngineWith is openCheckedEngine; predict says whether pushes that
// name no charge get predicted ones (an eval that trains its own
// predictors per fold says no).
func openEngineWith(ctx context.Context, a *app, docs *docstore.Store, onStale func(error), predict bool) (*engine.Engine, func(), error) {
	dir := a.cfg.Path("index")
	emb, err := engine.LoadEmbedder(dir, a.cfg.EmbeddingsURL, a.cfg.EmbeddingsModel, a.cfg.LLMKey)
	if err != nil {
		return nil, nil, err
	}
	vocab, err := engine.LoadVocabulary(dir)
	if err != nil {
		return nil, nil, err
	}
	w, err := engine.LoadWeightsOrRRF(dir, a.cfg.Store, a.log)
	if err != nil {
		return nil, nil, err
	}
	var charges engine.ChargePredictor
	if predict {
		charges = chargePredictor(ctx, a)
	}
	sums, err := engine.LoadSummaries(dir)
	if err != nil {
		return nil, nil, err
	}
	store, err := openSearchStore(ctx, a, 0)
	if err != nil {
		sums.Close()
		return nil, nil, err
	}
	if err := engine.CheckStore(ctx, dir, store); err != nil {
		onStale(err)
	} else if err := engine.CheckVersions(ctx, dir, docs); err != nil {
		onStale(err)
	}
	closeStore := func() { store.Close(); sums.Close() }
	return engine.New(engine.Options{Store: store, Docs: docs, Embedder: emb, Vocab: vocab, Weights: w, Charges: charges, Summaries: sums}), closeStore, nil
}
