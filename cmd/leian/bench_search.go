package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"

	"github.com/spf13/cobra"

	"leian/cmd/leian/internal/benchmark"
	"leian/corpus/docstore"
	"leian/corpus/ingest/show"
	"leian/internal/lecard"
	"leian/retrieval/engine"
)

func newBenchSearchCmd(a *app) *cobra.Command {
	var queries, k, warmup, perClient, slowest int
	var clients []int
	var asJSON, noEmbedded, separate, checkJoint bool
	var cpuProfile, database string
	var efs []int
	cmd := &cobra.Command{
		Use:   "search",
		Short: "Similar-case push latency, index size and memory: embedded store, and Postgres with --postgres-url",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if err := a.cfg.RequireData(); err != nil {
				return err
			}
			docs, err := docstore.OpenReadOnly(a.cfg.Path("docs.db"))
			if err != nil {
				return err
			}
			defer docs.Close()
			dir := a.cfg.Path("index")
			s := benchmark.Setup{Docs: docs, IndexDir: dir, Workers: a.cfg.Workers, Warmup: warmup, Clients: clients, PerClient: perClient, PostgresURL: a.cfg.PostgresURL, Log: a.log,
				Database: database, NoEmbedded: noEmbedded, EfSearch: efs, Separate: separate, CheckJoint: checkJoint, EachPush: slowest > 0}
			if s.Embedder, err = engine.LoadEmbedder(dir, a.cfg.EmbeddingsURL, a.cfg.EmbeddingsModel, a.cfg.LLMKey); err != nil {
				return err
			}
			if s.Vocab, err = engine.LoadVocabulary(dir); err != nil {
				return err
			}
			if s.Summaries, err = engine.LoadSummaries(dir); err != nil {
				return err
			}
			defer s.Summaries.Close()
			if s.Weights, err = engine.LoadWeightsOrRRF(dir, a.cfg.Store, a.log); err != nil {
				return err
			}
			l, err := lecard.Load(a.cfg.Data)
			if err != nil {
				return err
			}
			s.Plain, s.Filtered = benchmark.Pushes(l, s.Vocab, queries, k)
			stop, err := startCPUProfile(cpuProfile)
			if err != nil {
				return err
			}
			r, err := benchmark.Search(ctx, s)
			stop()
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(r)
			}
			return writeSearchBench(cmd.OutOrStdout(), r, slowest)
		},
	}
	cmd.Flags().IntVar(&queries, "queries", 77, "LeCaRD dev queries to push (longest first, cut to 500 characters)")
	cmd.Flags().IntVar(&k, "k", 10, "results per push")
	cmd.Flags().IntVar(&warmup, "warmup", 10, "untimed pushes before each timed run")
	cmd.Flags().IntSliceVar(&clients, "clients", []int{8, 32}, "concurrent clients to time after the single-client runs (empty: none)")
	cmd.Flags().IntVar(&perClient, "per-client", 0, "unfiltered pushes each concurrent client sends (0: twice --queries in all)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	cmd.Flags().BoolVar(&noEmbedded, "no-embedded", false, "time Postgres only (sizes the embedded store cannot hold)")
	cmd.Flags().StringVar(&database, "database", benchmark.Database, "Postgres database the bench loads (created when missing; its store is replaced when it holds another number of documents)")
	cmd.Flags().IntSliceVar(&efs, "ef-search", nil, "measure the Postgres HNSW recall@10/@100 against exact search at these hnsw.ef_search values (e.g. 100,200,400)")
	cmd.Flags().BoolVar(&separate, "separate", false, "Postgres: find candidates with separate statements, as before the one-statement search (for comparison)")
	cmd.Flags().BoolVar(&checkJoint, "check-joint", false, "Postgres: send every push with and without the one-statement search and compare the results")
	cmd.Flags().IntVar(&slowest, "slowest", 0, "time every single-client push on its own and list the n slowest of each row, with the CPU and the wait for a core of the bench and of the server during each (--json: every push)")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	return cmd
}

// serverCPU is the Postgres server's CPU per push, "-" for the embedded store.
func serverCPU(l benchmark.Latency) string {
	if l.Store != "postgres" {
		return "-"
	}
	return ms1(l.ServerCPUMS)
}

