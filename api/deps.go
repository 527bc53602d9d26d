package api

import (
	"context"

	"leian/api/audit"
	"leian/api/auth"
	"leian/corpus"
	"leian/corpus/rules"
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

// RuleHit is one rule with why it applies, as the rule library finds it.
type RuleHit = rules.Found

// Rule groups beside a push.
const (
	GroupCase    = rules.GroupCase
	GroupSimilar = rules.GroupSimilar
)
