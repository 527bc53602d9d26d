package anonymize

import (
	"regexp"
	"strings"
)

// annotatedItemRe is one item of a list whose items carry a note: the
// separator before it, a name or 某 form, and a bracketed note or an
// amount (、黄向阳（会计）, ；陈书丁38万元).
var annotatedItemRe = regexp.MustCompile(`[、；，：（(](\p{Han}{2,3}?(?:某某|某[甲乙丙丁戊]|某\d?)?)(?:[（(][^（()）。；\n]{1,40}[）)]|[\d.]+(?:万元|万|元))`)

// tableRowRe is one row of a table flattened into a line: a row number,
// a name and a figure (22李丽凤100000 23张蔚6150000).
var tableRowRe = regexp.MustCompile(`\d\s?(\p{Han}{2,4})\s?\d`)

// annotatedNames finds names in a run of items that each carry a note —
// a bracketed post or relation, or an amount — or in the rows of a table
// of persons and figures, when another item of the run is a known person
// or a 某 form (证人刘娟（会计）、黄向阳（会计）、项某甲（经助）; 顾虎40.3万元、
// 陈书丁38万元、赵逢仕19万元; 2曹黎明400000 23张蔚6150000). The notes and
// figures keep the items apart where the list readers see no separator
// next to a name; each item must still read whole as a name
// (sandwichedItem).
func annotatedNames(text string, known map[string]bool) []string {
	var out []string
	for _, run := range noteRuns(text, annotatedItemRe, func(gap string) bool { return gap == "" }) {
		out = append(out, runNames(text, run, known)...)
	}
	digits := func(gap string) bool { return strings.Trim(gap, "0123456789. ") == "" }
	for _, run := range noteRuns(text, tableRowRe, digits) {
		out = append(out, runNames(text, run, known)...)
	}
	return out
}

// noteRuns groups the names re captures into runs of two or more whose
// matches are apart only by a gap that gapOK accepts. A bracketed note is
// read for items of its own (徐美英（办理6人，尹中文2万、谢元2万）).
func noteRuns(text string, re *regexp.Regexp, gapOK func(string) bool) [][]string {
	var runs [][]string
	var run []string
	end := -1
	for pos := 0; pos < len(text); {
		m := re.FindStringSubmatchIndex(text[pos:])
		if m == nil {
			break
		}
		for k := range m {
			m[k] += pos
		}
		if end < 0 || m[0] < end || !gapOK(text[end:m[0]]) {
			if len(run) >= 2 {
				runs = append(runs, run)
			}
			run = nil
		}
		run = append(run, text[m[2]:m[3]])
		end = m[1]
		pos = m[1]
		switch {
		case strings.HasPrefix(text[m[3]:], "（"):
			pos = m[3] + len("（") // the note's own items follow
		case strings.HasPrefix(text[m[3]:], "("):
			pos = m[3] + 1
		}
	}
	if len(run) >= 2 {
		runs = append(runs, run)
	}
	return runs
}

// runNames is the items of a run that read as names, when one item is a
// known person or a 某 form; each is added to known.
func runNames(text string, run []string, known map[string]bool) []string {
	anchored := false
	for _, it := range run {
		if known[it] || maskedItem(it) {
			anchored = true
			break
		}
	}
	if !anchored {
		return nil
	}
	var out []string
	for _, it := range run {
		if !known[it] && !maskedItem(it) && sandwichedItem(text, it) && !strings.ContainsRune(looseNotSurnames, []rune(it)[0]) {
			known[it] = true
			out = append(out, it)
		}
	}
	return out
}

// maskedItem says whether an item is a whole 某 form (项某甲, 李某某).
func maskedItem(it string) bool {
	m := maskFormRe.FindString(it)
	return m == it && strings.ContainsRune(singleSurnames, []rune(it)[0])
}
