package benchmark

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"math"
	"path/filepath"
	"runtime/debug"
	"slices"

	"github.com/tmc/langchaingo/embeddings"

	"leian/corpus/docstore"
	"leian/retrieval"
	"leian/retrieval/embedded"
	"leian/retrieval/engine"
	"leian/retrieval/pgstore"
)

// Setup is what Search measures: the index `leian index` built and the
// pushes to send it.
type Setup struct {
	Docs      *docstore.Store
	IndexDir  string // holds embedded/, the embedded store
	Embedder  embeddings.Embedder
	Vocab     engine.Vocabulary
	Weights   *engine.Weights // nil fuses by reciprocal rank
	Summaries engine.Summaries
	Workers   int // embedded store's Nearest workers; 0 means GOMAXPROCS
	// Plain and Filtered are the pushes (see Pushes), sent to each store.
	Plain, Filtered []retrieval.Query
	Warmup          int // untimed pushes before each timed run
	// Clients are the concurrency levels timed after the single-client
	// runs (e.g. 8 and 32), each client sending PerClient unfiltered pushes.
	Clients   []int
	PerClient int
	// PostgresURL, when set, adds the Postgres store: the documents are
	// loaded into database Database (default benchmark.Database) on its server.
	PostgresURL string
	Database    string
	// NoEmbedded leaves the embedded store out (at sizes it cannot hold).
	NoEmbedded bool
	// EfSearch lists the hnsw.ef_search values whose recall against exact
	// search is measured on the Postgres store (none: not measured).
	EfSearch []int
	// Separate times Postgres without its one-statement candidate search
	// (retrieval.JointSearcher): three searches and two rescorings, as
	// before it, for comparison on the same database.
	Separate bool
	// CheckJoint compares every push's results with and without it.
	CheckJoint bool
	// EachPush records every single-client push's times (Latency.Each).
	EachPush bool
	Log      *slog.Logger
}

// separateStore is a Store without its JointSearcher method.
type separateStore struct{ retrieval.Store }

// Report is one run of the search benchmark.
type Report struct {
	Documents  int           `json:"documents"`
	Pushes     int           `json:"pushes"` // per (store, filtered) pair
	QueryRunes float64       `json:"query_runes"`
	K          int           `json:"k"`
	Stores     []StoreReport `json:"stores"`
	// Slowdown is Postgres latency over embedded latency, when both ran.
	Slowdown []Slowdown `json:"slowdown,omitempty"`
	// HNSW is the recall of the Postgres HNSW index (Setup.EfSearch).
	HNSW []HNSWRecall `json:"hnsw,omitempty"`
}

// StoreReport is one store's latencies, size and the process's memory
// right after its pushes.
type StoreReport struct {
	Store       string  `json:"store"`
	Documents   int     `json:"documents"`
	IndexMiB    float64 `json:"index_mib"`
	LoadSeconds float64 `json:"load_seconds,omitempty"` // Postgres: 0 when an earlier load was reused
	Reused      bool    `json:"reused,omitempty"`
	// Bulk is the Postgres bulk load (COPY, then the indexes), when the
	// store was loaded empty.
	Bulk    *pgstore.LoadStats `json:"bulk,omitempty"`
	Latency []Latency          `json:"latency"` // unfiltered, then filtered, one client; then unfiltered at each Setup.Clients
	Memory  Memory             `json:"memory"`
	// Joint compares, on Postgres, every push answered with the one-statement
	// candidate search and with the separate statements it replaced.
	Joint *JointCheck `json:"joint_check,omitempty"`
}

// JointCheck counts the pushes whose results (IDs in order) are the same
// both ways, and the largest difference of a result's score.
type JointCheck struct {
	Pushes       int     `json:"pushes"`
	Same         int     `json:"same"`
	MaxScoreDiff float64 `json:"max_score_diff"`
}

// checkJoint sends every push through an engine over st and one over st
// without its JointSearcher, and compares the results.
func (s Setup) checkJoint(ctx context.Context, st retrieval.Store) (*JointCheck, error) {
	o := engine.Options{Store: st, Docs: s.Docs, Embedder: s.Embedder, Vocab: s.Vocab, Weights: s.Weights, Summaries: s.Summaries}
	joint := engine.New(o)
	o.Store = separateStore{st}
	sep := engine.New(o)
	c := &JointCheck{}
	for _, q := range append(slices.Clone(s.Plain), s.Filtered...) {
		a, err := joint.Search(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("joint check: %w", err)
		}
		b, err := sep.Search(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("joint check: %w", err)
		}
		c.Pushes++
		same := len(a) == len(b)
		for i := range min(len(a), len(b)) {
			same = same && a[i].ID == b[i].ID
			c.MaxScoreDiff = max(c.MaxScoreDiff, math.Abs(a[i].Score-b[i].Score))
		}
		if same {
			c.Same++
		}
	}
	return c, nil
}

// Slowdown compares the two stores on one kind of push.
type Slowdown struct {
	Filtered bool    `json:"filtered"`
	P50      float64 `json:"p50"`
	P99      float64 `json:"p99"`
}

