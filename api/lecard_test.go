package api

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/ingest"
	"leian/corpus/ingest/source"
	"leian/internal/dataset"
	"leian/retrieval"
)

// This file is test data at the API boundary: the first real LeCaRD
// candidate judgments of the bundle, prepared by the real ingest step
// (parse and extract) into a real corpus/docstore in a temporary folder,
// which serves as the DocumentReader. The CaseSearcher over them is a
// deliberately minimal in-memory ranking (character-bigram Dice plus shared
// charges), not Leian's engine: it gives the handlers and the UI real text,
// reasons and passages while retrieval/engine is wired by serve.go.

const lecardDocs = 300

type lecardCase struct {
	doc     *corpus.Document
	facts   []rune
	bigrams map[string]bool
	year    int
	caseNo  string
	penalty string
}

type lecardSet struct {
	store *docstore.Store
	dir   string
	cases []*lecardCase
	byID  map[string]*lecardCase
}

var (
	lecardOnce sync.Once
	lecardData *lecardSet
	lecardErr  error
)

// loadLecard prepares the first lecardDocs candidates once per test binary;
// closeLecard (from TestMain) removes the store.
func loadLecard(tb testing.TB) *lecardSet {
	tb.Helper()
	path := dataset.Path(tb, "lecard/candidates.jsonl.gz")
	lecardOnce.Do(func() { lecardData, lecardErr = readLecard(path, lecardDocs) })
	if lecardErr != nil {
		tb.Fatal(lecardErr)
	}
	return lecardData
}

func closeLecard() {
	if lecardData != nil {
		lecardData.store.Close()
		os.RemoveAll(lecardData.dir)
	}
}

var penaltyRe = regexp.MustCompile(`(有期徒刑[^，。；,（]{1,12}|拘役[^，。；,（]{1,8}|管制[^，。；,（]{1,8}|无期徒刑|死刑)`)

func readLecard(path string, n int) (*lecardSet, error) {
	docs, err := prepareLecard(path, n)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "leian-api-test-")
	if err != nil {
		return nil, err
	}
	st, err := docstore.Open(filepath.Join(dir, "docs.db"))
	if err != nil {
		return nil, err
	}
	set := &lecardSet{store: st, dir: dir, byID: map[string]*lecardCase{}}
	if err := st.PutBatch(context.Background(), docs); err != nil {
		return set, err
	}
	for _, d := range docs {
		c := &lecardCase{doc: d, facts: []rune(d.Sections["facts"]), bigrams: bigrams(d.Sections["facts"])}
		if st := d.Structure; st != nil && st.CaseNumber != nil {
			c.year, c.caseNo = st.CaseNumber.Year, st.CaseNumber.Raw
		}
		c.penalty = penaltyRe.FindString(d.Sections["verdict"])
		set.cases = append(set.cases, c)
		set.byID[d.ID] = c
	}
	return set, nil
}

// prepareLecard reads the first n candidates as the LeCaRD source reader
// does and runs each through ingest.Prepare.
func prepareLecard(path string, n int) ([]*corpus.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var docs []*corpus.Document
	for line := 1; len(docs) < n && sc.Scan(); line++ {
		var rec struct{ ID, AjJbqk, Cpfxgc, Pjjg, Qw, WritName string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		doc, err := ingest.Prepare(&source.Record{Source: "lecard", SourceID: rec.ID, File: path, Line: line,
			Title: rec.WritName, Text: rec.Qw, CaseType: corpus.Criminal,
			Sections: map[string]string{"facts": strings.TrimSpace(rec.AjJbqk), "reasoning": rec.Cpfxgc, "verdict": rec.Pjjg}})
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		doc.ID = "lecard:" + rec.ID
		docs = append(docs, doc)
	}
	return docs, sc.Err()
}

func bigrams(s string) map[string]bool {
	r := []rune(s)
	out := make(map[string]bool, len(r))
	for i := 0; i+1 < len(r); i++ {
		out[string(r[i:i+2])] = true
	}
	return out
}

// Search implements CaseSearcher.
func (s *lecardSet) Search(_ context.Context, q retrieval.Query) ([]retrieval.Result, error) {
	qb := bigrams(q.Facts)
	var out []retrieval.Result
	for _, c := range s.cases {
		if q.Filter.YearFrom != 0 && c.year < q.Filter.YearFrom || q.Filter.YearTo != 0 && c.year > q.Filter.YearTo {
			continue
		}
		shared := 0
		for b := range qb {
			if c.bigrams[b] {
				shared++
			}
		}
		dice := 2 * float64(shared) / float64(len(qb)+len(c.bigrams)+1)
		r := retrieval.Result{ID: c.doc.ID, Title: c.doc.Title, Court: c.doc.Structure.Court, Year: c.year, CaseNo: c.caseNo,
			Charges: c.doc.Elements.Charges, Penalty: c.penalty, Signals: map[string]float64{"bigram": dice}}
		r.Reasons = chargeReasons(q.Charges, r.Charges)
		if n := countShared(r.Reasons); n > 0 {
			r.Signals["charges"] = 0.1 * float64(n)
		}
		for _, v := range r.Signals {
			r.Score += v
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	out = out[:min(q.K, len(out))]
	query := []rune(q.Facts)
	for i := range out {
		c := s.byID[out[i].ID]
		if h, ok := longestCommon(query, c.facts); ok {
			out[i].Highlights = []retrieval.Highlight{h}
		}
	}
	return out, nil
}

func chargeReasons(query, doc []string) []retrieval.Reason {
	var rs []retrieval.Reason
	for _, c := range query {
		if slices.Contains(doc, c) {
			rs = append(rs, retrieval.Reason{Kind: "charge", Shared: true, Text: "同为" + c})
		} else {
			rs = append(rs, retrieval.Reason{Kind: "charge", Text: "本案涉及" + c + "，类案无"})
		}
	}
	for _, c := range doc {
		if !slices.Contains(query, c) {
			rs = append(rs, retrieval.Reason{Kind: "charge", Text: "类案另涉" + c})
		}
	}
	return rs
}

func countShared(rs []retrieval.Reason) int {
	n := 0
	for _, r := range rs {
		if r.Shared {
			n++
		}
	}
	return n
}

// longestCommon finds the longest common run of at least 4 runes.
func longestCommon(a, b []rune) (retrieval.Highlight, bool) {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	best, endA, endB := 0, 0, 0
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cur[j] = 0
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > best {
					best, endA, endB = cur[j], i, j
				}
			}
		}
		prev, cur = cur, prev
	}
	if best < 4 {
		return retrieval.Highlight{}, false
	}
	return retrieval.Highlight{Field: retrieval.FieldFacts, QueryStart: endA - best, QueryEnd: endA,
		DocStart: endB - best, DocEnd: endB, DocText: string(b)}, true
}
