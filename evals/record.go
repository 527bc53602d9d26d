package evals

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Record is one finished run as written under LEIAN_HOME/evals/.
type Record struct {
	ID        string                        `json:"id"` // file name without .json
	Suite     string                        `json:"suite"`
	N         int                           `json:"n"`
	Metrics   map[string]float64            `json:"metrics"`
	Order     []string                      `json:"metric_order,omitempty"` // how tables list Metrics
	Baselines map[string]map[string]float64 `json:"baselines,omitempty"`
	Items     []Item                        `json:"items"`
	Notes     []string                      `json:"notes,omitempty"`
	Method    string                        `json:"method,omitempty"`
	Split     string                        `json:"split,omitempty"`
	Footing   map[string]string             `json:"footing,omitempty"`
	Data      []FileHash                    `json:"data"` // dataset, labels and --run files read
	RunFile   string                        `json:"run_file,omitempty"`
	Commit    string                        `json:"commit"` // git commit of the code, or "unknown"
	Config    map[string]string             `json:"config,omitempty"`
	Args      map[string]string             `json:"args,omitempty"`
	Limit     int                           `json:"limit,omitempty"`
	Seed      int64                         `json:"seed"`
	Started   time.Time                     `json:"started"`
	Duration  float64                       `json:"duration_seconds"`
}

// FileHash names a data file and its SHA-256.
type FileHash struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

// Result returns the record's result, as --json prints it.
func (r *Record) Result() Result {
	return Result{Suite: r.Suite, N: r.N, Metrics: r.Metrics, Baselines: r.Baselines, Items: r.Items, Notes: r.Notes, Method: r.Method, Split: r.Split, Footing: r.Footing}
}

// Records reads and writes run records in one folder.
type Records struct {
	Dir string // LEIAN_HOME/evals
}

// Write stores rec as Dir/<id>.json, choosing the id from suite and time.
func (s Records) Write(rec *Record) (string, error) {
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return "", fmt.Errorf("eval records folder: %w", err)
	}
	rec.ID = rec.Suite + "-" + rec.Started.UTC().Format("20060102T150405.000Z")
	rec.ID = strings.ReplaceAll(rec.ID, ".", "")
	b, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return "", fmt.Errorf("encode run record %s: %w", rec.ID, err)
	}
	path := filepath.Join(s.Dir, rec.ID+".json")
	if err := os.WriteFile(path, append(b, '\n'), 0o600); err != nil {
		return "", fmt.Errorf("write run record: %w", err)
	}
	return path, nil
}

// ReadRecord reads one run record file.
func ReadRecord(path string) (*Record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("run record: %w", err)
	}
	var rec Record
	if err := json.Unmarshal(b, &rec); err != nil {
		return nil, fmt.Errorf("run record %s: %w", path, err)
	}
	if rec.Suite == "" {
		return nil, fmt.Errorf("run record %s: no suite", path)
	}
	return &rec, nil
}

// List returns every record in Dir, oldest first.
func (s Records) List() ([]*Record, error) {
	paths, err := filepath.Glob(filepath.Join(s.Dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list run records in %s: %w", s.Dir, err)
	}
	var recs []*Record
	for _, p := range paths {
		rec, err := ReadRecord(p)
		if err != nil {
			return nil, err
		}
		recs = append(recs, rec)
	}
	slices.SortStableFunc(recs, func(a, b *Record) int { return a.Started.Compare(b.Started) })
	return recs, nil
}

// Resolve finds the record ref names: a record file path, a record id,
// "latest" (newest run), "previous" (the run before the newest of the same
// suite), or "SUITE:latest" / "SUITE:previous".
func (s Records) Resolve(ref string) (*Record, error) {
	if st, err := os.Stat(ref); err == nil && !st.IsDir() {
		return ReadRecord(ref)
	}
	suite, which, scoped := strings.Cut(ref, ":")
	if !scoped {
		suite, which = "", ref
	}
	if which != "latest" && which != "previous" {
		path := filepath.Join(s.Dir, ref+".json")
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("run %q: not a record file, record id, latest or previous", ref)
		}
		return ReadRecord(path)
	}
	recs, err := s.List()
	if err != nil {
		return nil, err
	}
	if suite == "" && len(recs) > 0 {
		suite = recs[len(recs)-1].Suite
	}
	recs = slices.DeleteFunc(recs, func(r *Record) bool { return r.Suite != suite })
	back := 1
	if which == "previous" {
		back = 2
	}
	if len(recs) < back {
		return nil, fmt.Errorf("run %q: only %d recorded run(s) of suite %q in %s", ref, len(recs), cmp.Or(suite, "any"), s.Dir)
	}
	return recs[len(recs)-back], nil
}

// Latest returns the newest result of each suite, by suite name; the API
// shows it on its evaluation page.
func (s Records) Latest(_ context.Context) ([]Result, error) {
	recs, err := s.List()
	if err != nil {
		return nil, err
	}
	bySuite := make(map[string]*Record)
	for _, r := range recs {
		bySuite[r.Suite] = r
	}
	var out []Result
	for _, name := range slices.Sorted(maps.Keys(bySuite)) {
		out = append(out, bySuite[name].Result())
	}
	return out, nil
}
