package benchmark

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"leian/retrieval"
)

// Searcher answers a similar-case push (engine.Engine).
type Searcher interface {
	Search(ctx context.Context, q retrieval.Query) ([]retrieval.Result, error)
}

// Latency summarises the timed pushes of one (store, filtered) pair, in
// milliseconds, percentiles by nearest rank.
type Latency struct {
	Store    string  `json:"store"`
	Filtered bool    `json:"filtered"`
	Clients  int     `json:"clients"` // pushes sent at once, each client waiting for its answer
	Pushes   int     `json:"pushes"`
	Results  int     `json:"results"` // returned over all pushes
	MeanMS   float64 `json:"mean_ms"`
	P50MS    float64 `json:"p50_ms"`
	P90MS    float64 `json:"p90_ms"`
	P99MS    float64 `json:"p99_ms"`
	MaxMS    float64 `json:"max_ms"`
	// CPUMS is this process's CPU time per push: unlike wall time it does
	// not grow when other processes share the cores. The Postgres server's
	// own CPU is not in it.
	CPUMS float64 `json:"cpu_ms"`
	// ServerCPUMS is the Postgres server's CPU time per push, summed over
	// the backends of the bench database (0: not measured).
	ServerCPUMS float64 `json:"server_cpu_ms,omitempty"`
	// Each is every push of a single-client run, in the order sent, when
	// Setup.EachPush asks for them.
	Each []PushTiming `json:"each,omitempty"`
}

// PushTiming is one push of a single-client run, in milliseconds: its wall
// time, and what the client and the server ran and waited for a core
// meanwhile, which tell a push that costs more from one that queued.
type PushTiming struct {
	Push       int     `json:"push"` // index in Setup.Plain or Setup.Filtered
	WallMS     float64 `json:"wall_ms"`
	CPUMS      float64 `json:"cpu_ms"`
	WaitMS     float64 `json:"wait_ms"`
	ServerCPU  float64 `json:"server_cpu_ms,omitempty"`
	ServerWait float64 `json:"server_wait_ms,omitempty"`
}

// serverSampler returns the server time used since its last call; nil when
// the store has no server.
type serverSampler func(context.Context) (schedTimes, error)

// startServer takes the first sample of server.
func startServer(ctx context.Context, server serverSampler) error {
	if server == nil {
		return nil
	}
	_, err := server(ctx)
	return err
}

// serverPerPush is the server CPU per push of n pushes since startServer.
func serverPerPush(ctx context.Context, server serverSampler, n int) (float64, error) {
	if server == nil {
		return 0, nil
	}
	used, err := server(ctx)
	return ms(used.CPU / time.Duration(max(1, n))), err
}

// measure runs every push once, timing each, after warm-up pushes that
// fill the caches the way a serving process has them filled. With each,
// every push is also sampled on its own, between pushes (Latency.Each);
// the CPU per push is then the sum of the pushes' own.
func measure(ctx context.Context, s Searcher, server serverSampler, store string, filtered bool, qs []retrieval.Query, warmup int, each bool) (Latency, error) {
	for i := range min(warmup, len(qs)) {
		if _, err := s.Search(ctx, qs[i]); err != nil {
			return Latency{}, fmt.Errorf("%s warm-up push %d: %w", store, i, err)
		}
	}
	l := Latency{Store: store, Filtered: filtered, Clients: 1, Pushes: len(qs)}
	took := make([]time.Duration, 0, len(qs))
	if err := startServer(ctx, server); err != nil {
		return Latency{}, err
	}
	first, err := sampleSelf()
	if err != nil {
		return Latency{}, err
	}
	before := first
	var used, serverUsed time.Duration
	for i, q := range qs {
		start := time.Now()
		rs, err := s.Search(ctx, q)
		if err != nil {
			return Latency{}, fmt.Errorf("%s push %d (filter %+v): %w", store, i, q.Filter, err)
		}
		wall := time.Since(start)
		took = append(took, wall)
		l.Results += len(rs)
		if !each {
			continue
		}
		after, err := sampleSelf()
		if err != nil {
			return Latency{}, err
		}
		used += after.CPU - before.CPU
		p := PushTiming{Push: i, WallMS: ms(wall), CPUMS: ms(after.CPU - before.CPU), WaitMS: ms(max(0, after.Wait-before.Wait))}
		if server != nil {
			st, err := server(ctx)
			if err != nil {
				return Latency{}, err
			}
			serverUsed += st.CPU
			p.ServerCPU, p.ServerWait = ms(st.CPU), ms(st.Wait)
		}
		l.Each = append(l.Each, p)
		if before, err = sampleSelf(); err != nil {
			return Latency{}, err
		}
	}
	l.summarise(took)
	n := time.Duration(max(1, len(qs)))
	if each {
		l.CPUMS = ms(used / n)
		if server != nil {
			l.ServerCPUMS = ms(serverUsed / n)
		}
		return l, nil
	}
	last, err := sampleSelf()
	if err != nil {
		return Latency{}, err
	}
	l.CPUMS = ms((last.CPU - first.CPU) / n)
	if l.ServerCPUMS, err = serverPerPush(ctx, server, len(qs)); err != nil {
		return Latency{}, err
	}
	return l, nil
}

