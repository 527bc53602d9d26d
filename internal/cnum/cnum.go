// Package cnum reads the numbers written in Chinese legal text: Chinese
// numerals (二百六十四, 一千零五十, 两万), Arabic and full-width digits.
package cnum

import "strings"

var digits = map[rune]int{
	'〇': 0, '零': 0, '○': 0, 'Ｏ': 0,
	'一': 1, '壹': 1, '二': 2, '贰': 2, '两': 2, '三': 3, '叁': 3, '四': 4, '肆': 4,
	'五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
}

var units = map[rune]int{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}

// IsNumeral reports whether r can appear in a number ParseInt reads.
func IsNumeral(r rune) bool {
	if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
		return true
	}
	_, d := digits[r]
	_, u := units[r]
	return d || u || r == '万' || r == '亿'
}

// ParseInt reads s as a whole number. It accepts Arabic digits, full-width
// digits, positional Chinese numerals (二〇一八) and Chinese numerals with
// units up to 亿. ok is false when s is empty or holds anything else.
func ParseInt(s string) (n int64, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if v, ok := parseDigits(s); ok {
		return v, true
	}
	return parseUnits(s)
}

// parseDigits reads a string of digits only, Arabic, full-width or Chinese
// positional (二〇一八年 writes years this way).
func parseDigits(s string) (int64, bool) {
	var n int64
	for _, r := range s {
		var d int
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= '０' && r <= '９':
			d = int(r - '０')
		default:
			v, ok := digits[r]
			if !ok || r == '两' {
				return 0, false
			}
			d = v
		}
		if n > (1<<62)/10 {
			return 0, false
		}
		n = n*10 + int64(d)
	}
	return n, true
}

// parseUnits reads numerals with 十百千万亿 units; a leading 十 means 10.
func parseUnits(s string) (int64, bool) {
	var total, section, digit int64
	seenDigit := false
	for _, r := range s {
		if d, ok := digits[r]; ok {
			digit = int64(d)
			seenDigit = true
			continue
		}
		if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			// Mixed forms such as 3万: the digit run before a unit.
			v, _ := parseDigits(string(r))
			digit = digit*10 + v
			seenDigit = true
			continue
		}
		if u, ok := units[r]; ok {
			if !seenDigit {
				digit = 1
			}
			section += digit * int64(u)
			digit, seenDigit = 0, false
			continue
		}
		switch r {
		case '万':
			total += (section + digit) * 10000
		case '亿':
			total = (total + section + digit) * 100000000
		default:
			return 0, false
		}
		section, digit, seenDigit = 0, 0, false
	}
	return total + section + digit, true
}
