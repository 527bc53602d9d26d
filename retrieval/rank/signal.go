// Package rank ranks candidate judgments for a query: each signal (BM25,
// dense, elements) scores candidates, and a fusion step combines them.
package rank

import (
	"context"

	"leian/retrieval"
	"leian/retrieval/elements"
)

// Request is one query as the signals see it.
type Request struct {
	Query  retrieval.Query
	Facts  string        // the query facts, simplified and trimmed
	Tokens []string      // Facts analysed, for in-memory BM25
	Vector []float32     // the query embedding; nil when it has none
	Case   elements.Case // the query's elements
	// ChargeOdds is how much each charge (normalised, with 罪) is believed
	// to be the case's, in (0,1]: 1 for every charge the judge named, and
	// for predicted charges the predictor's score relative to its best
	// (ChargeOdds), so that a close second guess still counts.
	ChargeOdds map[string]float64
	// Alternatives are the charges a predictor ranks next to those it
	// predicts, close enough to be the case's instead, each as the names
	// it is stored under: a push that names no charge searches their
	// cases too and shows the best of each (Reserve), so that a wrong
	// first guess still leaves a case of the right charge in view.
	Alternatives [][]string
	// Predicted are the charges a predictor chose for a push naming none,
	// each as the names it is stored under. Like the alternatives, each
	// is shown by its best case when the fusion leaves it out of the
	// first k: a case predicted to be 非法狩猎 and 故意伤害 otherwise
	// showed ten 故意伤害 cases, the injury cases scoring higher on words.
	Predicted [][]string
}

// Features are one candidate's signal scores by signal name ("bm25",
// "dense", "charge", …), before fusion.
type Features map[string]float64

// Signal scores candidates for a request. Candidates a signal cannot score
// are left out of its answer and count as its lowest score.
type Signal interface {
	Score(ctx context.Context, r *Request, ids []string) (map[string]Features, error)
}

// Generator is a signal that can also find candidates in the whole store.
// Its scores are the Feature it gives when scoring, so the pipeline need
// not score again what a generator found.
type Generator interface {
	Generate(ctx context.Context, r *Request, k int) ([]retrieval.Scored, error)
	Feature() string
}

// Fuser combines each candidate's features into one score.
type Fuser interface {
	Fuse(cands []Candidate)
}

// Candidate is a document under consideration.
type Candidate struct {
	ID       string
	Features Features           // raw signal scores
	Parts    map[string]float64 // each signal's contribution to Score, set by the Fuser
	Score    float64
	// Reserved marks a candidate shown for a charge the predictor chose or
	// hesitated over (Reserve), not for its own rank.
	Reserved bool
}

// merge adds src's features into the candidates, creating any missing.
func merge(byID map[string]*Candidate, src map[string]Features) {
	for id, fs := range src {
		c, ok := byID[id]
		if !ok {
			continue
		}
		for k, v := range fs {
			c.Features[k] = v
		}
	}
}
