package extract

import (
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
	name string // official, with 罪
	flat string // without 罪 and 、
}

var chargesOnce = sync.OnceValue(func() *chargeIndex {
	ix := &chargeIndex{exact: make(map[string]string, len(chargeNames))}
	for _, n := range chargeNames {
		base := strings.TrimSuffix(n, "罪")
		ix.exact[base] = n
		ix.exact[strings.ReplaceAll(base, "、", "")] = n
		ix.flat = append(ix.flat, flatCharge{n, strings.ReplaceAll(base, "、", "")})
	}
	return ix
})

// NormaliseCharge maps a charge as a judgment writes it (贩卖毒品罪,
// [走私、贩卖、运输、制造]毒品, 盗窃) to the official Criminal Law name with
// 罪. Selective charges written in part map to the full name: the written
// words must appear in order in the official name, which must also contain
// the written object (毒品). ok is false when no official name fits; the
// written name with 罪 is returned then.
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
	if utf8.RuneCountInString(flat) < 4 {
		return base + "罪", false
	}
	object := lastRunes(flat, 2)
	best := ""
	for _, c := range ix.flat {
		if strings.Contains(c.flat, object) && subsequence(flat, c.flat) &&
			(best == "" || len(c.name) < len(best)) {
			best = c.name
		}
	}
	if best == "" {
		return base + "罪", false
	}
	return best, true
}

func cleanCharge(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '[', ']', ' ', '\t', '\n', '\u3000', '“', '”':
			return -1
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
// 掩饰、隐瞒犯罪所得罪 is not cut at its inner 罪. It returns the written
// name and its length in bytes, or 0 when no 罪 follows closely.
func chargeAt(s string) (string, int) {
	if strings.HasPrefix(s, "罪") {
		return "", 0 // 犯罪…, not a charge
	}
	limit := min(len(s), 40*3)
	var first string
	var firstN int
	for i := 0; i < limit; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune("，。；：,;:（）() ", r) {
			break
		}
		i += n
		if r != '罪' || i <= n {
			continue
		}
		cand := s[:i]
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
