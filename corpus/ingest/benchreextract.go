package ingest

import (
	"context"
	"fmt"
	"syscall"
	"time"

	"leian/corpus/docstore"
	"leian/corpus/ingest/source"
)

// ReextractRun is one timed run of BenchReextract.
type ReextractRun struct {
	Name        string  `json:"name"`
	Reextracted int     `json:"reextracted"`
	Swept       int     `json:"swept"`
	Seconds     float64 `json:"seconds"`
	CPUSeconds  float64 `json:"cpu_seconds"` // user and system: holds on a machine shared with others
}

// BenchReextract times, on store st that a run at opt.ExtractVersion just
// filled from files, what an extractor upgrade costs: a re-run with nothing
// to do, every document swept from its stored text under the next version
// (no file read), and every document re-extracted as its records are read
// under the one after. The store is left at that version.
func BenchReextract(ctx context.Context, st *docstore.Store, files []source.File, opt Options) ([]ReextractRun, error) {
	opt = opt.withDefaults()
	runs := []struct {
		name    string
		files   []source.File
		version int
	}{
		{"nothing to do", files, opt.ExtractVersion},
		{"upgrade, swept", nil, opt.ExtractVersion + 1},
		{"upgrade, files read", files, opt.ExtractVersion + 2},
	}
	var out []ReextractRun
	for _, r := range runs {
		o := opt
		o.ExtractVersion = r.version
		cpu0, err := cpuSeconds()
		if err != nil {
			return nil, err
		}
		start := time.Now()
		sum, err := Run(ctx, st, r.files, o)
		if err != nil {
			return nil, fmt.Errorf("bench %s: %w", r.name, err)
		}
		cpu1, err := cpuSeconds()
		if err != nil {
			return nil, err
		}
		out = append(out, ReextractRun{Name: r.name, Reextracted: sum.Total.Reextracted, Swept: sum.Swept,
			Seconds: time.Since(start).Seconds(), CPUSeconds: cpu1 - cpu0})
	}
	return out, nil
}

// cpuSeconds is the CPU this process has used, user and system.
func cpuSeconds() (float64, error) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, fmt.Errorf("CPU time: %w", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds(), nil
}
