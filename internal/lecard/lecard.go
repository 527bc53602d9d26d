// Package lecard reads the LeCaRD dev data of the bundle: queries, graded
// labels, candidate pools and candidate judgments, for every reader alike.
package lecard

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"leian/corpus"
	"leian/corpus/ingest"
	"leian/retrieval"
)

// IDPrefix turns a LeCaRD candidate id into the id Leian stores it under.
const IDPrefix = "lecard:"

// QueryIDPrefix turns a LeCaRD query id (ridx) into the id Leian stores
// the query's own record under, which a whole-store search leaves out.
const QueryIDPrefix = "lecard-query:"

// Files are the bundle files a Set is read from.
type Files struct {
	Queries, Labels, Pools string
}

// DefaultFiles are the bundle's own files under dataDir.
func DefaultFiles(dataDir string) Files {
	dir := filepath.Join(dataDir, "lecard")
	return Files{
		Queries: filepath.Join(dir, "queries.jsonl"),
		Labels:  filepath.Join(dir, "labels.json"),
		Pools:   filepath.Join(dir, "pools.json"),
	}
}

// CandidatesPath is the candidate judgments file under dataDir.
func CandidatesPath(dataDir string) string {
	return filepath.Join(dataDir, "lecard", "candidates.jsonl.gz")
}

// Set is the labelled LeCaRD queries in file order, with their graded
// labels and pools keyed by query id (ridx) and LeCaRD candidate id.
type Set struct {
	Queries []retrieval.CaseQuery
	Labels  map[string]map[string]int
	Pools   map[string][]string
}

// Load reads the bundle's LeCaRD dev data.
func Load(dataDir string) (*Set, error) { return LoadFiles(DefaultFiles(dataDir)) }

// LoadFiles reads f, keeping the queries that have labels, in file order.
func LoadFiles(f Files) (*Set, error) {
	s := &Set{}
	if err := readJSON(f.Labels, "lecard labels", &s.Labels); err != nil {
		return nil, err
	}
	if err := readJSON(f.Pools, "lecard pools", &s.Pools); err != nil {
		return nil, err
	}
	qs, err := readQueries(f.Queries)
	if err != nil {
		return nil, err
	}
	for _, q := range qs {
		if len(s.Labels[q.ID]) > 0 {
			s.Queries = append(s.Queries, q)
		}
	}
	if len(s.Queries) == 0 {
		return nil, fmt.Errorf("lecard: no query in %s has labels in %s", f.Queries, f.Labels)
	}
	return s, nil
}

// Grades returns query id → Leian document id → grade, as tuning reads them.
func (s *Set) Grades() map[string]map[string]float64 {
	out := make(map[string]map[string]float64, len(s.Labels))
	for q, gs := range s.Labels {
		m := make(map[string]float64, len(gs))
		for id, g := range gs {
			m[IDPrefix+id] = float64(g)
		}
		out[q] = m
	}
	return out
}

// PoolIDs returns query q's pool as Leian document ids.
func (s *Set) PoolIDs(q string) []string {
	out := make([]string, len(s.Pools[q]))
	for i, id := range s.Pools[q] {
		out[i] = IDPrefix + id
	}
	return out
}

// Keep narrows s to the queries named in ids, in that order.
func (s *Set) Keep(ids []string) error {
	byID := make(map[string]retrieval.CaseQuery, len(s.Queries))
	for _, q := range s.Queries {
		byID[q.ID] = q
	}
	kept := make([]retrieval.CaseQuery, 0, len(ids))
	for _, id := range ids {
		q, ok := byID[id]
		if !ok {
			return fmt.Errorf("LeCaRD query %q is not a labelled dev query", id)
		}
		kept = append(kept, q)
	}
	s.Queries = kept
	return nil
}

// Pooled is every candidate id the queries of s pool.
func (s *Set) Pooled() map[string]bool {
	want := map[string]bool{}
	for _, q := range s.Queries {
		for _, id := range s.Pools[q.ID] {
			want[id] = true
		}
	}
	return want
}

func readQueries(path string) ([]retrieval.CaseQuery, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("lecard queries: %w", err)
	}
	defer f.Close()
	var qs []retrieval.CaseQuery
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var rec struct {
			RIdx  *int     `json:"ridx"`
			Q     string   `json:"q"`
			Crime []string `json:"crime"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("lecard queries %s line %d: %w", path, line, err)
		}
		if rec.RIdx == nil {
			return nil, fmt.Errorf("lecard queries %s line %d: field ridx is missing", path, line)
		}
		qs = append(qs, retrieval.CaseQuery{ID: strconv.Itoa(*rec.RIdx), Facts: rec.Q, Charges: rec.Crime})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lecard queries %s: %w", path, err)
	}
	return qs, nil
}

func readJSON(path, what string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s %s: %w", what, path, err)
	}
	return nil
}

// candidate is one line of lecard/candidates.jsonl.gz.
type candidate struct {
	ID       string `json:"id"`
	Ajjbqk   string `json:"ajjbqk"`
	Cpfxgc   string `json:"cpfxgc"`
	Pjjg     string `json:"pjjg"`
	Qw       string `json:"qw"`
	WritName string `json:"writName"`
}

// ReadCandidates returns, by LeCaRD id, the candidate judgments whose ids
// are in want: ID "lecard:<id>", facts, reasoning and verdict as sections.
// The file is ~400 MB unpacked, so lines whose leading "id" is not wanted
// are skipped without decoding the judgment text.
func ReadCandidates(ctx context.Context, path string, want map[string]bool) (map[string]*corpus.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("lecard candidates: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("lecard candidates %s: %w", path, err)
	}
	docs := make(map[string]*corpus.Document, len(want))
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	for line := 1; sc.Scan(); line++ {
		if line%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if id, ok := leadingID(sc.Bytes()); ok && !want[id] {
			continue
		}
		var c candidate
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("lecard candidates %s line %d: %w", path, line, err)
		}
		if want[c.ID] {
			docs[c.ID] = c.document(path, line)
			if len(docs) == len(want) {
				break // the rest of the file holds nothing wanted
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lecard candidates %s: %w", path, err)
	}
	return docs, nil
}

// leadingID reads the id of a line that starts {"id": "…", as every line
// of candidates.jsonl.gz does; ok is false for any other shape.
func leadingID(line []byte) (string, bool) {
	const prefix = `{"id": "`
	if !bytes.HasPrefix(line, []byte(prefix)) {
		return "", false
	}
	rest := line[len(prefix):]
	end := bytes.IndexByte(rest, '"')
	if end < 0 || bytes.IndexByte(rest[:end], '\\') >= 0 {
		return "", false
	}
	return string(rest[:end]), true
}

func (c candidate) document(path string, line int) *corpus.Document {
	return &corpus.Document{
		ID:          IDPrefix + c.ID,
		Sources:     []corpus.SourceRef{{Source: "lecard", SourceID: c.ID, File: path, Line: line}},
		CaseType:    corpus.Criminal,
		Title:       c.WritName,
		Text:        c.Qw,
		Sections:    map[string]string{"facts": c.Ajjbqk, "reasoning": c.Cpfxgc, "verdict": c.Pjjg},
		ContentHash: ingest.ContentHash(c.Qw),
	}
}