func writeSearchBench(w io.Writer, r *benchmark.Report, slowest int) error {
	t := show.Table{Title: fmt.Sprintf("类案推送基准（%d 篇文书，%d 次推送/组，查询平均 %.0f 字，k=%d；筛选=罪名+%d–%d年）",
		r.Documents, r.Pushes, r.QueryRunes, r.K, benchmark.FilterYearFrom, benchmark.FilterYearTo),
		Header: []string{"存储", "筛选", "并发", "文书数", "平均（毫秒）", "p50", "p90", "p99", "最大", "CPU（毫秒/次）", "数据库 CPU（毫秒/次）", "结果数", "索引大小（MiB）", "RSS（MiB）", "峰值 RSS（MiB）"}}
	for _, s := range r.Stores {
		for _, l := range s.Latency {
			filtered := "无"
			if l.Filtered {
				filtered = "有"
			}
			t.Add(storeName(s.Store), filtered, l.Clients, s.Documents, ms1(l.MeanMS), ms1(l.P50MS), ms1(l.P90MS), ms1(l.P99MS), ms1(l.MaxMS), ms1(l.CPUMS),
				serverCPU(l), l.Results, fmt.Sprintf("%.0f", s.IndexMiB), fmt.Sprintf("%.0f", s.Memory.RSSMiB), fmt.Sprintf("%.0f", s.Memory.PeakRSSMiB))
		}
	}
	if _, err := t.WriteTo(w); err != nil {
		return err
	}
	for _, s := range r.Stores {
		if s.Store != "postgres" {
			continue
		}
		switch {
		case s.Reused:
			fmt.Fprintf(w, "Postgres：沿用数据库中已载入的 %d 篇文书\n", s.Documents)
		case s.Bulk != nil:
			b := s.Bulk
			fmt.Fprintf(w, "Postgres：批量载入 %d 篇文书用时 %.0f 秒（含读取与向量化；分词 %.0f 秒，COPY %.0f 秒、%d 条倒排，建索引 %.0f 秒；%.0f 篇/秒）\n",
				b.Documents, s.LoadSeconds, b.CutSeconds, b.CopySeconds, b.Postings, b.IndexSeconds, float64(b.Documents)/max(s.LoadSeconds, 1e-9))
		default:
			fmt.Fprintf(w, "Postgres：载入文书用时 %.0f 秒\n", s.LoadSeconds)
		}
		if c := s.Joint; c != nil {
			fmt.Fprintf(w, "Postgres：单语句检索与分语句检索结果（编号及顺序）相同的推送 %d/%d，得分最大差 %.2g\n", c.Same, c.Pushes, c.MaxScoreDiff)
		}
	}
	if slowest > 0 {
		if err := writeSlowest(w, r, slowest); err != nil {
			return err
		}
	}
	if len(r.HNSW) > 0 {
		t := show.Table{Title: "HNSW 召回（相对精确检索，推送的查询向量，k=100）", Header: []string{"ef_search", "筛选", "查询数", "recall@10", "recall@100", "平均（毫秒）", "精确检索（毫秒）"}}
		for _, h := range r.HNSW {
			filtered := "无"
			if h.Filtered {
				filtered = "有"
			}
			t.Add(h.EfSearch, filtered, h.Queries, fmt.Sprintf("%.3f", h.RecallAt10), fmt.Sprintf("%.3f", h.RecallAt100), ms1(h.MeanMS), ms1(h.ExactMS))
		}
		if _, err := t.WriteTo(w); err != nil {
			return err
		}
	}
	for _, sd := range r.Slowdown {
		kind := "不筛选"
		if sd.Filtered {
			kind = "筛选"
		}
		fmt.Fprintf(w, "Postgres / 内嵌（%s）：p50 %.1f 倍，p99 %.1f 倍\n", kind, sd.P50, sd.P99)
	}
	return nil
}

func storeName(s string) string {
	if s == "embedded" {
		return "内嵌"
	}
	return "Postgres"
}

func ms1(v float64) string { return fmt.Sprintf("%.1f", v) }

// startCPUProfile profiles the process into path until stop is called;
// with no path it does nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// writeSlowest lists the n slowest pushes of each single-client row: what
// the bench process and the database's backends ran and waited for a core
// during each, which tells a costly push from one that queued.
func writeSlowest(w io.Writer, r *benchmark.Report, n int) error {
	t := show.Table{Title: fmt.Sprintf("最慢的 %d 次推送（单客户端；毫秒）", n),
		Header: []string{"存储", "筛选", "推送序号", "耗时", "本进程 CPU", "本进程等待", "数据库 CPU", "数据库等待"}}
	for _, s := range r.Stores {
		for _, l := range s.Latency {
			each := slices.Clone(l.Each)
			slices.SortFunc(each, func(a, b benchmark.PushTiming) int { return cmp.Compare(b.WallMS, a.WallMS) })
			filtered := "无"
			if l.Filtered {
				filtered = "有"
			}
			for _, p := range each[:min(n, len(each))] {
				t.Add(storeName(s.Store), filtered, p.Push, ms1(p.WallMS), ms1(p.CPUMS), ms1(p.WaitMS), ms1(p.ServerCPU), ms1(p.ServerWait))
			}
		}
	}
	_, err := t.WriteTo(w)
	return err
}
