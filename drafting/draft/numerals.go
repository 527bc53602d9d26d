package draft

import (
	"strconv"
	"strings"
	"time"
)

var cnDigit = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// cnNumber writes n (0 ≤ n < 10^8) in Chinese numerals as judgments do:
// 十二, 二百零五, 一万五千.
func cnNumber(n int) string {
	if n == 0 {
		return "零"
	}
	if n >= 10000 {
		hi, lo := n/10000, n%10000
		s := cnNumber(hi) + "万"
		switch {
		case lo == 0:
		case lo < 1000:
			s += "零" + cnNumber(lo)
		default:
			s += cnNumber(lo)
		}
		return s
	}
	units := []string{"千", "百", "十", ""}
	div := []int{1000, 100, 10, 1}
	var b strings.Builder
	zero := false
	for i, d := range div {
		v := n / d % 10
		if v == 0 {
			if b.Len() > 0 {
				zero = true
			}
			continue
		}
		if zero {
			b.WriteString("零")
			zero = false
		}
		if !(v == 1 && d == 10 && b.Len() == 0) {
			b.WriteString(cnDigit[v])
		}
		b.WriteString(units[i])
	}
	return b.String()
}

// termWords writes a term in months: 一年六个月, 八个月, 三年.
func termWords(months int) string {
	y, m := months/12, months%12
	switch {
	case y == 0:
		return cnNumber(m) + "个月"
	case m == 0:
		return cnNumber(y) + "年"
	}
	return cnNumber(y) + "年" + cnNumber(m) + "个月"
}

// yuanWords writes a fine: 二千, 一万五千; amounts with jiao are written in digits.
func yuanWords(y float64) string {
	if y != float64(int(y)) || y >= 1e8 {
		return strings.TrimRight(strings.TrimRight(formatFloat(y), "0"), ".")
	}
	return cnNumber(int(y))
}

func formatFloat(f float64) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimRight(fmtF(f), "0"), "."))
}

func fmtF(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) }

// dateWords writes a date as judgments write it: 2018年4月15日.
func dateWords(t time.Time) string { return t.Format("2006年1月2日") }

// cnDate writes the judgment date in Chinese numerals: 二〇一八年七月十六日.
func cnDate(t time.Time) string {
	var b strings.Builder
	for _, r := range t.Format("2006") {
		if r == '0' {
			b.WriteString("〇")
		} else {
			b.WriteString(cnDigit[r-'0'])
		}
	}
	return b.String() + "年" + cnNumber(int(t.Month())) + "月" + cnNumber(t.Day()) + "日"
}
