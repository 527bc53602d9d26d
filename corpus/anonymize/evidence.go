package anonymize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// evidenceTitleRe follows the name in an item of the evidence list
// (19、肖多多的证言; ，王二妹的陈述; 邓小强的供述与辩解; 余晓晴的辨认笔录):
// only a natural person gives testimony, a statement, a confession or an
// identification, so the item's subject is a person even with no role.
// The title may follow the name with no 的 (（4）魏轶凡陈述，; 12．夏蔚证言证明).
var evidenceTitleRe = regexp.MustCompile(`的?(?:证言|书面证言|证词|陈述|供述|辩解|辨认笔录|指认笔录|询问笔录|讯问笔录|报案材料)`)

// describedRe follows a name with a parenthesis that says who the person
// is (⑸贺振新（王凤慧妻子）证明, ⑹张云龙（时任…会计）证明, 、刘某（绰号：
// “胖子”；另案处理）): the post, kinship or case status of a natural
// person, or what only a person does after it. The name must still run
// from an item's boundary (subjectEndingAt), so 黄山市（安徽省） is none.
var describedRe = regexp.MustCompile(`（(?:系|时任|原任|现任|曾任|绰号|外号|化名|另案|兼任|[^（）]{0,30}(?:妻子|丈夫|之妻|之夫|父亲|母亲|儿子|女儿|夫妻|员工|职工|工作人员|经理|会计|出纳|董事长|主任|司机|局长|科长|所长|书记|另案处理))[^（）]{0,40}）|（[^（）]{1,40}）的?(?:证明|证实|证言|陈述|供述)`)

// countedRe follows the first of several people counted together: 抓获马士华
// 等人, 关于李晓静等同志, 纠集韩志明等5人.
var countedRe = regexp.MustCompile(`等(?:人|同志|[0-9一二三四五六七八九十两几数多余]+(?:人|名))`)

// evidenceBefore may stand right before such a name: the item's number
// and its separator, punctuation, or a list separator.
const evidenceBefore = "、，,：:；;。（(）)“\"”《 \t\n.．"

// evidenceNames finds the persons named as the subject of an evidence
// item. The name runs from a boundary to the title, so no everyday word
// can be read into it unless it is one whole (本人的陈述, 鉴定人的意见 are
// kept out by the word list and the stop characters).
func evidenceNames(text string) []string {
	var out []string
	for _, m := range evidenceTitleRe.FindAllStringIndex(text, -1) {
		if n := subjectEndingAt(text, m[0]); n != "" && !isPlace(text, n) {
			out = append(out, n)
		}
	}
	for _, m := range describedRe.FindAllStringIndex(text, -1) {
		if n := subjectEndingAt(text, m[0]); n != "" && !isPlace(text, n) {
			out = append(out, n)
		}
	}
	// a witness's or victim's statement named by what it proves
	// (④证人曾其琨证实, （13）证人黄金花证实): the role and the verb bound
	// the name as the title of an item does
	for _, m := range attestRe.FindAllStringIndex(text, -1) {
		if n := cuedEndingAt(text, m[0]); n != "" && !isPlace(text, n) {
			out = append(out, n)
		}
	}
	for _, m := range countedRe.FindAllStringIndex(text, -1) {
		if n := countedEndingAt(text, m[0]); n != "" && !isPlace(text, n) {
			out = append(out, n)
		}
	}
	return out
}

// countedEndingAt reads the name before 等人. Nothing bounds it on the
// left (抓获马士华等人), so the three-character reading is taken unless its
// first character more often ends a word (对于李四等人: 于李四 is no
// name), then the two-character one.
func countedEndingAt(text string, e int) string {
	var starts []int
	s := e
	for k := 0; k < 3 && s > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(text[:s])
		s -= sz
		starts = append(starts, s)
	}
	if len(starts) == 3 && len(text[starts[2]:e]) >= 6 && compoundSurnames[text[starts[2]:starts[2]+6]] {
		return subjectName(text[starts[2]:e])
	}
	if len(starts) >= 3 {
		first, _ := utf8.DecodeRuneInString(text[starts[2]:])
		if n := subjectName(text[starts[2]:e]); n != "" && !strings.ContainsRune(wordEnd, first) {
			return n
		}
	}
	if len(starts) >= 2 {
		return subjectName(text[starts[1]:e])
	}
	return ""
}

// subjectEndingAt reads a two- to four-character name that ends at byte e
// and starts right after a boundary (evidenceBefore or a digit).
func subjectEndingAt(text string, e int) string {
	s := e
	for k := 1; k <= 4 && s > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(text[:s])
		s -= sz
		if k < 2 {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		// an item's number may be a circled or bracketed one (⑷, ⒁, ①)
		enclosed := before >= 0x2460 && before <= 0x24ff
		if s > 0 && !strings.ContainsRune(evidenceBefore, before) && !unicode.IsDigit(before) && !enclosed && !cueEndsAt(text, s) {
			continue
		}
		if n := subjectName(text[s:e]); n != "" {
			return n
		}
		if k == 3 && cueEndsAt(text, s) && (cuedWordName(text[s:e]) || cuedStopName(text, s, e)) {
			return text[s:e]
		}
	}
	return ""
}

