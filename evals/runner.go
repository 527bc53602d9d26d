package evals

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Runner runs suites and records each run. Suites is the explicit list of
// every suite `leian eval` knows.
type Runner struct {
	Suites  []Suite
	Records Records
	// Config is the configuration recorded with each run (no secrets).
	Config map[string]string
	Log    *slog.Logger
}

// Find returns the suite called name.
func (r *Runner) Find(name string) (Suite, error) {
	for _, s := range r.Suites {
		if s.Name == name {
			return s, nil
		}
	}
	names := make([]string, len(r.Suites))
	for i, s := range r.Suites {
		names[i] = s.Name
	}
	return Suite{}, fmt.Errorf("no eval suite %q (have %v)", name, names)
}

// Run runs one suite on in, writes its record and returns it.
func (r *Runner) Run(ctx context.Context, name string, in Input) (*Record, error) {
	s, err := r.Find(name)
	if err != nil {
		return nil, err
	}
	started := time.Now()
	// The code that runs is the binary's: a binary built by go build
	// carries its commit; otherwise (go run, go test) the one checked out
	// now, read before the run so that a commit made while a long run is
	// under way does not label it.
	commit, ok := buildCommit()
	if !ok {
		wd, _ := os.Getwd()
		commit = gitCommit(ctx, wd)
	}
	res, err := s.Run(ctx, in)
	if err != nil {
		return nil, fmt.Errorf("eval %s: %w", name, err)
	}
	if in.RunFile != "" && res.Split == "" {
		res.Split = SplitDev // another system's output: nothing of ours was fitted
	}
	if err := checkFooting(res); err != nil {
		return nil, err
	}
	rec := &Record{
		Suite: name, N: res.N, Metrics: res.Metrics, Baselines: res.Baselines,
		Items: res.Items, Notes: res.Notes, Method: res.Method, RunFile: in.RunFile,
		Split: res.Split, Footing: res.Footing,
		Config: r.Config, Args: in.Args, Limit: in.Limit, Seed: in.Seed,
		Started: started.UTC(), Duration: time.Since(started).Seconds(),
		Order: metricOrder(s.Metrics, res.Metrics),
	}
	files := res.Files
	if len(files) == 0 { // a suite that does not list its files read its dataset
		files = []string{cmp.Or(in.File, filepath.Join(in.DataDir, s.Dataset))}
	}
	if rec.Data, err = hashFiles(files); err != nil {
		return nil, fmt.Errorf("eval %s: %w", name, err)
	}
	rec.Commit = commit
	path, err := r.Records.Write(rec)
	if err != nil {
		return nil, err
	}
	if r.Log != nil {
		r.Log.Info("eval run recorded", "suite", name, "n", rec.N, "record", path, "seconds", rec.Duration)
	}
	return rec, nil
}

// RunAll runs every suite on its default data with in's seed, limit and
// engine; suite-specific flags and --run files do not apply across suites.
// A failing suite does not stop the others; the errors are joined.
func (r *Runner) RunAll(ctx context.Context, in Input) ([]*Record, error) {
	var recs []*Record
	var errs []error
	for _, s := range r.Suites {
		one := Input{DataDir: in.DataDir, Limit: in.Limit, Seed: in.Seed, Ranker: in.Ranker, Similarity: in.Similarity}
		rec, err := r.Run(ctx, s.Name, one)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		recs = append(recs, rec)
	}
	return recs, errors.Join(errs...)
}

// metricOrder lists the metrics in the order the suite's Metrics line
// names them, then any others alphabetically.
func metricOrder(line string, got map[string]float64) []string {
	var order []string
	for _, name := range strings.Split(line, ",") {
		if name = strings.TrimSpace(name); got != nil {
			if _, ok := got[name]; ok && !slices.Contains(order, name) {
				order = append(order, name)
			}
		}
	}
	for _, name := range sortedKeys(got) {
		if !slices.Contains(order, name) {
			order = append(order, name)
		}
	}
	return order
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
