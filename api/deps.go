package api

import (
	"context"

	"leian/api/audit"
	"leian/api/auth"
	"leian/corpus"
	"leian/evals"
	"leian/retrieval"
)

// The server's dependencies, each as small as the handler that uses it needs.
// cmd/leian/serve.go wires the real implementations.

// CaseSearcher ranks decided cases similar to a query, with reasons.
type CaseSearcher interface {
	Search(ctx context.Context, q retrieval.Query) ([]retrieval.Result, error)
}

// RuleFinder lists the rules that apply to a query given the similar cases found.
type RuleFinder interface {
	Applicable(ctx context.Context, q retrieval.Query, cases []retrieval.Result) ([]RuleHit, error)
}

// LawFinder answers a law lookup: a citation such as "刑法第二百六十四条" or
// "264", a guiding-case number, or words to search the rule library for.
// An unknown provision or case should wrap ErrNotFound (404), a query it
// cannot use ErrInvalid (400); no match is an empty list; other errors are 500s.
type LawFinder interface {
	Lookup(ctx context.Context, citation string) ([]RuleHit, error)
}

// DocumentReader reads one stored judgment; an unknown id is an error
// wrapping ErrNotFound or docstore.ErrNotFound.
type DocumentReader interface {
	Get(ctx context.Context, id string) (*corpus.Document, error)
}

// EvalReader lists the stored evaluation runs, oldest first (evals.Records).
type EvalReader interface {
	List() ([]*evals.Record, error)
}

// Authenticator identifies the holder of a bearer token.
type Authenticator interface {
	Authenticate(token string) (auth.Principal, error)
}

// Auditor appends one durable audit entry.
type Auditor interface {
	Record(e audit.Entry) error
}

// RuleHit is one applicable rule with why it applies.
type RuleHit struct {
	Kind   string `json:"kind"`            // article, interpretation, guiding_case
	Ref    string `json:"ref"`             // e.g. "刑法第二百六十四条", "指导性案例192号"
	Title  string `json:"title,omitempty"` // the law's or the case's title
	Text   string `json:"text"`
	Reason string `json:"reason"` // in Chinese, e.g. "查询所列法条", "7件类案引用"
	// Group says whose rule it is beside a push: "case" for rules from the
	// case's own charges, listed articles and facts; "similar" for the
	// principal articles of charges only the similar cases were convicted
	// of, which the judge has not found. Empty outside a push.
	Group string `json:"group,omitempty"`
}

// Rule groups beside a push.
const (
	GroupCase    = "case"
	GroupSimilar = "similar"
)