// attestRe is what a witness's or victim's statement does in an item of
// the evidence list (证人孙晓君证实, 被害人张自强证明).
var attestRe = regexp.MustCompile(`证实|证明`)

// cuedEndingAt reads the three-character name that ends at byte e and
// starts right after a person's role (证人黄金花证实): the role and the
// verb bound it, so it is taken when it reads as a name whose first given
// character makes a word with the surname (cuedWordName) or stops a name
// elsewhere (cuedStopName). Shorter names the role's own reader finds.
func cuedEndingAt(text string, e int) string {
	starts := runeStarts(text, e, 3)
	if len(starts) < 3 || !cueEndsAt(text, starts[2]) {
		return ""
	}
	s := starts[2]
	if n := subjectName(text[s:e]); n != "" || cuedWordName(text[s:e]) || cuedStopName(text, s, e) {
		return text[s:e]
	}
	return ""
}

// cuedStopName says whether text[s:e], three characters between a
// person's role and the title or verb of what the person said (证人曾其琨
// 证实, 被害人张自强陈述), is a name whose given name holds a character
// that elsewhere stops one (其, 自, 冒): nothing else reads a name there,
// since the reader after the role stops at that character, and the frame
// bounds it on both sides. The surname may not be a character that ends
// words (证人同村人证实), nor the given name hold a particle or a place's
// suffix, nor the whole be a word or a firm.
func cuedStopName(text string, s, e int) bool {
	n := text[s:e]
	rs := []rune(n)
	if len(rs) != 3 || !strings.ContainsRune(singleSurnames, rs[0]) || strings.ContainsRune(wordEnd+looseNotSurnames, rs[0]) {
		return false
	}
	if _, ok := nameFrom(text[s:]); ok || wordSet[n] || orgSuffixRe.MatchString(n) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(cuedNotGiven+placeAfter, r) {
			return false
		}
	}
	return true
}

// cuedNotGiven are characters no given name between a role and a
// statement holds: masks, particles and adverbs (证人均证实, 被害人也陈述).
const cuedNotGiven = "某×的等和与及在被是了均也亦又都已并对称"

// cuedWordName says whether n, three characters between a person's role
// and the title of what the person said (证人黄金柱的证言, 证人杨树平证言),
// is a name whose surname and first given character make a word: the role
// and the title bound it, so the word cannot be what follows the role. The
// given name must hold no stop character, and n be no word of its own.
func cuedWordName(n string) bool {
	rs := []rune(n)
	if len(rs) != 3 || !strings.ContainsRune(singleSurnames, rs[0]) || !wordSet[string(rs[:2])] || wordSet[n] || orgSuffixRe.MatchString(n) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(stopGiven+placeAfter+"某×", r) {
			return false
		}
	}
	return true
}

// nameStops are stop or place characters that are common in given names.
const nameStops = "向承旗路州信委"

// cueEndsAt says whether a person's role ends at byte s (证人范向阳证言,
// 失主李淑贞的陈述): the role bounds the name as punctuation does.
func cueEndsAt(text string, s int) bool {
	for _, c := range []string{"证人", "被害人", "被告人", "失主", "同案人", "同案犯", "报案人", "集资参与人", "举报人"} {
		if strings.HasSuffix(text[:s], c) {
			return true
		}
	}
	return false
}

// subjectName says whether n, cut out whole between a boundary and a
// following word, reads as a person's name: a surname that is seldom a
// word, given characters that are Han and no stop or place character, and
// no everyday word.
func subjectName(n string) string {
	return subjectShape(n, true)
}

// subjectShape is subjectName; with words false an everyday word made of
// the name is no bar, for a frame only a person's name fills (“王朝”（经
// 辨认即王飞）).
func subjectShape(n string, words bool) string {
	sur := ""
	if len(n) >= 6 && compoundSurnames[n[:6]] {
		sur = n[:6]
	} else if r, sz := utf8.DecodeRuneInString(n); strings.ContainsRune(singleSurnames, r) && !strings.ContainsRune(looseNotSurnames, r) {
		sur = n[:sz]
	}
	given := []rune(n[len(sur):])
	if sur == "" || len(given) < 1 || len(given) > 2 {
		return ""
	}
	for _, r := range given {
		if !unicode.Is(unicode.Han, r) || r == '某' || r == '×' {
			return ""
		}
		// bounded on both sides, a given name may hold a character that
		// usually ends one and is common in names (范向阳, 吴承祎, 梁旗,
		// 唐航路); other stop characters start a verb (王又陈述)
		stop := strings.ContainsRune(stopGiven, r) || strings.ContainsRune(placeAfter, r)
		if stop && !strings.ContainsRune(nameStops, r) {
			return ""
		}
	}
	// the frame is strong enough that a three-character name may end in
	// a word (肖多多, 王二妹); it may not start with one (同案犯, 高利贷)
	if orgSuffixRe.MatchString(n) || (words && (wordSet[n] || (len(given) == 2 && wordSet[sur+string(given[0])]))) {
		return ""
	}
	if opensNotName(n) {
		return ""
	}
	return n
}
