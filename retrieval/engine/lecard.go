package engine

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"leian/corpus"
	"leian/corpus/ingest"
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
	err := eachJSONLine(path, false, func(line int, b []byte) error {
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

// LeCaRDCandidates reads the pooled candidates as documents, the way the
// eval hands them over: facts, reasoning and verdict as sections. A nil
// want reads every candidate.
func LeCaRDCandidates(dataDir string, want map[string]bool) (map[string]*corpus.Document, error) {
	path := filepath.Join(dataDir, "lecard", "candidates.jsonl.gz")
	docs := map[string]*corpus.Document{}
	err := eachJSONLine(path, true, func(line int, b []byte) error {
		var c struct {
			ID, Ajjbqk, Cpfxgc, Pjjg, Qw, WritName string
		}
		if err := json.Unmarshal(b, &c); err != nil {
			return fmt.Errorf("%s line %d: %w", path, line, err)
		}
		if id := "lecard:" + c.ID; want == nil || want[id] {
			docs[id] = &corpus.Document{ID: id, CaseType: corpus.Criminal, Title: c.WritName, Text: c.Qw, ContentHash: ingest.ContentHash(c.Qw),
				Sources:  []corpus.SourceRef{{Source: "lecard", SourceID: c.ID, File: path, Line: line}},
				Sections: map[string]string{"facts": c.Ajjbqk, "reasoning": c.Cpfxgc, "verdict": c.Pjjg}}
		}
		return nil
	})
	return docs, err
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

func eachJSONLine(path string, gz bool, fn func(line int, b []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("lecard: %w", err)
	}
	defer f.Close()
	var sc *bufio.Scanner
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("lecard %s: %w", path, err)
		}
		sc = bufio.NewScanner(zr)
	} else {
		sc = bufio.NewScanner(f)
	}
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
