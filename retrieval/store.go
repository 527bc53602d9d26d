// Package retrieval finds similar decided cases: analysis, full-text and
// vector indexes behind one store interface, and ranking with reasons.
package retrieval

import (
	"context"
	"errors"
)

// Store is a search index of judgments: full text, vectors and filter
// columns. The embedded store (retrieval/embedded) and the Postgres store
// (retrieval/pgstore) implement it and pass the same conformance tests
// (retrieval/storetest).
type Store interface {
	// Upsert adds or replaces docs by ID, atomically per call.
	Upsert(ctx context.Context, docs []Doc) error
	// Delete removes docs by ID; unknown IDs are ignored.
	Delete(ctx context.Context, ids []string) error
	// Lexical ranks documents matching f by full-text relevance to query
	// (BM25 or the store's nearest equivalent) over fields, by default
	// DefaultLexicalFields(). An empty query is ErrInvalid.
	Lexical(ctx context.Context, query string, f Filter, k int, fields ...FieldWeight) ([]Scored, error)
	// Nearest ranks documents matching f by cosine similarity of their
	// vector to vec. A vec of the wrong dimension or zero length is ErrInvalid.
	Nearest(ctx context.Context, vec []float32, f Filter, k int) ([]Scored, error)
	// Count returns how many documents are indexed.
	Count(ctx context.Context) (int, error)
	Close() error
}

// Field names a full-text field of a Doc.
type Field string

// Full-text fields.
const (
	FieldFacts     Field = "facts"
	FieldReasoning Field = "reasoning"
	FieldVerdict   Field = "verdict"
	FieldFull      Field = "full"
	// FieldFactsBigram is not a key of Doc.Text: stores derive it from the
	// facts with character bigrams (analysis.BigramAnalyzer) for recall.
	FieldFactsBigram Field = "facts_bigram"
)

// TextFields lists the Doc.Text fields a store indexes.
func TextFields() []Field { return []Field{FieldFacts, FieldReasoning, FieldVerdict, FieldFull} }

// FieldWeight is one field of a Lexical search and its score weight.
type FieldWeight struct {
	Field  Field
	Weight float64
}

// DefaultLexicalFields is what Lexical searches when given no fields: the
// facts first, the full text as a weaker back-up (CAIL documents have facts only).
func DefaultLexicalFields() []FieldWeight { return []FieldWeight{{FieldFacts, 1}, {FieldFull, 0.5}} }

// ErrInvalid marks a request a store cannot serve as asked: empty query,
// wrong vector dimension, k < 1, unknown field. Stores wrap it with the input.
var ErrInvalid = errors.New("invalid search request")

// ErrNoTerms is a query whose text holds no searchable term (punctuation,
// function words, a lone letter): the judge's input, not a server fault.
// It never carries the text, which may hold personal data and reaches logs.
var ErrNoTerms = &QueryError{Field: "facts", Message: "案件事实中没有可检索的词语（仅有标点、虚词、表情或单个字母），请填写具体案情"}

// Doc is what a store indexes for one judgment.
type Doc struct {
	ID     string
	Text   map[Field]string
	Vector []float32 // unit length; nil when the document has no embedding
	Meta   Meta
}

// Meta are a document's filter columns.
type Meta struct {
	Charges    []string // normalised charge names, with 罪
	Articles   []string // "刑法264", "刑法133-1"
	Court      string
	CourtLevel string // 基层, 中级, 高级, 最高
	Province   string
	Year       int
	Procedure  string // 一审, 二审, 再审
	DocType    string // 判决书, 裁定书
	CaseType   string // criminal, civil, administrative
	Cause      string // civil cause of action (案由)
}

// Filter restricts a search. Zero fields do not filter; list fields match
// when a document has any of the values; a year bound excludes documents
// of unknown year (Meta.Year 0).
type Filter struct {
	IDs        []string // only these documents (e.g. a LeCaRD pool)
	Charges    []string
	Articles   []string
	Court      string
	CourtLevel string
	Province   string
	YearFrom   int
	YearTo     int
	Procedure  string
	DocType    string
	CaseType   string
	Cause      string
}

// Scored is a document ID with a score; higher is better.
type Scored struct {
	ID    string
	Score float64
}

// JointSearcher is a Store that answers a push's candidate search in one
// request: the lexical and the dense top K over the filter, the same two
// within a charge scope beside it, and every candidate found scored on
// both signals. A client-server store saves the round trips and, above
// all, reads the query terms' postings once instead of once per search.
// Its scores must be the ones Lexical (default fields) and Nearest give.
type JointSearcher interface {
	Joint(ctx context.Context, q JointQuery) ([]JointScored, error)
}

// JointQuery is one push's candidate search.
type JointQuery struct {
	Text   string    // the facts, as for Lexical
	Vector []float32 // nil: no dense search
	Filter Filter    // must not name IDs
	// Scope, when not empty, adds the lexical search with Filter.Charges
	// set to it (rank.ChargeScoped).
	Scope []string
	K     int
}

// JointScored is a candidate with its lexical and dense scores; a Has
// flag is false when the document has no matching term or no vector.
type JointScored struct {
	ID                   string
	Lexical, Dense       float64
	HasLexical, HasDense bool
}
