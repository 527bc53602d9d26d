package engine

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"leian/retrieval"
	"leian/retrieval/analysis"
	"leian/retrieval/docmeta"
	"leian/retrieval/elements"
	"leian/retrieval/rank"
)

// Limits on a query.
const (
	MaxQueryRunes = 100_000
	// MaxSearchRunes is how much of the facts a push searches with: a whole
	// dossier pasted as facts would otherwise be cut into words, embedded
	// and scored in full for each push. Lexical search keeps only its 32
	// terms of highest weight × idf anyway; the first 20,000 characters
	// hold them.
	MaxSearchRunes = 20_000
	MaxK           = 200
	DefaultK       = 10
)

// ErrInvalidQuery marks a query the engine refuses; each such error is a
// *retrieval.QueryError naming the field and saying why.
var ErrInvalidQuery = retrieval.ErrInvalid

// Vocabulary is the set of filter values the index holds, so an unknown
// charge can be reported with suggestions rather than match nothing.
type Vocabulary struct {
	Charges []string `json:"charges"`
	Courts  []string `json:"courts"`
}

// request validates q and builds what the signals read.
func (e *Engine) request(q retrieval.Query) (*rank.Request, error) {
	facts := strings.TrimSpace(q.Facts)
	if facts == "" {
		return nil, &retrieval.QueryError{Field: "facts", Message: "案件事实为空，请填写待审案件的事实"}
	}
	if n := utf8.RuneCountInString(facts); n > MaxQueryRunes {
		return nil, &retrieval.QueryError{Field: "facts", Message: fmt.Sprintf("案件事实共 %d 字，超过上限 %d 字", n, MaxQueryRunes)}
	}
	if !utf8.ValidString(facts) {
		return nil, &retrieval.QueryError{Field: "facts", Message: "案件事实不是有效的 UTF-8 文本"}
	}
	if q.K < 0 || q.K > MaxK {
		return nil, &retrieval.QueryError{Field: "k", Message: fmt.Sprintf("返回数量 %d 无效，应为 1 至 %d", q.K, MaxK)}
	}
	if q.K == 0 {
		q.K = DefaultK
	}
	// The corpus is simplified Chinese; a query typed in traditional
	// characters would otherwise share few terms with it.
	simple, err := analysis.Simplify(facts)
	if err != nil {
		return nil, fmt.Errorf("convert the facts to simplified characters: %w", err)
	}
	if r := []rune(simple); len(r) > MaxSearchRunes {
		simple = string(r[:MaxSearchRunes])
	}
	q.Facts = simple
	if !searchable(simple) {
		return nil, retrieval.ErrNoTerms
	}
	q.Charges = normalised(q.Charges)
	q.Filter.Charges = normalised(q.Filter.Charges)
	if err := e.vocab.check(q.Filter); err != nil {
		return nil, err
	}
	if q.Filter.YearFrom > 0 && q.Filter.YearTo > 0 && q.Filter.YearFrom > q.Filter.YearTo {
		return nil, &retrieval.QueryError{Field: "filters.year", Message: fmt.Sprintf("年份范围 %d-%d 起止颠倒", q.Filter.YearFrom, q.Filter.YearTo)}
	}
	// A charge filter says what the case is about when the judge named no
	// charge, so candidates are compared on it too.
	stated := q.Charges
	if len(stated) == 0 {
		stated = q.Filter.Charges
	}
	qc := elements.FromElements(extractFacts(simple), stated)
	qc.Articles = append(qc.Articles, q.Articles...)
	qc.Loan = docmeta.LoanOf(simple)
	qc.Manners = mannersOf(simple)
	// No Tokens: the store cuts the facts itself; only in-memory BM25
	// (Pool) reads them.
	return &rank.Request{Query: q, Facts: simple, Case: qc}, nil
}

// searchable reports whether facts hold a term the stores can search for.
// Most facts have one in their first sentence, so the whole text is
// rarely cut here: the store cuts it again to search, and cutting all of
// it here too cost a push about as much CPU as the store's own cut.
func searchable(facts string) bool {
	if r := []rune(facts); len(r) > searchablePrefix && len(analysis.Tokens(string(r[:searchablePrefix]))) > 0 {
		return true
	}
	return len(analysis.Tokens(facts)) > 0
}

// searchablePrefix is how many runes searchable tries first.
const searchablePrefix = 100

// normalised returns charges spelt as Meta.Charges are, leaving the
// caller's slice alone.
func normalised(charges []string) []string {
	out := make([]string, len(charges))
	for i, c := range charges {
		out[i] = elements.NormaliseCharge(c)
	}
	return out
}

// check reports filter charges and courts the index does not hold, with
// the closest known names.
func (v Vocabulary) check(f retrieval.Filter) error {
	var errs []error
	for _, c := range f.Charges {
		if len(v.Charges) > 0 && !slices.Contains(v.Charges, c) {
			errs = append(errs, unknown("filters.charges", "罪名", c, v.Charges))
		}
	}
	if f.Court != "" && len(v.Courts) > 0 && !slices.Contains(v.Courts, f.Court) {
		errs = append(errs, unknown("filters.court", "法院", f.Court, v.Courts))
	}
	return errors.Join(errs...)
}

func unknown(field, what, got string, known []string) error {
	if s := Suggest(got, known, 3); len(s) > 0 {
		return &retrieval.QueryError{Field: field, Message: fmt.Sprintf("库中没有%s“%s”，是否指：%s", what, got, strings.Join(s, "、"))}
	}
	return &retrieval.QueryError{Field: field, Message: fmt.Sprintf("库中没有%s“%s”", what, got)}
}

// Suggest returns up to n known names closest to got: those sharing the
// largest share of their characters with it (罪, common to every charge, not
// counted), ties broken by name.
func Suggest(got string, known []string, n int) []string {
	chars := runeSet(got)
	type cand struct {
		name  string
		score float64
	}
	var cs []cand
	for _, k := range known {
		kc := runeSet(k)
		shared := 0
		for r := range kc {
			if chars[r] {
				shared++
			}
		}
		if shared > 0 {
			cs = append(cs, cand{k, float64(shared) / float64(len(chars)+len(kc)-shared)})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return strings.Compare(a.name, b.name)
	})
	var out []string
	for _, c := range cs[:min(n, len(cs))] {
		out = append(out, c.name)
	}
	return out
}

func runeSet(s string) map[rune]bool {
	out := map[rune]bool{}
	for _, r := range s {
		if r != '罪' {
			out[r] = true
		}
	}
	return out
}
