package anonymize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parallelBefore may stand right before a name written in a parallel
// frame: punctuation and the list separator.
const parallelBefore = "、，。；：,;:（( \n"

// maskAnyRe is a 某 form anywhere in a text: 李某某, 郭某1, 张某甲.
var maskAnyRe = regexp.MustCompile(`\p{Han}某(?:某\d{0,2}|\d{1,2}|[甲乙丙丁戊己庚辛壬癸])?`)

// parallelNames finds names written in the frame the document uses for
// persons it names elsewhere. A list of losses or of investors repeats one
// word after each person (李某某损失1764.84元、郭君辉损失34746元; 刘剑辉、刘鸣理财20万):
// an everyday word that follows 某 forms or known persons at least twice
// is such a frame, and a name standing between punctuation and that word
// is a person.
func parallelNames(text string, known map[string]bool) []string {
	frames := map[string]int{}
	note := func(e int) {
		if w := wordAt(text[e:]); w != "" {
			frames[w]++
		}
	}
	for _, m := range maskAnyRe.FindAllStringIndex(text, -1) {
		if r, _ := utf8.DecodeRuneInString(text[m[0]:]); strings.ContainsRune(singleSurnames, r) {
			note(m[1])
		}
	}
	for n := range known {
		for i := 0; ; {
			j := strings.Index(text[i:], n)
			if j < 0 {
				break
			}
			i += j + len(n)
			note(i)
		}
	}
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(text); {
		r, sz := utf8.DecodeRuneInString(text[i:])
		i += sz
		if !strings.ContainsRune(parallelBefore, r) {
			continue
		}
		if n := parallelAt(text, i, frames); n != "" && !known[n] && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// parallelAt reads a name at byte s that a frame word closes, the longer
// reading first.
func parallelAt(text string, s int, frames map[string]int) string {
	ends := runeEnds(text[s:], 4)
	for k := range ends {
		ends[k] += s
	}
	for k := len(ends) - 1; k >= 1; k-- {
		if k == 3 && !compoundSurnames[text[s:min(s+6, len(text))]] {
			continue
		}
		n := text[s:ends[k]]
		if frames[wordAt(text[ends[k]:])] < 2 {
			continue
		}
		// a two-character reading needs a common given-name character: a
		// body part (，左肩受伤) stands in the same frame as a person
		if subjectName(n) == n && !wordName(text, n) && !isPlace(text, n) && (k > 1 || givenLike(n)) {
			return n
		}
	}
	return ""
}

// wordAt is the everyday two-character word s starts with, or "".
func wordAt(s string) string {
	r1, n1 := utf8.DecodeRuneInString(s)
	r2, n2 := utf8.DecodeRuneInString(s[n1:])
	if !unicode.Is(unicode.Han, r1) || !unicode.Is(unicode.Han, r2) || !wordSet[s[:n1+n2]] {
		return ""
	}
	return s[:n1+n2]
}
