package rules

import (
	"slices"
	"strings"
)

// Resolve returns the rule of a charge as a source writes it, given the
// Criminal Law articles the source cites with it. CAIL2018 writes
// selective charges with their alternatives in brackets (some of its
// sources drop the brackets), and one such name can stand for several
// official charges: [制造、贩卖、传播]淫秽物品 is 传播淫秽物品罪 (第三百
// 六十四条) or 制作、复制、出版、贩卖、传播淫秽物品牟利罪 (第三百六十三条),
// [组织、强迫、引诱、容留、介绍]卖淫 any of the 卖淫 charges of 第三百五十
// 八、三百五十九条; and it writes 滥用职权 for 国有公司、企业、事业单位人员滥用
// 职权罪 (第一百六十八条). When the charge Lookup gives is not punished by a
// cited article, the official charge that fits the name's pattern (for an
// official name: that contains it) and is punished by one is taken
// instead. Otherwise the name keeps its charge: a label citing another
// charge's article (故意伤害 with 第一百三十四条) is an inconsistency the
// checks should see.
func (t ChargeTable) Resolve(charge string, cited []ArticleNo) (ChargeRule, bool) {
	r, ok := t.Lookup(charge)
	if len(cited) == 0 || ok && r.PunishedBy(cited) {
		return r, ok
	}
	name := NormCharge(charge)
	_, official := t[name]
	var p bracketed
	switch {
	case strings.ContainsAny(charge, "[［"):
		p = readBracketed(charge)
	case official:
		// A short form of a longer official name (滥用职权 for
		// 国有公司、企业、事业单位人员滥用职权罪): only names containing it.
		p = bracketed{fixed: []string{strings.TrimSuffix(name, "罪")}}
	default:
		p = readListed(charge)
	}
	best, score, first := "", -1.0, 0
	for n, cand := range t {
		if !p.fits(n) || !cand.PunishedBy(cited) {
			continue
		}
		// Most alike first; then the one whose alternative the source
		// lists first (组织 before 强迫 in [组织、强迫…]卖淫).
		s, f := dice(name, n), p.first(n)
		if s > score || s == score && (f < first || f == first && n < best) {
			best, score, first = n, s, f
		}
	}
	if best == "" {
		return r, ok
	}
	return t[best], true
}

// PunishedBy reports whether one of r's articles is cited. Sources that
// number articles as integers (CAIL2018) write 第一百七十七条之一 as 177,
// so a cited number without suffix stands for any article of that number.
func (r ChargeRule) PunishedBy(cited []ArticleNo) bool {
	for _, no := range append(append([]ArticleNo{}, r.Articles...), r.Penalty...) {
		for _, c := range cited {
			if c == no || c.Suffix == 0 && c.Number == no.Number {
				return true
			}
		}
	}
	return false
}

// bracketed is a charge name in CAIL's notation: the text outside the
// brackets, which an official name must contain, and each bracket's
// alternatives, of which it must contain one.
type bracketed struct {
	fixed  []string
	groups [][]string
}

func readBracketed(s string) bracketed {
	s = strings.TrimSuffix(strings.Join(strings.Fields(s), ""), "罪")
	s = strings.NewReplacer("［", "[", "］", "]").Replace(s)
	var p bracketed
	for s != "" {
		open := strings.Index(s, "[")
		if open < 0 {
			p.fixed = append(p.fixed, s)
			break
		}
		if open > 0 {
			p.fixed = append(p.fixed, s[:open])
		}
		end := strings.Index(s[open:], "]")
		if end < 0 {
			p.fixed = append(p.fixed, s[open+1:])
			break
		}
		var alts []string
		for _, a := range strings.Split(s[open+1:open+end], "、") {
			if a != "" {
				alts = append(alts, a)
			}
		}
		if len(alts) > 0 {
			p.groups = append(p.groups, alts)
		}
		s = s[open+end+1:]
	}
	return p
}

// readListed reads a bracketed name whose brackets a source dropped
// (制造、贩卖、传播淫秽物品): the parts before the last are alternatives,
// and the last is one more alternative, as long as the first, followed by
// the object every alternative shares.
func readListed(s string) bracketed {
	s = strings.TrimSuffix(strings.Join(strings.Fields(s), ""), "罪")
	parts := strings.Split(s, "、")
	if len(parts) < 2 {
		return bracketed{fixed: []string{s}}
	}
	last := []rune(parts[len(parts)-1])
	k := len([]rune(parts[0]))
	if k >= len(last) {
		return bracketed{fixed: []string{s}}
	}
	alts := append(slices.Clone(parts[:len(parts)-1]), string(last[:k]))
	return bracketed{fixed: []string{string(last[k:])}, groups: [][]string{alts}}
}

// fits reports whether official name n reads as an instance of p.
func (p bracketed) fits(n string) bool {
	for _, f := range p.fixed {
		if !strings.Contains(n, f) {
			return false
		}
	}
	for _, g := range p.groups {
		one := false
		for _, a := range g {
			one = one || strings.Contains(n, a)
		}
		if !one {
			return false
		}
	}
	return true
}

// first is the place, counted over every bracket's alternatives in
// order, of the first alternative official name n contains.
func (p bracketed) first(n string) int {
	i := 0
	for _, g := range p.groups {
		for _, a := range g {
			if strings.Contains(n, a) {
				return i
			}
			i++
		}
	}
	return i
}
