package anonymize

import (
	"regexp"
	"strings"
)

// annotatedItemRe is one item of a list whose items carry a note: the
// separator before it, a name or 某 form, and a bracketed note or an
// amount (、黄向阳（会计）, ；陈书丁38万元).
var annotatedItemRe = regexp.MustCompile(`[、；，：（(](\p{Han}{2,3}?(?:某某|某[甲乙丙丁戊]|某\d?)?)(?:[（(][^（()）。；\n]{1,40}[）)]|[\d.]+(?:万元|万|元))`)

// annotatedNames finds names in a run of items that each carry a note —
// a bracketed post or relation, or an amount — when another item of the
// run is a known person or a 某 form (证人刘娟（会计）、黄向阳（会计）、
// 项某甲（经助）; 顾虎40.3万元、陈书丁38万元、赵逢仕19万元). The notes
// keep the items apart where the list readers see no separator next to
// a name; each item must still read whole as a name (sandwichedItem).
func annotatedNames(text string, known map[string]bool) []string {
	type item struct {
		name       string
		start, end int // the match, separator included
	}
	var out []string
	flush := func(run []item) {
		if len(run) < 2 {
			return
		}
		anchored := false
		for _, it := range run {
			if known[it.name] || maskedItem(it.name) {
				anchored = true
				break
			}
		}
		if !anchored {
			return
		}
		for _, it := range run {
			if !known[it.name] && !maskedItem(it.name) && sandwichedItem(text, it.name) && !strings.ContainsRune(looseNotSurnames, []rune(it.name)[0]) {
				known[it.name] = true
				out = append(out, it.name)
			}
		}
	}
	var run []item
	for _, m := range annotatedItemRe.FindAllStringSubmatchIndex(text, -1) {
		it := item{text[m[2]:m[3]], m[0], m[1]}
		if len(run) > 0 && run[len(run)-1].end != it.start {
			flush(run)
			run = nil
		}
		run = append(run, it)
	}
	flush(run)
	return out
}

// maskedItem says whether an item is a whole 某 form (项某甲, 李某某).
func maskedItem(it string) bool {
	m := maskFormRe.FindString(it)
	return m == it && strings.ContainsRune(singleSurnames, []rune(it)[0])
}
