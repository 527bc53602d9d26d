package cite

import (
	"unicode"

	"leian/internal/cnum"
)

// chain is one written provision: 第N条[之M][第N、M款][第（N）、（M）项],
// where any leading part may be missing (a bare 第三款 continues a list).
type chain struct {
	start, end int // rune offsets
	article    int // 0 when the chain starts at 款 or 项
	suffix     int
	paragraphs []int
	items      []int
}

// parseChain reads a chain starting at i. bare allows the first part to go
// without 第 (第25条、27条; 第一款（一）项), which only list continuations do.
func parseChain(rs []rune, i int, bare bool) (chain, bool) {
	c := chain{start: i}
	j := i
	if n, suf, k, ok := parseArticle(rs, j, bare); ok {
		c.article, c.suffix, j = n, suf, k
		bare = true
	}
	if ns, k, ok := parseNumbered(rs, skipSpace(rs, j), bare, '款', false); ok {
		c.paragraphs, j = ns, k
		bare = true
	}
	if ns, k, ok := parseNumbered(rs, skipSpace(rs, j), bare, '项', true); ok {
		c.items, j = ns, k
	}
	if j == i {
		return c, false
	}
	c.end = j
	return c, true
}

// parseArticle reads 第N条 with an optional 之一 suffix.
func parseArticle(rs []rune, i int, bare bool) (n, suffix, end int, ok bool) {
	j, hasDi := skipDi(rs, i)
	if !hasDi && !bare {
		return 0, 0, i, false
	}
	n, j, ok = parseNumber(rs, skipSpace(rs, j))
	if !ok {
		return 0, 0, i, false
	}
	j = skipSpace(rs, j)
	if j >= len(rs) || rs[j] != '条' {
		return 0, 0, i, false
	}
	j++
	if j+1 < len(rs) && rs[j] == '之' {
		if s, k, ok := parseNumber(rs, j+1); ok && s < 10 {
			return n, s, k, true
		}
	}
	return n, 0, j, true
}

// parseNumbered reads 第N款, 第一、三款, 第（二）项 or （一）（三）项: a list
// of numbers ended by unit. paren allows （N） numbers, as items are written.
func parseNumbered(rs []rune, i int, bare bool, unit rune, paren bool) ([]int, int, bool) {
	j, hasDi := skipDi(rs, i)
	if !hasDi && !bare {
		return nil, i, false
	}
	var ns []int
	for {
		j = skipSpace(rs, j)
		n, k, ok := parseNumber(rs, j)
		if !ok && paren {
			n, k, ok = parseParenNumber(rs, j)
		}
		if !ok {
			return nil, i, false
		}
		ns = append(ns, n)
		j = skipSpace(rs, k)
		if j < len(rs) && rs[j] == unit {
			return ns, j + 1, true
		}
		if j < len(rs) && (rs[j] == '、' || rs[j] == '，' || rs[j] == ',') {
			j++
			// 第一、第三款 repeats 第 inside the list.
			j, _ = skipDi(rs, skipSpace(rs, j))
		} else if !(paren && j < len(rs) && isOpenParen(rs[j])) {
			return nil, i, false
		}
		if len(ns) > 20 {
			return nil, i, false
		}
	}
}

// parseNumber reads a run of numeral runes as a positive number.
func parseNumber(rs []rune, i int) (int, int, bool) {
	j := i
	for j < len(rs) && j-i < 10 && cnum.IsNumeral(rs[j]) && rs[j] != '万' && rs[j] != '亿' {
		j++
	}
	if j == i {
		return 0, i, false
	}
	n, ok := cnum.ParseInt(string(rs[i:j]))
	if !ok || n <= 0 || n > 100000 {
		return 0, i, false
	}
	return int(n), j, true
}

// parseParenNumber reads （二） or (2).
func parseParenNumber(rs []rune, i int) (int, int, bool) {
	if i >= len(rs) || !isOpenParen(rs[i]) {
		return 0, i, false
	}
	n, j, ok := parseNumber(rs, i+1)
	if !ok || j >= len(rs) || (rs[j] != '）' && rs[j] != ')') {
		return 0, i, false
	}
	return n, j + 1, true
}

func isOpenParen(r rune) bool { return r == '（' || r == '(' }

func skipDi(rs []rune, i int) (int, bool) {
	if i < len(rs) && rs[i] == '第' {
		return i + 1, true
	}
	return i, false
}

// skipSpace skips white space, including the full-width space judgments use.
func skipSpace(rs []rune, i int) int {
	for i < len(rs) && unicode.IsSpace(rs[i]) {
		i++
	}
	return i
}

// backSpace returns the index of the last non-space rune before i, or -1.
func backSpace(rs []rune, i int) int {
	j := i - 1
	for j >= 0 && unicode.IsSpace(rs[j]) {
		j--
	}
	return j
}
