package elements

import (
	"fmt"
	"maps"
	"slices"

	"leian/corpus/extract"
	"leian/retrieval"
)

// LoanMatch is how alike two private-lending cases are by their elements.
type LoanMatch struct {
	// Score is the share of elements on which the two cases agree, every
	// element counting once (the amount by its closeness), in [0,1]. The
	// weights are equal on purpose: they are not fitted to any labels.
	Score   float64
	Parts   map[string]float64 // per element: 1 agree, 0 differ; amount in [0,1]
	Reasons []retrieval.Reason
}

// CompareLoan compares private-lending case c with the case in hand q.
// Agreement on an element's absence counts as agreement: two loans with no
// guarantee are alike in that, as the SCM annotators judged them.
func CompareLoan(q, c extract.Loan) LoanMatch {
	m := LoanMatch{Parts: map[string]float64{}}
	m.party("出借人", "为单位", q.LenderOrg, c.LenderOrg)
	m.party("借款人", "有单位", q.BorrowerOrg, c.BorrowerOrg)
	m.borrowers(q.Borrowers, c.Borrowers)
	for _, e := range extract.LoanElements() {
		m.element(e, q.Has(e), c.Has(e))
	}
	m.interest(q, c)
	m.amount(q.Amount, c.Amount)
	var sum float64
	for _, k := range slices.Sorted(maps.Keys(m.Parts)) { // a fixed order: the same sum every run
		sum += m.Parts[k]
	}
	m.Score = sum / float64(len(m.Parts))
	return m
}

func (m *LoanMatch) agree(part string, same bool) {
	m.Parts[part] = b2f(same)
}

func (m *LoanMatch) reason(kind string, shared bool, format string, args ...any) {
	m.Reasons = append(m.Reasons, retrieval.Reason{Kind: kind, Shared: shared, Text: fmt.Sprintf(format, args...)})
}

// party compares whether a party is a unit (company, bank, cooperative)
// rather than natural persons: lending between units and persons is
// judged under different rules (e.g. on interest and licensing).
func (m *LoanMatch) party(role, org string, q, c bool) {
	m.agree(role, q == c)
	word := func(b bool) string {
		if b {
			return org
		}
		return "为自然人"
	}
	if q == c {
		m.reason("party", true, "%s均%s", role, word(q))
		return
	}
	m.reason("party", false, "本案%s%s，类案%s%s", role, word(q), role, word(c))
}

// borrowers compares one borrower with several: several borrowers raise
// joint liability, which single-borrower cases never argue.
func (m *LoanMatch) borrowers(q, c int) {
	if q == 0 || c == 0 {
		return
	}
	same := (q > 1) == (c > 1)
	m.agree("借款人人数", same)
	if same && q > 1 {
		m.reason("party", true, "均有多名借款人")
	} else if !same {
		m.reason("party", false, "本案被告%d名，类案被告%d名", q, c)
	}
}

func (m *LoanMatch) element(name string, q, c bool) {
	m.agree(name, q == c)
	switch {
	case q && c:
		m.reason("loan", true, "均涉及%s", name)
	case q:
		m.reason("loan", false, "本案涉及%s，类案未见", name)
	case c:
		m.reason("loan", false, "类案涉及%s，本案未见", name)
	}
}

func (m *LoanMatch) interest(q, c extract.Loan) {
	m.agree("利息", q.Interest == c.Interest)
	if q.Interest == c.Interest {
		m.reason("interest", true, "利息约定同为%s", q.Interest)
		return
	}
	m.reason("interest", false, "本案%s，类案%s", q.Interest, c.Interest)
}

// amount scores the loan amounts' closeness on a log scale (amountScore):
// a 5万 loan is more like a 8万 one than a 50万 one.
func (m *LoanMatch) amount(q, c float64) {
	if q <= 0 || c <= 0 {
		return
	}
	m.Parts["金额"] = amountScore(q, c)
	m.reason("amount", m.Parts["金额"] >= 0.5, "本案金额约%s，类案约%s", Yuan(q), Yuan(c))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