// sampleSelf is this process's CPU time and its threads' wait for a core.
func sampleSelf() (schedTimes, error) {
	cpu, err := cpuTime()
	if err != nil {
		return schedTimes{}, err
	}
	wait, err := selfWait()
	return schedTimes{CPU: cpu, Wait: wait}, err
}

// measureConcurrent has clients send pushes at once, each the next of qs
// (cycled) as soon as its previous answer came, until every client sent
// perClient; each push's latency runs from its send to its answer. The
// pushes run on warm caches: measure ran first.
func measureConcurrent(ctx context.Context, s Searcher, server serverSampler, store string, filtered bool, qs []retrieval.Query, clients, perClient int) (Latency, error) {
	if len(qs) == 0 || clients < 1 {
		return Latency{}, fmt.Errorf("%s concurrent pushes: no pushes or clients", store)
	}
	l := Latency{Store: store, Filtered: filtered, Clients: clients, Pushes: clients * perClient}
	took := make([][]time.Duration, clients)
	results := make([]int, clients)
	errs := make([]error, clients)
	if err := startServer(ctx, server); err != nil {
		return Latency{}, err
	}
	cpu0, err := cpuTime()
	if err != nil {
		return Latency{}, err
	}
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			for i := range perClient {
				q := qs[(c*perClient+i)%len(qs)]
				start := time.Now()
				rs, err := s.Search(ctx, q)
				if err != nil {
					errs[c] = fmt.Errorf("%s client %d push %d: %w", store, c, i, err)
					return
				}
				took[c] = append(took[c], time.Since(start))
				results[c] += len(rs)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return Latency{}, err
	}
	cpu1, err := cpuTime()
	if err != nil {
		return Latency{}, err
	}
	var all []time.Duration
	for c := range clients {
		all = append(all, took[c]...)
		l.Results += results[c]
	}
	l.summarise(all)
	l.CPUMS = ms((cpu1 - cpu0) / time.Duration(max(1, len(all))))
	if l.ServerCPUMS, err = serverPerPush(ctx, server, len(all)); err != nil {
		return Latency{}, err
	}
	return l, nil
}

func (l *Latency) summarise(took []time.Duration) {
	if len(took) == 0 {
		return
	}
	slices.Sort(took)
	var sum time.Duration
	for _, d := range took {
		sum += d
	}
	l.MeanMS = ms(sum / time.Duration(len(took)))
	l.P50MS, l.P90MS, l.P99MS = ms(rank(took, 0.50)), ms(rank(took, 0.90)), ms(rank(took, 0.99))
	l.MaxMS = ms(took[len(took)-1])
}

// rank is the nearest-rank p-quantile of sorted ds.
func rank(ds []time.Duration, p float64) time.Duration {
	i := int(math.Ceil(p*float64(len(ds)))) - 1
	return ds[max(0, min(i, len(ds)-1))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// cpuTime is the user and system CPU time this process has used.
func cpuTime() (time.Duration, error) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, fmt.Errorf("cpu time: %w", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), nil
}

// Memory is this process's resident set, read from /proc/self/status.
type Memory struct {
	RSSMiB     float64 `json:"rss_mib"`      // VmRSS now
	PeakRSSMiB float64 `json:"peak_rss_mib"` // VmHWM: the process's peak so far
}

// readMemory reads VmRSS and VmHWM.
func readMemory() (Memory, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return Memory{}, fmt.Errorf("memory: %w", err)
	}
	defer f.Close()
	var m Memory
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if !ok || (key != "VmRSS" && key != "VmHWM") {
			continue
		}
		kib, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(val), "kB")), 10, 64)
		if err != nil {
			return Memory{}, fmt.Errorf("/proc/self/status %s %q: %w", key, val, err)
		}
		if key == "VmRSS" {
			m.RSSMiB = float64(kib) / 1024
		} else {
			m.PeakRSSMiB = float64(kib) / 1024
		}
	}
	if err := sc.Err(); err != nil {
		return Memory{}, fmt.Errorf("/proc/self/status: %w", err)
	}
	return m, nil
}
