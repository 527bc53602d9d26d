package engine

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"leian/corpus"
	"leian/evals"
)

// LeCaRD is the LeCaRD dev data the fusion weights are tuned on. Document
// IDs are Leian's ("lecard:<id>").
type LeCaRD struct {
	Queries []evals.CaseQuery
	Grades  map[string]map[string]float64 // query → document → grade 0–3
	Pools   map[string][]string           // query → document IDs
}

// LoadLeCaRD reads queries, labels and pools from the bundle's lecard folder.
func LoadLeCaRD(dataDir string) (*LeCaRD, error) {
	dir := filepath.Join(dataDir, "lecard")
	var labels map[string]map[string]int
	var pools map[string][]string
	if err := readJSON(filepath.Join(dir, "labels.json"), &labels); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(dir, "pools.json"), &pools); err != nil {
		return nil, err
	}
	l := &LeCaRD{Grades: map[string]map[string]float64{}, Pools: map[string][]string{}}
	for q, ids := range pools {
		for _, id := range ids {
			l.Pools[q] = append(l.Pools[q], "lecard:"+id)
		}
	}
	for q, gs := range labels {
		l.Grades[q] = map[string]float64{}
		for id, g := range gs {
			l.Grades[q]["lecard:"+id] = float64(g)
		}
	}
	path := filepath.Join(dir, "queries.jsonl")
	err := eachJSONLine(path, func(line int, b []byte) error {
		var rec struct {
			RIdx  int      `json:"ridx"`
			Q     string   `json:"q"`
			Crime []string `json:"crime"`
		}
		if err := json.Unmarshal(b, &rec); err != nil {
			return fmt.Errorf("%s line %d: %w", path, line, err)
		}
		id := strconv.Itoa(rec.RIdx)
		if len(l.Grades[id]) > 0 {
			l.Queries = append(l.Queries, evals.CaseQuery{ID: id, Facts: rec.Q, Charges: rec.Crime})
		}
		return nil
	})
	sort.Slice(l.Queries, func(i, j int) bool { return l.Queries[i].ID < l.Queries[j].ID })
	return l, err
}

// LeCaRDCandidates reads the candidates whose Leian IDs ("lecard:<id>")
// are in want, keyed by Leian ID, exactly as the lecard eval hands them over.
func LeCaRDCandidates(dataDir string, want map[string]bool) (map[string]*corpus.Document, error) {
	raw := make(map[string]bool, len(want))
	for id := range want {
		raw[strings.TrimPrefix(id, "lecard:")] = true
	}
	found, err := evals.ReadLeCaRDCandidates(filepath.Join(dataDir, "lecard", "candidates.jsonl.gz"), raw)
	if err != nil {
		return nil, err
	}
	docs := make(map[string]*corpus.Document, len(found))
	for _, d := range found {
		docs[d.ID] = d
	}
	return docs, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("lecard: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("lecard %s: %w", path, err)
	}
	return nil
}

func eachJSONLine(path string, fn func(line int, b []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("lecard: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	for line := 1; sc.Scan(); line++ {
		if err := fn(line, sc.Bytes()); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lecard %s: %w", path, err)
	}
	return nil
}
