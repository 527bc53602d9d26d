package rules

import (
	"strings"

	"leian/internal/cnum"

	"leian/corpus/cite"
)

// articleLabel writes 第一百三十三条之一.
func articleLabel(n, suffix int) string {
	s := "第" + chineseNumber(n) + "条"
	if suffix > 0 {
		s += "之" + chineseNumber(suffix)
	}
	return s
}

// citedLabel writes the cited provision: 第二百六十四条第一款第（二）项.
func citedLabel(a *Article, c cite.Citation) string {
	s := a.Label
	if c.Paragraph > 0 {
		s += "第" + chineseNumber(c.Paragraph) + "款"
	}
	if c.Item > 0 {
		s += "第（" + chineseNumber(c.Item) + "）项"
	}
	return s
}

// cnNumber reads a Chinese numeral the guideline writes (两, 十二); 0 if none.
func cnNumber(s string) int {
	n, _ := cnum.ParseInt(s)
	return int(n)
}

var cnDigits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// chineseNumber writes n (0 < n < 10000) as statutes number articles:
// 二百零一, 十五, 一千二百六十.
func chineseNumber(n int) string {
	if n <= 0 || n >= 10000 {
		return ""
	}
	units := []struct {
		v int
		s string
	}{{1000, "千"}, {100, "百"}, {10, "十"}}
	var b strings.Builder
	zero := false
	for _, u := range units {
		d := n / u.v
		n %= u.v
		switch {
		case d > 0:
			if zero {
				b.WriteString("零")
				zero = false
			}
			if !(u.v == 10 && d == 1 && b.Len() == 0) {
				b.WriteString(cnDigits[d])
			}
			b.WriteString(u.s)
		case b.Len() > 0:
			zero = true
		}
	}
	if n > 0 {
		if zero {
			b.WriteString("零")
		}
		b.WriteString(cnDigits[n])
	}
	return b.String()
}

// bigrams returns the set of adjacent character pairs of s.
func bigrams(s string) map[string]bool {
	rs := []rune(s)
	out := make(map[string]bool, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		out[string(rs[i:i+2])] = true
	}
	return out
}

// dice is the Dice coefficient of the bigram sets of a and b.
func dice(a, b string) float64 {
	return diceSets(bigrams(a), bigrams(b))
}

func diceSets(ga, gb map[string]bool) float64 {
	if len(ga)+len(gb) == 0 {
		return 0
	}
	n := 0
	for g := range ga {
		if gb[g] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(ga)+len(gb))
}
