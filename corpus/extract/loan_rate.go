package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// Interest is written four ways in private-lending judgments: a
// percentage a month (月利率2％, 利息每月2％), per mille a month (月利率
// 20‰), a percentage a year (年利率24%), or in 分 and 厘 a month (月息2分4厘
// = 2.4% a month, often in words: 月息俩分肆厘, 月息一分五).
var (
	monthPctRe = regexp.MustCompile(`月(?:利率|利息|息)?(?:为|按|是|约定)?(?:百分之)?(\d{1,2}(?:\.\d+)?)\s*[%％]`)
	monthPmRe  = regexp.MustCompile(`月(?:利率|利息|息)?(?:为|按|是|约定)?(\d{1,3}(?:\.\d+)?)\s*‰`)
	yearPctRe  = regexp.MustCompile(`年(?:利率|利息|息)(?:为|按|是|约定)?(?:百分之)?(\d{1,3}(?:\.\d+)?)\s*[%％]`)
	fenRe      = regexp.MustCompile(`月(?:利率|利息|息)?(?:为|按|是|约定)?(\d(?:\.\d+)?|[一二两俩三四五六七八九壹贰叁肆伍陆柒捌玖])分(?:([\d一二两俩三四五六七八九壹贰叁肆伍陆柒捌玖])厘?)?`)
)

// fenDigits reads the digits 分 and 厘 rates are written in, formal
// (壹贰叁) and colloquial (俩) forms included.
var fenDigits = strings.NewReplacer(
	"一", "1", "壹", "1", "二", "2", "两", "2", "俩", "2", "贰", "2", "三", "3", "叁", "3",
	"四", "4", "肆", "4", "五", "5", "伍", "5", "六", "6", "陆", "6", "七", "7", "柒", "7",
	"八", "8", "捌", "8", "九", "9", "玖", "9")

// annualRate is the highest interest rate text states, agreed or claimed,
// in percent a year; 0 when none is stated. Statutory references such as
// 中国人民银行同期贷款利率 carry no number and are not counted.
func annualRate(text string) float64 {
	var best float64
	for _, m := range monthPctRe.FindAllStringSubmatch(text, -1) {
		if v, err := strconv.ParseFloat(m[1], 64); err == nil {
			best = max(best, 12*v)
		}
	}
	for _, m := range monthPmRe.FindAllStringSubmatch(text, -1) {
		if v, err := strconv.ParseFloat(m[1], 64); err == nil {
			best = max(best, 12*v/10)
		}
	}
	for _, m := range yearPctRe.FindAllStringSubmatch(text, -1) {
		if v, err := strconv.ParseFloat(m[1], 64); err == nil {
			best = max(best, v)
		}
	}
	for _, m := range fenRe.FindAllStringSubmatch(text, -1) {
		fen, err := strconv.ParseFloat(fenDigits.Replace(m[1]), 64)
		if err != nil {
			continue
		}
		if m[2] != "" {
			li, err := strconv.ParseFloat(fenDigits.Replace(m[2]), 64)
			if err != nil {
				continue
			}
			fen += li / 10
		}
		best = max(best, 12*fen)
	}
	return best
}
