package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// defendantRe opens one defendant's clause in a verdict: 被告人应国平犯…,
// 上诉人（原审被告人）刘某犯…, 被告单位…犯…, 被告人郭某明、李某犯….
var defendantRe = regexp.MustCompile(`(?:原审被告人|上诉人(?:[（(]原审被告人[）)])?|被告人|被告单位|罪犯|申诉人)\s*([\p{Han}·×＊*\dA-Za-z、]{1,40}?)\s*(?:犯|无罪)`)

// clause is the part of a verdict about the defendants it names.
type clause struct {
	names []string
	text  string
	start int // byte offset in the verdict
}

// clauses cuts the verdict at each defendant opening; each clause runs to
// the next opening or the end of its item.
func clauses(v string) []clause {
	ms := defendantRe.FindAllStringSubmatchIndex(v, -1)
	var out []clause
	for i, m := range ms {
		end := len(v)
		if i+1 < len(ms) {
			end = ms[i+1][0]
		}
		names := strings.Split(v[m[2]:m[3]], "、")
		out = append(out, clause{names: names, text: v[m[0]:end], start: m[0]})
	}
	return out
}

// defendants reads each defendant's charges and penalty from the verdict
// at rune offset base. A later clause about the same person (改判 after
// 维持 in second instance) replaces the penalty of an earlier one.
func defendants(verdict string, base int) []Defendant {
	var out []Defendant
	index := map[string]int{}
	for _, c := range clauses(verdict) {
		written := chargesIn(c.text[:chargeEnd(c.text)])
		pen := penalty(c.text, base+utf8.RuneCountInString(verdict[:c.start]))
		for _, name := range c.names {
			if name == "" {
				continue
			}
			i, ok := index[name]
			if !ok {
				i = len(out)
				index[name] = i
				out = append(out, Defendant{Name: name})
			}
			d := &out[i]
			for _, w := range written {
				n, _ := NormaliseCharge(w)
				d.Charges = appendNew(d.Charges, n)
				d.ChargesWritten = appendNew(d.ChargesWritten, w)
			}
			if pen != nil {
				cp := *pen
				d.Penalty = &cp
			}
		}
	}
	return out
}

// chargeEnd limits charge reading to the clause's own sentence so that the
// execution note (…羁押一日折抵刑期一日…) is not read.
func chargeEnd(s string) int {
	if i := strings.Index(s, "（"); i > 0 {
		return i
	}
	return len(s)
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
