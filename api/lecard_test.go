package api

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/internal/dataset"
	"leian/retrieval"
)

// This file is test data at the API boundary, not an engine: the first
// real LeCaRD candidate judgments of the bundle held in memory behind the
// api's own DocumentReader and CaseSearcher interfaces, so the handlers and
// the UI are exercised on real text while retrieval/engine and
// corpus/docstore are built elsewhere. Its ranking (character-bigram Dice
// plus shared charges) is deliberately minimal and is not Leian's.

const lecardDocs = 300

type lecardCase struct {
	doc      *corpus.Document
	facts    []rune
	bigrams  map[string]bool
	charges  []string
	court    string
	year     int
	caseNo   string
	penalty  string
	sections map[string]string
}

type lecardSet struct {
	cases []*lecardCase
	byID  map[string]*lecardCase
}

var (
	lecardOnce sync.Once
	lecardData *lecardSet
	lecardErr  error
)

// loadLecard reads the first lecardDocs candidates once per test binary.
func loadLecard(tb testing.TB) *lecardSet {
	tb.Helper()
	path := dataset.Path(tb, "lecard/candidates.jsonl.gz")
	lecardOnce.Do(func() { lecardData, lecardErr = readLecard(path, lecardDocs) })
	if lecardErr != nil {
		tb.Fatal(lecardErr)
	}
	return lecardData
}

var (
	chargeRe  = regexp.MustCompile(`犯([\p{Han}、]{2,20}?罪)`)
	caseNoRe  = regexp.MustCompile(`（(\d{4})）[^（）\s]{2,20}?号`)
	penaltyRe = regexp.MustCompile(`(有期徒刑[^，。；,（]{1,12}|拘役[^，。；,（]{1,8}|管制[^，。；,（]{1,8}|无期徒刑|死刑)`)
)

func readLecard(path string, n int) (*lecardSet, error) {
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
	set := &lecardSet{byID: map[string]*lecardCase{}}
	for line := 1; len(set.cases) < n && sc.Scan(); line++ {
		var rec struct{ ID, AjJbqk, Cpfxgc, Pjjg, Qw, WritName string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		c := newLecardCase(rec.ID, rec.WritName, rec.AjJbqk, rec.Cpfxgc, rec.Pjjg, rec.Qw, path, line)
		set.cases = append(set.cases, c)
		set.byID[c.doc.ID] = c
	}
	return set, sc.Err()
}

func newLecardCase(id, title, facts, reasoning, verdict, full, file string, line int) *lecardCase {
	facts = strings.TrimSpace(facts)
	c := &lecardCase{facts: []rune(facts), bigrams: bigrams(facts)}
	c.doc = &corpus.Document{
		ID: "lecard:" + id, Title: title, CaseType: corpus.Criminal, Text: full,
		Sources:  []corpus.SourceRef{{Source: "lecard", SourceID: id, File: file, Line: line}},
		Sections: map[string]string{"facts": facts, "reasoning": reasoning, "verdict": verdict},
	}
	for _, m := range chargeRe.FindAllStringSubmatch(verdict, -1) {
		if !slices.Contains(c.charges, m[1]) {
			c.charges = append(c.charges, m[1])
		}
	}
	c.court, _, _ = strings.Cut(strings.TrimSpace(full), " ")
	if m := caseNoRe.FindStringSubmatch(full); m != nil {
		c.caseNo = m[0]
		c.year, _ = strconv.Atoi(m[1])
	}
	c.penalty = penaltyRe.FindString(verdict)
	return c
}

func bigrams(s string) map[string]bool {
	r := []rune(s)
	out := make(map[string]bool, len(r))
	for i := 0; i+1 < len(r); i++ {
		out[string(r[i:i+2])] = true
	}
	return out
}

// Get implements DocumentReader.
func (s *lecardSet) Get(_ context.Context, id string) (*corpus.Document, error) {
	c, ok := s.byID[id]
	if !ok {
		return nil, fmt.Errorf("lecard test set: %q: %w", id, docstore.ErrNotFound)
	}
	return c.doc, nil
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
		r := retrieval.Result{ID: c.doc.ID, Title: c.doc.Title, Court: c.court, Year: c.year, CaseNo: c.caseNo,
			Charges: c.charges, Penalty: c.penalty, Signals: map[string]float64{"bigram": dice}}
		r.Reasons = chargeReasons(q.Charges, c.charges)
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
