package extract

import (
	"regexp"
	"strconv"
	"strings"

	"leian/internal/cnum"
)

// moneyRe matches an amount in yuan: 3,096元, 153，099.5元, 99 122.26元 (the
// Gazette's typesetting groups thousands with a space), 人民币二千元,
// 1.5万元, 十万元. Group 1 is the number, group 2 the 万/亿 unit.
var moneyRe = regexp.MustCompile(`(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)\s*(万|亿)?\s*(?:余|多)?\s*元`)

// ParseYuan reads an amount written as a number (3,096, 1.5, 二千) and an
// optional 万 or 亿 unit into yuan.
func ParseYuan(num, unit string) (float64, bool) {
	var v float64
	if num != "" && num[0] >= '0' && num[0] <= '9' {
		f, err := strconv.ParseFloat(strings.NewReplacer(",", "", "，", "", " ", "").Replace(num), 64)
		if err != nil {
			return 0, false
		}
		v = f
	} else {
		n, ok := cnum.ParseInt(num)
		if !ok {
			return 0, false
		}
		v = float64(n)
	}
	switch unit {
	case "万":
		v *= 1e4
	case "亿":
		v *= 1e8
	}
	return v, true
}

// amounts lists the yuan amounts in s, whose first rune is at rune offset
// base of the judgment text.
func amounts(s string, base int) []Amount {
	var out []Amount
	spans := newRuneSpans(s, base)
	for _, m := range moneyRe.FindAllStringSubmatchIndex(s, -1) {
		unit := ""
		if m[4] >= 0 {
			unit = s[m[4]:m[5]]
		}
		v, ok := ParseYuan(s[m[2]:m[3]], unit)
		if !ok || v == 0 {
			continue
		}
		out = append(out, Amount{Yuan: v, Text: s[m[0]:m[1]], Span: spans.span(m[0], m[1])})
	}
	return out
}
