package evals

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	"leian/corpus"
	"leian/corpus/ingest"
)

// lecardQuery is one line of lecard/queries.jsonl.
type lecardQuery struct {
	RIdx  int      `json:"ridx"`
	Q     string   `json:"q"`
	Crime []string `json:"crime"`
}

func readLeCaRDQueries(path string) ([]lecardQuery, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("lecard queries: %w", err)
	}
	defer f.Close()
	var qs []lecardQuery
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var q lecardQuery
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("lecard queries %s line %d: %w", path, line, err)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lecard queries %s: %w", path, err)
	}
	return qs, nil
}

// readJSONFile decodes one JSON document from path into v.
func readJSONFile(path, what string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s %s: %w", what, path, err)
	}
	return nil
}

// caseID is a candidate id written as a JSON string or number: LeCaRD's
// own run files use numbers, pools.json and labels.json use strings.
type caseID string

func (c *caseID) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*c = caseID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("candidate id %s: want a string or a number", b)
	}
	if _, err := strconv.ParseInt(n.String(), 10, 64); err != nil {
		return fmt.Errorf("candidate id %s: want an integer: %w", b, err)
	}
	*c = caseID(n.String())
	return nil
}

// parseRankings reads a run file: {"<query ridx>": [candidate id, …]},
// best first, as LeCaRD's prediction files (reversed) and the bundle's
// lecard/baselines/*.json are written.
func parseRankings(b []byte) (map[string][]string, error) {
	var raw map[string][]caseID
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf(`want {"<query ridx>": [candidate id, …]}: %w`, err)
	}
	out := make(map[string][]string, len(raw))
	for q, ids := range raw {
		list := make([]string, len(ids))
		for i, id := range ids {
			list[i] = string(id)
		}
		out[q] = list
	}
	return out, nil
}

func readRankings(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("run file: %w", err)
	}
	r, err := parseRankings(b)
	if err != nil {
		return nil, fmt.Errorf("run file %s: %w", path, err)
	}
	return r, nil
}

// lecardCandidate is one line of lecard/candidates.jsonl.gz.
type lecardCandidate struct {
	ID       string `json:"id"`
	AjName   string `json:"ajName"`
	Ajjbqk   string `json:"ajjbqk"`
	Cpfxgc   string `json:"cpfxgc"`
	Pjjg     string `json:"pjjg"`
	Qw       string `json:"qw"`
	WritName string `json:"writName"`
}

// ReadLeCaRDCandidates returns, by LeCaRD id, the documents whose ids are
// in want, as the lecard suite hands them to a ranker: ID "lecard:<id>",
// facts, reasoning and verdict as sections. The
// file is ~400 MB unpacked, so lines whose leading "id" is not wanted are
// skipped without decoding the judgment text.
func ReadLeCaRDCandidates(path string, want map[string]bool) (map[string]*corpus.Document, error) {
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
		if id, ok := leadingID(sc.Bytes()); ok && !want[id] {
			continue
		}
		var c lecardCandidate
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

func (c lecardCandidate) document(path string, line int) *corpus.Document {
	return &corpus.Document{
		ID:          "lecard:" + c.ID,
		Sources:     []corpus.SourceRef{{Source: "lecard", SourceID: c.ID, File: path, Line: line}},
		CaseType:    corpus.Criminal,
		Title:       c.WritName,
		Text:        c.Qw,
		Sections:    map[string]string{"facts": c.Ajjbqk, "reasoning": c.Cpfxgc, "verdict": c.Pjjg},
		ContentHash: ingest.ContentHash(c.Qw),
	}
}
