package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	// openerRe starts one defendant's clause in a verdict: 被告人应国平犯…,
	// 上诉人（原审被告人）刘某犯…, 被告单位…犯…, or an item number followed
	// directly by a name (二、李军国犯危险驾驶罪).
	openerRe = regexp.MustCompile(`(?:原审被告人|上诉人|被告人|被告单位|被告|罪犯|申诉人)(?:[（(][^）)]{1,12}[）)])?|(?:^|[\s；;。])(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])`)
	roleRe   = regexp.MustCompile(`^\s*(?:原审被告人|上诉人|被告人|被告单位|被告|罪犯|申诉人)`)
	// nameRe is who a clause is about: one or more names joined by 、.
	nameRe = regexp.MustCompile(`^\s*([\p{Han}·×＊*\dA-Za-z、]{1,40}?)\s*(?:犯|构成|无罪)`)
)

// clause is the part of a verdict about the defendants it names.
type clause struct {
	names   []string
	charges []string // as written
	text    string
	start   int // byte offset in the verdict
}

// clauses cuts the verdict at each defendant opening; each clause runs to
// the next opening or the end of the verdict.
func clauses(v string) []clause {
	var out []clause
	for _, m := range openerRe.FindAllStringIndex(v, -1) {
		rest := v[m[1]:]
		item := isItemNumber(v[m[0]:m[1]])
		if item && roleRe.MatchString(rest) {
			continue // the role opener right after reads this clause
		}
		c, ok := readClause(rest, item)
		if !ok {
			continue
		}
		c.start = m[0]
		if n := len(out); n > 0 && out[n-1].start+len(out[n-1].text) > m[0] {
			out[n-1].text = v[out[n-1].start:m[0]]
		}
		c.text = v[m[0]:]
		out = append(out, c)
	}
	return out
}

func isItemNumber(s string) bool {
	return strings.HasSuffix(s, "、") || strings.HasSuffix(s, "）") || strings.HasSuffix(s, ")")
}

// readClause reads the names and charges after an opener: 张三犯盗窃罪,
// or with no 犯 at all (被告人于某某贪污罪) the shortest name followed by a
// known charge. After a bare item number only the 犯 form is trusted.
func readClause(s string, item bool) (clause, bool) {
	if m := nameRe.FindStringSubmatchIndex(s); m != nil {
		names := strings.Split(s[m[2]:m[3]], "、")
		if item && (len(names) > 1 || utf8.RuneCountInString(names[0]) > 6) {
			return clause{}, false
		}
		return clause{names: names, charges: chargesIn(s[m[2]:chargeEnd(s)])}, true
	}
	if item {
		return clause{}, false
	}
	for i, n := 0, 0; i < len(s) && n < 8; n++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if c, cn := chargeAt(s[i:]); cn > 0 {
			if _, ok := NormaliseCharge(c); ok {
				return clause{names: []string{s[:i]}, charges: []string{c}}, true
			}
		}
	}
	return clause{}, false
}

// defendants reads each defendant's charges and penalty from the verdict
// at rune offset base. A later clause about the same person (改判 after
// 维持 in second instance) replaces the penalty of an earlier one.
func defendants(verdict string, base int) []Defendant {
	var out []Defendant
	index := map[string]int{}
	for _, c := range clauses(verdict) {
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
			for _, w := range c.charges {
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
	end := len(s)
	for _, stop := range []string{"。", "（刑期", "（缓刑", "(刑期"} {
		if i := strings.Index(s, stop); i > 0 {
			end = min(end, i)
		}
	}
	return end
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
