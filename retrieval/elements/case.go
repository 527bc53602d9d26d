// Package elements compares two criminal cases by their legal elements
// (charges, articles, circumstances, amount, penalty) and says why in Chinese.
package elements

import (
	"slices"
	"strings"

	"leian/corpus/extract"
)

// Case is what element similarity reads of one case.
type Case struct {
	Charges       []string // with 罪
	Primary       string   // the charge the judge gave first, weighted higher; "" if none
	Articles      []string // "刑法264", "刑法133-1"
	Circumstances []string // kinds: 自首, 累犯 …
	// Manners are how the offence was committed as the facts state it
	// (入户, 多次, 望风 …; Manners), nil when not yet read from the facts.
	Manners       []string
	Amount        float64 // the largest amount in the facts, yuan; 0 when none
	Penalty       string  // principal penalty kind of the first defendant, "" when unknown
	PenaltyMonths int
	// Loan holds the private-lending elements of a civil loan case, which
	// stand for it where charges and circumstances stand for a criminal
	// one; nil for any other case.
	Loan *extract.Loan
}

// FromElements builds a Case from extracted elements; stated charges (the
// judge's, or a source's labels) take precedence over extracted ones.
func FromElements(e *extract.Elements, stated []string) Case {
	var c Case
	for _, ch := range stated {
		c.Charges = appendUnique(c.Charges, NormaliseCharge(ch))
	}
	if e == nil {
		c.Primary = first(c.Charges)
		return c
	}
	if len(c.Charges) == 0 {
		for _, ch := range e.Charges {
			c.Charges = appendUnique(c.Charges, NormaliseCharge(ch))
		}
	}
	c.Primary = first(c.Charges)
	for _, a := range e.Articles {
		if k := a.Key(); k != "" {
			c.Articles = appendUnique(c.Articles, k)
		}
	}
	for _, ci := range e.Circumstances {
		c.Circumstances = appendUnique(c.Circumstances, ci.Kind)
	}
	for _, d := range e.Defendants {
		for _, ci := range d.Circumstances {
			c.Circumstances = appendUnique(c.Circumstances, ci.Kind)
		}
		if c.Penalty == "" && d.Penalty != nil {
			c.Penalty, c.PenaltyMonths = d.Penalty.Kind, d.Penalty.Months
		}
	}
	for _, a := range e.Amounts {
		c.Amount = max(c.Amount, a.Yuan)
	}
	slices.Sort(c.Circumstances)
	return c
}

// NormaliseCharge writes a charge name as Meta.Charges does: no brackets
// (CAIL2018 spells [走私、贩卖、运输、制造]毒品), ending in 罪.
func NormaliseCharge(s string) string {
	s = strings.NewReplacer("[", "", "]", "", " ", "").Replace(strings.TrimSpace(s))
	if s != "" && !strings.HasSuffix(s, "罪") {
		s += "罪"
	}
	return s
}

func appendUnique(xs []string, x string) []string {
	if x == "" || slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}
