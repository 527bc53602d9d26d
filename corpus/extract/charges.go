package extract

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// chargeIndex looks charge names up exactly and by selective reduction.
type chargeIndex struct {
	exact map[string]string // name without 罪 → official name with 罪
	flat  []flatCharge
}

type flatCharge struct {
	name  string   // official, with 罪
	flat  string   // without 罪 and 、
	parts []string // split at 、
}

var chargesOnce = sync.OnceValue(func() *chargeIndex {
	ix := &chargeIndex{exact: make(map[string]string, len(chargeNames))}
	var cut [][2]string // a reading a judgment's 犯 cuts from a name, its official name
	for _, n := range chargeNames {
		official := n
		if r, ok := chargeRenames[n]; ok {
			official = r
		}
		official = cleanCharge(official)
		base := strings.TrimSuffix(cleanCharge(n), "罪")
		flat := strings.ReplaceAll(base, "、", "")
		ix.exact[base] = official
		if _, ok := ix.exact[flat]; !ok {
			ix.exact[flat] = official
		}
		ix.flat = append(ix.flat, flatCharge{official, flat, strings.Split(base, "、")})
		for _, r := range bracketReadings(base) { // chargereadings.go
			if _, ok := ix.exact[r]; !ok {
				ix.exact[r] = official
				ix.flat = append(ix.flat, flatCharge{official, r, strings.Split(r, "、")})
			}
		}
		if r := cutReading(base); r != "" {
			cut = append(cut, [2]string{r, official})
		}
	}
	// After every name: a cut reading never hides an official name.
	for _, c := range cut {
		if _, ok := ix.exact[c[0]]; !ok {
			ix.exact[c[0]] = c[1]
		}
	}
	return ix
})

// NormaliseCharge maps a charge as a judgment writes it (贩卖毒品罪,
// [走私、贩卖、运输、制造]毒品, 盗窃) to the current official Criminal Law
// name with 罪. Superseded names map to their replacements (偷税罪 → 逃税罪).
// Selective charges written in part map to the full name: the written
// words must appear in order in the official name, which must also contain
// the written object (毒品); a two- or three-character name must be one
// of its 、-separated parts (窝藏 → 窝藏、包庇罪). ok is false when no
// official name fits; the written name with 罪 is returned then.
func NormaliseCharge(raw string) (name string, ok bool) {
	base := strings.TrimSuffix(cleanCharge(raw), "罪")
	if base == "" {
		return "", false
	}
	ix := chargesOnce()
	if n, ok := ix.exact[base]; ok {
		return n, true
	}
	flat := strings.ReplaceAll(base, "、", "")
	var best *flatCharge
	short := utf8.RuneCountInString(flat) < 4
	object := lastRunes(flat, 2)
	for i := range ix.flat {
		c := &ix.flat[i]
		var fits bool
		if short {
			fits = slices.Contains(c.parts, flat)
		} else {
			fits = strings.Contains(c.flat, object) && subsequence(flat, c.flat)
		}
		if fits && (best == nil || better(c, best, flat)) {
			best = c
		}
	}
	if best == nil {
		return base + "罪", false
	}
	return best.name, true
}

// better says whether candidate c is a better reading of the written flat
// name than b: the shorter official name, except that a selective name
// (several acts) the written words select from beats a single act they
// fit only with words left out: 引诱卖淫 is 引诱、容留、介绍卖淫罪, not
// 引诱幼女卖淫罪.
func better(c, b *flatCharge, flat string) bool {
	switch cs, bs := selects(flat, c.parts), selects(flat, b.parts); {
	case cs && len(b.parts) == 1:
		return true
	case bs && len(c.parts) == 1:
		return false
	}
	return len(c.name) < len(b.name)
}

// selects reports whether flat is some of a selective name's acts written
// whole, in order, then the tail of its last act (the object they share):
// 引诱 and 卖淫 of 引诱、容留、介绍卖淫.
func selects(flat string, parts []string) bool {
	if len(parts) < 2 {
		return false
	}
	last := parts[len(parts)-1]
	acts := 0
	for _, p := range parts[:len(parts)-1] {
		if rest, ok := strings.CutPrefix(flat, p); ok {
			flat = rest
			acts++
		}
	}
	return acts > 0 && flat != "" && strings.HasSuffix(last, flat)
}

func cleanCharge(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '[', ']', ' ', '\t', '\n', '\u3000', '“', '”':
			return -1
		case '帐': // 会计帐簿 and 会计账簿 are both written
			return '账'
		}
		return r
	}, s)
}

func lastRunes(s string, n int) string {
	rs := []rune(s)
	return string(rs[max(0, len(rs)-n):])
}

// subsequence reports whether the runes of a occur in b in order.
func subsequence(a, b string) bool {
	for _, r := range a {
		i := strings.IndexRune(b, r)
		if i < 0 {
			return false
		}
		b = b[i+utf8.RuneLen(r):]
	}
	return true
}

// chargeAt reads the charge that starts at s (just after 犯), choosing the
// longest …罪 prefix that names an official charge, so that
// 掩饰、隐瞒犯罪所得罪 is not cut at its inner 罪. A short parenthesis
// inside, as in 故意伤害（致死）罪, is left out of the name. It returns the
// written name and the bytes it spans, or 0 when no 罪 follows closely.
func chargeAt(s string) (string, int) {
	if strings.HasPrefix(s, "罪") {
		return "", 0 // 犯罪…, not a charge
	}
	limit := min(len(s), 40*3)
	var name strings.Builder
	var first string
	var firstN int
	for i := 0; i < limit; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '（' || r == '(' {
			j := strings.IndexAny(s[i:min(len(s), i+30)], "）)")
			if j < 0 {
				break
			}
			_, cn := utf8.DecodeRuneInString(s[i+j:])
			i += j + cn
			continue
		}
		if strings.ContainsRune("，。；：,;:） ", r) {
			break
		}
		i += n
		name.WriteRune(r)
		if r != '罪' || name.Len() <= n {
			continue
		}
		cand := name.String()
		if _, ok := NormaliseCharge(cand); ok {
			first, firstN = cand, i
			continue
		}
		if first == "" {
			first, firstN = cand, i
		}
	}
	return first, firstN
}

// chargesIn reads every charge written as 犯X罪 (and X罪、Y罪 after it).
func chargesIn(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "犯")
		if j < 0 {
			break
		}
		i += j + len("犯")
		for {
			c, n := chargeAt(s[i:])
			if n == 0 {
				break
			}
			out = append(out, c)
			i += n
			r, rn := utf8.DecodeRuneInString(s[i:])
			if r != '、' && r != '和' && r != '及' {
				break
			}
			i += rn
		}
	}
	return out
}

// ChargeNames lists every charge name extraction recognises, superseded
// ones included, as the generated table holds them.
func ChargeNames() []string { return slices.Clone(chargeNames[:]) }

// ChargeRenames returns the superseded-name table, old → new.
func ChargeRenames() map[string]string { return maps.Clone(chargeRenames) }
