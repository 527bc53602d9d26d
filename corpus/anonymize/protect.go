package anonymize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	// courtRe is a court's or procuratorate's name: places, then the organ.
	courtRe = regexp.MustCompile(`(?:最高人民(?:法院|检察院))|(?:\p{Han}{1,8}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)){1,4}(?:中级|高级)?(?:人民法院|人民检察院)`)
	// statuteRe is a law's title or an article number.
	statuteRe = regexp.MustCompile(`《[^》]{1,60}》|第[一二三四五六七八九十百千零〇\d]+条(?:之[一二三四五六七八九十])?`)
)

// protectedSpans are court names and statutes: no person's name is
// replaced inside them, even when a name's characters occur there.
func protectedSpans(text string) []rng {
	var out []rng
	for _, m := range courtRe.FindAllStringIndex(text, -1) {
		out = append(out, rng{s: courtStart(text, m[0], m[1]), e: m[1]})
	}
	for _, m := range statuteRe.FindAllStringIndex(text, -1) {
		t := text[m[0]:m[1]]
		out = append(out, rng{s: m[0], e: m[1], title: strings.HasPrefix(t, "《"), paper: strings.HasPrefix(t, "《") && paperTitleRe.MatchString(t)})
	}
	return out
}

// courtStart moves a court match's start up to three characters before its
// first place suffix. courtRe's free first part reads up to eight characters
// back into the clause (被告人高炜身为零陵区人民法院, 向娟对洪江市人民检察院),
// which would shield the person's name; county and city names are mostly
// two or three characters before the suffix.
func courtStart(text string, s, e int) int {
	loc := placeSuffixRe.FindStringIndex(text[s:e])
	if loc == nil || loc[0] == 0 {
		return s
	}
	i := s + loc[0]
	for k := 0; k < 3 && i > s; k++ {
		_, n := utf8.DecodeLastRuneInString(text[s:i])
		i -= n
	}
	return i
}

// paperTitleRe is the title of a paper about persons in the case, not a
// law: 《关于推荐张海、夏晶二同志担任副局长的请示》, 《关于钟靖等3人…的情况说明》,
// 《关于新胜村任江、张菲…任职情况的证明》. It opens with 关于 and ends with
// the paper's kind; no statute, interpretation or notice of the courts
// (《最高人民法院关于…的通知》 opens with the issuer).
var paperTitleRe = regexp.MustCompile(`^《关于[^》]*(?:说明|请示|证明|报告|通知|决定)》$`)

// placeSuffixRe is the first place suffix inside a court's name.
var placeSuffixRe = regexp.MustCompile(`特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗`)

// blocked says whether a name at [s, e) may not be replaced: it overlaps a
// court's name or an article number, or a title it does not lie wholly
// inside, or it is a two-character name inside a title. A found person's
// full three-character name inside a title (《关于被告人王明娟的立功说明》)
// is the person and is replaced; two characters match inside law titles
// by chance too often (《中华人民共和国…》), so a two-character name is
// replaced only inside the title of a case paper (paperTitleRe).
func blocked(s, e int, protected []rng) bool {
	for _, r := range protected {
		if s >= r.e || r.s >= e {
			continue
		}
		if !r.title || s < r.s || e > r.e || (e-s < len("王明娟") && !r.paper) {
			return true
		}
	}
	return false
}
