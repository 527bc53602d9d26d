// Package evals runs Leian's offline evaluation suites on real data and
// reports metrics beside baselines, as tables, JSON, run records and HTML.
package evals

import (
	"context"

	"leian/corpus"
	"leian/retrieval"
)

// Suite is one evaluation. Adding a suite is one file that returns a Suite
// and one line in the list the runner is given.
type Suite struct {
	Name    string // command name: "lecard", "extract", …
	Dataset string // default dataset, relative to the data folder
	Metrics string // the metrics it reports, for `leian eval list`
	Good    string // what a good result is, in one line
	// RunFormat describes the --run file another system supplies; a suite
	// that cannot score outside output leaves it empty and gets no --run.
	RunFormat string
	// Flags are the suite's own file flags (name → help), passed to Run in
	// Input.Args, e.g. lecard's "queries", "labels", "pools".
	Flags map[string]string
	// Run scores the dataset in in. It must not print; the runner prints.
	Run func(ctx context.Context, in Input) (*Result, error)
}

// Input is what the runner hands a suite.
type Input struct {
	DataDir string            // the real-data bundle
	File    string            // --file: the dataset file, "" for the suite's default
	RunFile string            // --run: another system's output to score instead of Leian
	Args    map[string]string // suite-specific flags, e.g. "queries", "labels", "pools"
	Limit   int               // 0 = all items; >0 = the first Limit items (fast CI slices)
	Seed    int64             // for random baselines
	// Ranker and Similarity are Leian's engine under test; nil when the
	// command was not given one (suites then need RunFile).
	Ranker     PoolRanker
	Similarity Similarity
}

// PoolRanker orders a query's candidate pool, best first, returning
// document IDs. A query without charges is ranked from its facts alone.
type PoolRanker interface {
	RankPool(ctx context.Context, q retrieval.CaseQuery, pool []*corpus.Document) ([]string, error)
}

// HeldOutRanker is a ranker whose weights were fitted on LeCaRD labels:
// HeldOut fails unless every query in ids would be ranked by weights
// tuned without its labels, and the suites then refuse to score.
type HeldOutRanker interface {
	HeldOut(ids []string) error
}

// Similarity scores how alike two case texts are (higher = more similar).
type Similarity interface {
	Similarity(ctx context.Context, a, b string) (float64, error)
}

// SimilarityParts is a Similarity whose score is the mean of named parts
// (element agreements, the embedding cosine). The scm suite uses it for its
// k-fold row, choosing the set of parts on the training folds only.
type SimilarityParts interface {
	SimilarityParts(ctx context.Context, a, b string) (map[string]float64, error)
}

// SimilarityMethod is a Similarity that says, in Chinese, how it scores;
// the scm suite prints it so a reader knows whether the number is untuned
// or cross-validated.
type SimilarityMethod interface {
	SimilarityMethod() string
}

// Result is a suite's outcome. Its JSON form is the one `--json` prints.
type Result struct {
	Suite     string                        `json:"suite"`
	N         int                           `json:"n"`
	Metrics   map[string]float64            `json:"metrics"`
	Baselines map[string]map[string]float64 `json:"baselines,omitempty"`
	// Method says how Leian's number was obtained, e.g. whether any weight
	// was fitted to the suite's labels and, if so, that it is cross-validated.
	Method string `json:"method,omitempty"`
	// Split is how Leian's number relates to the items scored: SplitDev,
	// SplitCrossValidated or SplitInSample. The runner refuses a result without it.
	Split string `json:"split"`
	// Footing says, for every baseline, where it comes from: FootingSameData,
	// FootingOtherSplit or FootingOtherData.
	Footing map[string]string `json:"footing,omitempty"`
	// Items are per-item scores for compare and the HTML report; not printed by --json.
	Items []Item `json:"-"`
	// Notes are short remarks the table prints under the metrics (e.g. losers, unresolved examples).
	Notes []string `json:"-"`
	// Files are the data files the suite read (dataset, labels, --run), so
	// the runner can record their SHA-256.
	Files []string `json:"-"`
}

// Item is one scored item (a query, a triplet, a document).
type Item struct {
	ID     string             `json:"id"`
	Scores map[string]float64 `json:"scores"`
}
