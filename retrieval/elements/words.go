package elements

import (
	"strconv"
	"strings"

	"leian/corpus/cite"
)

// Yuan writes an amount the way a judgment would round it: 约3000元, 3.5万元.
func Yuan(y float64) string {
	if y >= 10000 {
		return strconv.FormatFloat(roundSig(y/10000, 3), 'f', -1, 64) + "万元"
	}
	return strconv.FormatFloat(roundSig(y, 3), 'f', -1, 64) + "元"
}

func roundSig(x float64, digits int) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', digits, 64), 64)
	return v
}

// articleWords writes "刑法133-1" as 刑法第133条之一.
func articleWords(key string) string {
	article, suffix, ok := cite.ParseArticleKey(key)
	switch {
	case !ok:
		return key
	case suffix == 0:
		return "刑法第" + strconv.Itoa(article) + "条"
	}
	return "刑法第" + strconv.Itoa(article) + "条之" + Numeral(suffix)
}

// Numeral writes 0 ≤ n < 100 in Chinese numerals (十二, 二十, 五).
func Numeral(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + strings.TrimPrefix(digits[n%10], "零")
	case n < 100:
		s := digits[n/10] + "十"
		if n%10 != 0 {
			s += digits[n%10]
		}
		return s
	}
	return strconv.Itoa(n)
}

// PenaltyWords writes a penalty as a verdict does: 有期徒刑一年五个月, 拘役四个月.
func PenaltyWords(kind string, months int) string {
	if months <= 0 {
		return kind
	}
	years, rest := months/12, months%12
	s := kind
	if years > 0 {
		s += Numeral(years) + "年"
	}
	if rest > 0 {
		s += Numeral(rest) + "个月"
	}
	return s
}
