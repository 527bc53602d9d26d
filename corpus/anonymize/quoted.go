package anonymize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// quotedNames finds names written between quotation marks: the name on an
// ID card or a bank card (一张“刘中华”的身份证, “王璧”的U盾), a name a
// defendant posed under (谎称自己是“彭菁”), a contact saved in a phone
// (微信好友“韦向阳”). The marks bound the name on both sides, so it may
// not run on into a verb; quoted nicknames and words (“毛毛”, “老狼”,
// “星辰”, “金星”, “韩老二”) and brands (“阿玛尼”, “金泸州”) are kept out:
// the item must read whole as a surname and one or two given characters,
// one of them common in names, with no nickname or place character, and
// be no everyday word or title.
func quotedNames(text string) []string {
	var out []string
	seen := map[string]bool{}
	for i := 0; ; {
		j := strings.Index(text[i:], "“")
		if j < 0 {
			return out
		}
		s := i + j + len("“")
		i = s
		k := strings.Index(text[s:min(len(text), s+5*3)], "”")
		if k < 0 {
			continue
		}
		it := text[s : s+k]
		if seen[it] {
			continue
		}
		seen[it] = true
		if quotedName(text, it, heldRe.MatchString(text[s+k:]), identifiedRe.MatchString(text[s+k:])) {
			out = append(out, it)
		}
	}
}

// heldRe follows a quoted name that an identity document, a card or an
// account is in, or that an identification resolves (“刘中华”的身份证,
// “李来双”的招商银行卡, “王朝”（经辨认即王飞）): only a person holds them, so
// the name needs no common given-name character (identifiedRe says when it
// may also be a word).
var heldRe = regexp.MustCompile(`^”(?:的(?:身份证|\p{Han}{0,6}卡|名义|名字|账户|帐户|U盾)|[（(]经辨认)`)

// identifiedRe follows a quoted name an identification resolves or an
// identity card is in (“王朝”（经辨认即王飞）): only a person's, so it may be
// a word. A product or firm may be quoted before 的名义 or a card (以
// “牛肉干”的名义), so those still need a name that is no word.
var identifiedRe = regexp.MustCompile(`^”(?:的身份证|[（(]经辨认)`)

// quotedName says whether a quoted item reads whole as a person's name;
// held says an identity document or card follows it (heldRe), identified
// that an identification or identity card does (identifiedRe).
func quotedName(text, it string, held, identified bool) bool {
	n := utf8.RuneCountInString(it)
	if n < 2 || n > 4 || subjectShape(it, !identified) != it || strings.ContainsRune(looseNotSurnames, []rune(it)[0]) {
		return false
	}
	rs := []rune(it)
	if titled(rs) || placeEnd(it) || isPlace(text, it) || orgSuffixRe.MatchString(it) || gluedEverywhere(text, it) {
		return false
	}
	for _, r := range []rune(it)[1:] {
		if strings.ContainsRune(nickChars+placeAfter, r) {
			return false // “韩老二”, “朱胖娃”, “宾亨仔”: nicknames; “金泸州”: a brand
		}
	}
	if held {
		return true
	}
	if wordSet[it] || (n == 3 && (wordSet[string(rs[:2])] || (wordSet[string(rs[1:])] && strings.Count(text, string(rs[1:])) > strings.Count(text, it)))) {
		return false // “黄金岛”; a given name that is a word the document also writes alone
	}
	return givenLike(it)
}

// nickChars make a nickname, not a given name, after a surname.
const nickChars = "老二三四五六七八九胖瘦麻娃哥姐仔子毛"