// Search times the pushes on the embedded store, then, with PostgresURL,
// on Postgres, through engines that differ only in their store.
func Search(ctx context.Context, s Setup) (*Report, error) {
	if s.Log == nil {
		s.Log = slog.New(slog.DiscardHandler)
	}
	if s.Database == "" {
		s.Database = Database
	}
	total, err := s.Docs.Count(ctx)
	if err != nil {
		return nil, fmt.Errorf("search bench: %w", err)
	}
	r := &Report{Documents: total, Pushes: len(s.Plain)}
	for _, q := range s.Plain {
		r.QueryRunes += float64(len([]rune(q.Facts))) / float64(max(1, len(s.Plain)))
		r.K = q.K
	}
	var emb *StoreReport
	if !s.NoEmbedded {
		var err error
		if emb, err = s.embedded(ctx); err != nil {
			return nil, err
		}
		r.Stores = append(r.Stores, *emb)
	}
	if s.PostgresURL == "" {
		return r, nil
	}
	pg, err := s.postgres(ctx, total)
	if err != nil {
		return nil, err
	}
	r.Stores = append(r.Stores, *pg)
	if len(s.EfSearch) > 0 {
		if r.HNSW, err = s.recall(ctx); err != nil {
			return nil, err
		}
	}
	if emb == nil {
		return r, nil
	}
	for i := range emb.Latency {
		e, p := emb.Latency[i], pg.Latency[i]
		if e.Clients != 1 {
			continue
		}
		r.Slowdown = append(r.Slowdown, Slowdown{Filtered: e.Filtered, P50: p.P50MS / e.P50MS, P99: p.P99MS / e.P99MS})
	}
	return r, nil
}

func (s Setup) embedded(ctx context.Context) (*StoreReport, error) {
	dir := filepath.Join(s.IndexDir, "embedded")
	st, err := embedded.Open(ctx, dir, embedded.Options{Workers: s.Workers})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	rep, err := s.run(ctx, "embedded", st, nil)
	if err != nil {
		return nil, err
	}
	if rep.IndexMiB, err = dirMiB(dir); err != nil {
		return nil, err
	}
	return rep, nil
}

func (s Setup) postgres(ctx context.Context, total int) (*StoreReport, error) {
	// The embedded store is closed by now: give its memory back so the
	// Postgres column's RSS is the Postgres engine's own.
	debug.FreeOSMemory()
	// A query's vector gives the dimension whichever embedder this is; a
	// short probe could miss the corpus model's vocabulary and come back empty.
	var probe []float32
	if len(s.Plain) > 0 {
		var err error
		if probe, err = s.Embedder.EmbedQuery(ctx, s.Plain[0].Facts); err != nil {
			return nil, fmt.Errorf("search bench: embedder dimension: %w", err)
		}
	}
	if len(probe) == 0 {
		return nil, fmt.Errorf("search bench: no push gave the embedder's dimension")
	}
	p, err := openPostgres(ctx, s, len(probe), total)
	if err != nil {
		return nil, err
	}
	defer p.store.Close()
	cpu := &serverCPU{url: p.url, db: s.Database}
	defer cpu.close(ctx)
	var st retrieval.Store = p.store
	if s.Separate {
		st = separateStore{st}
	}
	rep, err := s.run(ctx, "postgres", st, cpu.sample)
	if err != nil {
		return nil, err
	}
	rep.LoadSeconds, rep.Reused, rep.Bulk = p.seconds, p.reused, p.bulk
	if s.CheckJoint {
		if rep.Joint, err = s.checkJoint(ctx, p.store); err != nil {
			return nil, err
		}
	}
	if rep.IndexMiB, err = postgresMiB(ctx, p.url, s.Database); err != nil {
		return nil, err
	}
	return rep, nil
}

// recall measures the HNSW index of the bench database on the pushes'
// query vectors.
func (s Setup) recall(ctx context.Context) ([]HNSWRecall, error) {
	dbURL, err := withDatabase(s.PostgresURL, s.Database)
	if err != nil {
		return nil, err
	}
	vecs := make([][]float32, len(s.Plain))
	filters := make([]retrieval.Filter, len(s.Plain))
	for i, q := range s.Plain {
		if vecs[i], err = s.Embedder.EmbedQuery(ctx, q.Facts); err != nil {
			return nil, fmt.Errorf("hnsw recall: embed push %d: %w", i, err)
		}
		if i < len(s.Filtered) {
			filters[i] = s.Filtered[i].Filter
		}
	}
	return hnswRecall(ctx, dbURL, vecs, filters, s.EfSearch)
}

// run times the plain and the filtered pushes through an engine over st.
func (s Setup) run(ctx context.Context, name string, st retrieval.Store, server serverSampler) (*StoreReport, error) {
	n, err := st.Count(ctx)
	if err != nil {
		return nil, fmt.Errorf("search bench %s: %w", name, err)
	}
	eng := engine.New(engine.Options{Store: st, Docs: s.Docs, Embedder: s.Embedder, Vocab: s.Vocab, Weights: s.Weights, Summaries: s.Summaries})
	rep := &StoreReport{Store: name, Documents: n}
	for i, qs := range [][]retrieval.Query{s.Plain, s.Filtered} {
		s.Log.Info("timing pushes", "store", name, "filtered", i == 1, "pushes", len(qs))
		l, err := measure(ctx, eng, server, name, i == 1, qs, s.Warmup, s.EachPush)
		if err != nil {
			return nil, err
		}
		rep.Latency = append(rep.Latency, l)
	}
	for _, c := range s.Clients {
		per := s.PerClient
		if per <= 0 {
			per = max(1, 2*len(s.Plain)/c) // twice the single-client pushes in all: enough for a p99
		}
		s.Log.Info("timing concurrent pushes", "store", name, "clients", c, "pushes", c*per)
		l, err := measureConcurrent(ctx, eng, server, name, false, s.Plain, c, per)
		if err != nil {
			return nil, err
		}
		rep.Latency = append(rep.Latency, l)
	}
	if rep.Memory, err = readMemory(); err != nil {
		return nil, err
	}
	return rep, nil
}

// dirMiB is the size of the files under dir.
func dirMiB(dir string) (float64, error) {
	var bytes int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		bytes += fi.Size()
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("size of index %s: %w", dir, err)
	}
	return float64(bytes) / (1 << 20), nil
}
