package ingest

import (
	"sort"
	"time"

	"leian/corpus/docstore"
	"leian/corpus/ingest/source"
)

// Counts are what a run did with one source's records.
type Counts struct {
	New, Merged, Unchanged, Updated, Rejected int
	// Reextracted are documents stored with unchanged text but analysed by
	// an older extraction version, parsed and extracted again.
	Reextracted int
}

func (c *Counts) add(o Outcome) {
	switch o {
	case OutcomeNew:
		c.New++
	case OutcomeMerged:
		c.Merged++
	case OutcomeUnchanged:
		c.Unchanged++
	case OutcomeUpdated:
		c.Updated++
	case OutcomeReextracted:
		c.Reextracted++
	}
}

// Rejection groups rejected records of one reason, with the first examples.
type Rejection struct {
	Reason   source.Reason `json:"reason"`
	Count    int           `json:"count"`
	Examples []string      `json:"examples"` // "file:line: field: reason: error"
}

// maxExamples bounds the examples kept per reason.
const maxExamples = 3

// Summary is the outcome of one ingest run.
type Summary struct {
	Records  int                // records read, rejected ones included
	Total    Counts             // over all sources
	BySource map[string]*Counts // by source name (rejections by format)
	Rejected map[source.Reason]*Rejection
	Store    docstore.Stats // the store's totals after the run
	Elapsed  time.Duration
	// ExtractVersion is the extraction version the run analysed under.
	ExtractVersion int
	// Swept are the documents of Total.Reextracted the sweep re-extracted
	// from their stored text (no record of this run reached them).
	Swept int
	// SweepFailed are older documents the extractor failed on: they keep
	// their older elements. SweepExamples are the first few, "id: error".
	SweepFailed   int
	SweepExamples []string
}

func newSummary() *Summary {
	return &Summary{BySource: map[string]*Counts{}, Rejected: map[source.Reason]*Rejection{}}
}

func (s *Summary) source(name string) *Counts {
	c, ok := s.BySource[name]
	if !ok {
		c = &Counts{}
		s.BySource[name] = c
	}
	return c
}

func (s *Summary) count(src string, o Outcome) {
	s.Records++
	s.Total.add(o)
	s.source(src).add(o)
}

func (s *Summary) reject(src string, p *source.Problem) {
	s.Records++
	s.Total.Rejected++
	s.source(src).Rejected++
	r, ok := s.Rejected[p.Reason]
	if !ok {
		r = &Rejection{Reason: p.Reason}
		s.Rejected[p.Reason] = r
	}
	r.Count++
	if len(r.Examples) < maxExamples {
		r.Examples = append(r.Examples, p.Error())
	}
}

// Rejections returns the rejection groups, largest first.
func (s *Summary) Rejections() []*Rejection {
	out := make([]*Rejection, 0, len(s.Rejected))
	for _, r := range s.Rejected {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Reason < out[j].Reason
	})
	return out
}

// Sources returns the source names seen, sorted.
func (s *Summary) Sources() []string {
	names := make([]string, 0, len(s.BySource))
	for n := range s.BySource {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// sweep tallies one document the sweep re-extracted (or failed on) under
// the source that named it. It is no record read: Records stays.
func (s *Summary) sweep(src string, o Outcome, p *source.Problem) {
	if p != nil {
		s.SweepFailed++
		if len(s.SweepExamples) < maxExamples {
			s.SweepExamples = append(s.SweepExamples, p.File+": "+p.Err.Error())
		}
		return
	}
	if o == OutcomeReextracted {
		s.Swept++
		s.Total.add(o)
		s.source(src).add(o)
	}
}
