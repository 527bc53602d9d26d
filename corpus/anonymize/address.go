package anonymize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	// addrCueRe opens a natural person's address. 住所地 is left out: it
	// is how legal persons' seats are written, and those are kept (第十一条).
	addrCueRe = regexp.MustCompile(`(?:家住|现住|暂住|居住于|居住在|户籍地|户籍所在地|户籍住址|户籍地址|住所地|(?:^|[，,。；;\s（(前及])住(?:址)?)\s*(?:为|在|于|：|:)?\s*`)
	// addrEndRe ends an address.
	addrEndRe = regexp.MustCompile(`[，,。；;（(：:\s、）)]`)
	// unitRe is one administrative unit at county level or above.
	unitRe = regexp.MustCompile(`^\p{Han}{1,9}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|省|市|州|盟|县|区|旗)`)
	// belowCounty are characters a unit at or above county level never holds.
	belowCounty = "镇乡村街道路号组社巷弄楼栋室院园庄屯场队里坊湾"
	// addrWords show the text after a bare 住 is an address.
	addrWords = regexp.MustCompile(`[村镇乡街路号组巷弄栋室楼]|社区|小区`)
)

// addresses finds the part of a natural person's address below county
// level: 住江西省南昌县莲塘镇某村 keeps 住江西省南昌县.
func addresses(text string) []span {
	var out []span
	for _, m := range addrCueRe.FindAllStringIndex(text, -1) {
		start := m[1]
		end := len(text)
		if e := addrEndRe.FindStringIndex(text[start:]); e != nil {
			end = start + e[0]
		}
		if end-start > 180 { // 60 runes: longer is not one address
			end = start + 180
			for end > start && !isRuneStart(text[end]) {
				end--
			}
		}
		if strings.HasSuffix(text[m[0]:m[1]], "住所地") || strings.Contains(text[m[0]:m[1]], "住所地") {
			if !natural(text, m[0]) {
				continue // a legal person's seat is kept (第十一条第（一）项)
			}
		}
		addr := text[start:end]
		if bare := strings.HasSuffix(strings.TrimRight(text[m[0]:m[1]], " \t"), "住"); addr == "" || (bare && (strings.HasPrefix(addr, "院") || strings.HasPrefix(addr, "宿"))) {
			// 住院, 住宿 after a bare 住 are no address; 户籍地宿州市 is one
			continue
		}
		cut := 0
		for {
			u := unitRe.FindString(addr[cut:])
			if u == "" || strings.ContainsAny(u, belowCounty) {
				break
			}
			cut += len(u)
			// 高州市, 杭州市: the lazy match stopped at 州
			if r, n := utf8.DecodeRuneInString(addr[cut:]); strings.ContainsRune("市县区", r) {
				cut += n
			}
		}
		rest := addr[cut:]
		if rest == "" || rest == "人" || (cut == 0 && !addrWords.MatchString(rest)) {
			continue
		}
		rest = strings.TrimSuffix(rest, "人")
		out = append(out, span{s: start + cut, e: start + cut + len(rest), kind: Address, repl: "×××", rule: ruleAddress})
	}
	return out
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// natural says whether the sentence before i describes a natural person.
func natural(text string, i int) bool {
	from := max(0, i-240)
	if j := strings.LastIndex(text[from:i], "。"); j >= 0 {
		from += j
	}
	c := text[from:i]
	return strings.Contains(c, "男") || strings.Contains(c, "女") || strings.Contains(c, "出生") || strings.Contains(c, "族，")
}
