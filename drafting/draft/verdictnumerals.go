package draft

import (
	"regexp"
	"strconv"
)

// Courts write a fine either in Chinese numerals (罚金人民币五千元), as most
// do, or in digits (罚金人民币5000元, 罚金人民币3万元); each court keeps to
// its own. On the tune set, of the 37 verdicts whose court's other stored
// judgments mostly write fines in digits, 34 did too.

// The numerals a court writes its fines in, besides the Chinese ones.
const (
	numeralsDigits = "digits" // 5000元, 30000元
	numeralsWan    = "wan"    // 3万元, 5000元
	numeralsHan    = "han"    // 五千元
)

// fineNumeralRe is a fine with its amount: group 1 the Chinese numerals,
// group 2 the digits, group 3 a 万 after them.
var fineNumeralRe = regexp.MustCompile(`罚金(?:人民币)?(?:([一二三四五六七八九十百千万两零]+)|(\d+)(万)?)元`)

// fineNumeralsOf is how most of a verdict's fines are written; "" when it
// states none.
func fineNumeralsOf(verdict string) string {
	counts := map[string]int{}
	for _, m := range fineNumeralRe.FindAllStringSubmatch(verdict, -1) {
		switch {
		case m[1] != "":
			counts[numeralsHan]++
		case m[3] != "":
			counts[numeralsWan]++
		default:
			counts[numeralsDigits]++
		}
	}
	return commonest(counts, func(a, b string) bool { return a < b })
}

// yuan writes a fine of y yuan in the court's numerals.
func (h houseWording) yuan(y float64) string {
	if y != float64(int64(y)) || h.numerals != numeralsDigits && h.numerals != numeralsWan {
		return yuanWords(y)
	}
	n := int64(y)
	if h.numerals == numeralsWan && n >= 10000 && n%10000 == 0 {
		return strconv.FormatInt(n/10000, 10) + "万"
	}
	return strconv.FormatInt(n, 10)
}
