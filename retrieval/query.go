package retrieval

import "fmt"

// Query is one similar-case push: the facts of the case in hand, what the
// judge already knows of it, filters and how many results to return.
// CONTRACT: the ranking work fills it in; the API and evals build it.
type Query struct {
	Facts      string   `json:"facts"`
	Charges    []string `json:"charges,omitempty"`  // charges under consideration, with 罪
	Articles   []string `json:"articles,omitempty"` // "刑法264", as in Meta.Articles
	Filter     Filter   `json:"filter"`
	K          int      `json:"k"`
	ExcludeIDs []string `json:"exclude_ids,omitempty"` // e.g. the document the query came from
	// NoHighlights skips finding the shared passages of each result, for
	// callers that read only the cases and their outcomes (the deviation
	// check's deep push), where it was most of a push's time.
	NoHighlights bool `json:"-"`
}

// Result is one similar decided case with why it is similar.
type Result struct {
	ID      string   `json:"id"`
	Title   string   `json:"title,omitempty"`
	Court   string   `json:"court,omitempty"`
	Year    int      `json:"year,omitempty"`
	CaseNo  string   `json:"case_no,omitempty"`
	Charges []string `json:"charges,omitempty"`
	Penalty string   `json:"penalty,omitempty"` // the sentence in words, e.g. 有期徒刑一年五个月
	Score   float64  `json:"score"`
	// Reserved: shown as the best case of a charge the predictor chose or
	// hesitated over, not for its own rank.
	Reserved bool `json:"reserved,omitempty"`
	// Signals is the score breakdown: each ranking signal's contribution
	// ("bm25", "dense", "elements", …) so the judge sees why it ranks here.
	Signals    map[string]float64 `json:"signals"`
	Reasons    []Reason           `json:"reasons"`
	Highlights []Highlight        `json:"highlights,omitempty"`
}

// Reason is one stated ground of similarity or difference, in Chinese.
type Reason struct {
	Kind   string `json:"kind"`   // charge, article, circumstance, amount, penalty, passage
	Shared bool   `json:"shared"` // true: both cases have it; false: a difference
	Text   string `json:"text"`   // e.g. "同为盗窃罪", "本案有自首情节，类案无"
}

// Highlight pairs a passage of the query with the matching passage of a
// result, as rune offsets into each text, so the UI can mark both.
type Highlight struct {
	Field      Field  `json:"field"`
	QueryStart int    `json:"query_start"`
	QueryEnd   int    `json:"query_end"`
	DocStart   int    `json:"doc_start"`
	DocEnd     int    `json:"doc_end"`
	DocText    string `json:"doc_text"`
}

// QueryError is a query the engine refuses: the field at fault and why, in
// Chinese, for the judge who typed it. It wraps ErrInvalid.
type QueryError struct {
	Field   string // facts, k, filters.court, filters.charges, filters.year
	Message string
}

func (e *QueryError) Error() string { return fmt.Sprintf("invalid query: %s: %s", e.Field, e.Message) }

// Unwrap makes every QueryError an ErrInvalid.
func (e *QueryError) Unwrap() error { return ErrInvalid }

// CaseQuery is a labelled case in hand (a LeCaRD query) whose similar
// cases a ranker looks for: its id in the labels, its facts, and the
// charges its judgment gave (with 罪 or as the source spells them).
type CaseQuery struct {
	ID      string
	Facts   string
	Charges []string
}
