package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"leian/corpus/docstore"
	"leian/corpus/ingest/source"
)

// BenchResult is one timed ingest of the whole bundle into an empty store.
type BenchResult struct {
	Documents     int     `json:"documents"` // stored after the run
	Records       int     `json:"records"`   // read, rejected included
	Workers       int     `json:"workers"`
	Seconds       float64 `json:"seconds"`
	DocsPerSecond float64 `json:"docs_per_second"` // stored documents per second, whole pipeline
	PeakRSSMiB    float64 `json:"peak_rss_mib"`    // VmHWM of this process
	StoreMiB      float64 `json:"store_mib"`       // size of the database file
	CPUSeconds    float64 `json:"cpu_seconds"`     // user and system
	// Reextract are the upgrade's runs on the filled store, when asked for.
	Reextract []ReextractRun `json:"reextract,omitempty"`
}

// Bench ingests the bundle at dataDir into a fresh store under tmpHome and
// times it; with reextract, then times an extractor upgrade on that store
// (BenchReextract). tmpHome is left for the caller to remove.
func Bench(ctx context.Context, dataDir, tmpHome string, opt Options, reextract bool) (*BenchResult, error) {
	files, err := source.Bundle(dataDir)
	if err != nil {
		return nil, err
	}
	st, err := docstore.Open(filepath.Join(tmpHome, "docs.db"))
	if err != nil {
		return nil, err
	}
	defer st.Close()
	cpu0, err := cpuSeconds()
	if err != nil {
		return nil, err
	}
	start := time.Now()
	sum, err := Run(ctx, st, files, opt)
	if err != nil {
		return nil, err
	}
	secs := time.Since(start).Seconds()
	cpu1, err := cpuSeconds()
	if err != nil {
		return nil, err
	}
	res := &BenchResult{Documents: sum.Store.Documents, Records: sum.Records, Workers: opt.withDefaults().Workers,
		Seconds: secs, DocsPerSecond: float64(sum.Store.Documents) / secs, CPUSeconds: cpu1 - cpu0}
	if reextract {
		if res.Reextract, err = BenchReextract(ctx, st, files, opt); err != nil {
			return nil, err
		}
	}
	if fi, err := os.Stat(st.Path()); err == nil {
		res.StoreMiB = float64(fi.Size()) / (1 << 20)
	}
	kib, err := PeakRSSKiB()
	if err != nil {
		return nil, err
	}
	res.PeakRSSMiB = float64(kib) / 1024
	return res, nil
}

// PeakRSSKiB reads this process's peak resident set (VmHWM) from /proc.
func PeakRSSKiB() (int64, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, fmt.Errorf("peak RSS: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("/proc/self/status VmHWM %q: %w", v, err)
			}
			return n, nil
		}
	}
	return 0, fmt.Errorf("/proc/self/status: no VmHWM line")
}
