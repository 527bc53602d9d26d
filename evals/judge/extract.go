package judge

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"leian/corpus/extract"
)

var (
	crimeSplit1 = regexp.MustCompile(`[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）`)
	crimeSplit2 = regexp.MustCompile(`[；。]`)
	crimeRe     = regexp.MustCompile(`犯([^罪犯，。；《》（）]+?罪)`)
)

// Charges is get_crime (§3): the charges named in the judgment section,
// or in the raw document when the section names none.
func Charges(raw string, s Sections) map[string]bool {
	if c := crimes(s.Judgment); len(c) > 0 {
		return c
	}
	return crimes(raw)
}

func crimes(t string) map[string]bool {
	parts := crimeSplit1.Split(t, -1)
	if len(parts) == 1 {
		parts = crimeSplit2.Split(t, -1)
	}
	out := map[string]bool{}
	seen := map[string]bool{}
	for _, p := range parts {
		if i := strings.Index(p, "撤销"); i >= 0 {
			p = p[:i]
		}
		p = strings.ReplaceAll(p, "罪犯", "")
		for _, m := range crimeRe.FindAllStringSubmatch(p, -1) {
			if seen[m[1]] {
				continue
			}
			seen[m[1]] = true
			if n := normCharge(m[1]); n != "" {
				out[n] = true
			}
		}
	}
	return out
}

// borderCharges are the 国(边)境 names as JuDGE's cause_codes.txt spells
// them, with ASCII brackets; the extractor's list has them with
// full-width ones.
var borderCharges = []string{"组织他人偷越国(边)境罪", "运送他人偷越国(边)境罪", "偷越国(边)境罪", "放行偷越国(边)境人员罪"}

// renamed2021 are names Amendment XI replaced that JuDGE's list no longer
// has: 销售假药罪 normalises to 生产、销售、提供假药罪.
var renamed2021 = []string{"生产、销售假药罪", "生产、销售劣药罪"}

// chargeSet is the charge names a written charge is normalised to.
var chargeSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, n := range append(extract.ChargeNames(), borderCharges...) {
		m[n] = true
	}
	for _, n := range renamed2021 {
		delete(m, n)
	}
	return m
})

// fullerName is the shortest name in names that lists several acts (has
// 、), holds l's characters in order and contains l's object (its last two
// characters: 毒品 in 贩卖毒品罪), or "".
func fullerName(l string, names map[string]bool) string {
	flat := chargeFlat(l)
	lr := []rune(flat)
	if len(lr) < 2 {
		return ""
	}
	object := string(lr[len(lr)-2:])
	best := ""
	for n := range names {
		if n == l || !strings.Contains(n, "、") {
			continue
		}
		nf := chargeFlat(n)
		if nf == flat || !strings.Contains(nf, object) || !subsequence(flat, nf) {
			continue
		}
		if len(lr) < 4 && !slices.Contains(strings.Split(strings.TrimSuffix(n, "罪"), "、"), flat) {
			continue // 窝藏 is a part of 窝藏、包庇罪; 妨害 is no part of 妨害动植物防疫、检疫罪
		}
		if best == "" || utf8.RuneCountInString(n) < utf8.RuneCountInString(best) || (utf8.RuneCountInString(n) == utf8.RuneCountInString(best) && n < best) {
			best = n
		}
	}
	return best
}

func chargeFlat(s string) string {
	return strings.NewReplacer("、", "", "罪", "", "(", "", ")", "").Replace(s)
}

// subsequence reports whether a's characters occur in b in order.
func subsequence(a, b string) bool {
	br := []rune(b)
	j := 0
	for _, r := range a {
		for j < len(br) && br[j] != r {
			j++
		}
		if j == len(br) {
			return false
		}
		j++
	}
	return true
}

// normCharge is crime_extraction.norm: an official name as it is; a
// partial selective name as its full name (replace_dict's rule: the
// first candidate holding the written name as a subsequence); else the
// nearest official name by normalised edit distance below 0.4.
func normCharge(l string) string {
	l = strings.ReplaceAll(l, " ", "")
	if r, size := utf8.DecodeRuneInString(l); r == '有' || r == '的' || r == '了' {
		l = l[size:]
	}
	names := chargeSet()
	if names[l] {
		return l
	}
	if n := fullerName(l, names); n != "" {
		return n
	}
	lr := []rune(l)
	if len(lr) >= 30 {
		return ""
	}
	best, bestName := 1.0, ""
	for n := range names {
		nr := []rune(n)
		d := float64(levenshtein(lr, nr)) / float64(max(len(lr), len(nr)))
		if d < best || (d == best && n < bestName) {
			best, bestName = d, n
		}
	}
	if best < 0.4 {
		return bestName
	}
	return ""
}

func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

var (
	termRes = compileAll(`管制.{1,7}[年月]`, `拘役.{1,7}[年月]`, `有期徒刑.{1,7}[年月]`)
	termCut = regexp.MustCompile(`[,;，。！？、；：（以缓至]`)
	fineRe  = regexp.MustCompile(`罚金.{1,15}元`)
	fineCut = regexp.MustCompile(`[，。！？、；：以已至（]`)
)

var termLiterals = []string{"无期徒刑", "死刑", "无罪", "免予刑事处罚", "免于刑事处罚", "免予刑事处分"}

func cutAt(s string, re *regexp.Regexp) string {
	if loc := re.FindStringIndex(s); loc != nil {
		return s[:loc[0]]
	}
	return s
}

func termStrings(t string) []string {
	var out []string
	for _, re := range termRes {
		for _, m := range re.FindAllString(t, -1) {
			out = append(out, cutAt(m, termCut))
		}
	}
	for _, l := range termLiterals {
		for range strings.Count(t, l) {
			out = append(out, l)
		}
	}
	return out
}

// Months is calc_time_sum (§4): the prison term in months, −1 when the
// document states none, 10001 and more for a death sentence.
func Months(raw string, s Sections) int {
	ss := termStrings(s.Judgment)
	if len(ss) == 0 {
		ss = termStrings(raw)
	}
	if len(ss) == 0 {
		return -1
	}
	total := 0
	for _, x := range distinct(ss) {
		n := numberStrings(x)
		switch len(n) {
		case 2:
			if strings.Contains(x, "年") && strings.Contains(x, "月") {
				total += 12*atoi(n[0]) + atoi(n[1])
			} else {
				total += atoi(n[0])
			}
		case 1:
			switch {
			case strings.Contains(x, "年"):
				total += 12 * atoi(n[0])
			case strings.Contains(x, "月"):
				total += atoi(n[0])
			}
		case 0:
			switch {
			case strings.Contains(x, "无期徒刑"):
				total += 240
			case strings.Contains(x, "死刑"):
				total += 10001
			}
		}
	}
	return total
}

func fineStrings(t string) []string {
	ms := fineRe.FindAllString(t, -1)
	for i := range ms {
		ms[i] = cutAt(ms[i], fineCut)
	}
	// The source's filter removes from the list it walks, so the element
	// after each removal is skipped; kept as it is.
	for i := 0; i < len(ms); i++ {
		if strings.Contains(ms[i], "元") {
			continue
		}
		for j, m := range ms {
			if m == ms[i] {
				ms = append(ms[:j:j], ms[j+1:]...)
				break
			}
		}
	}
	for i := range ms {
		ms[i] = strings.ReplaceAll(ms[i], ",", "")
	}
	return ms
}

// Fine is calc_amt_sum (§5): the fine in yuan, −1 when none is stated.
func Fine(raw string, s Sections) int {
	ss := fineStrings(s.Judgment)
	if len(ss) == 0 {
		ss = fineStrings(raw)
	}
	if len(ss) == 0 {
		return -1
	}
	total := 0
	for _, x := range distinct(ss) {
		if n := numberStrings(x); len(n) == 1 {
			total += atoi(n[0])
		}
	}
	return total
}

var (
	articleRes = compileAll(
		`《中华人民共和国刑法》第.*?[。《判附规]`,
		`《刑法》第.*?[。《判附规]`,
		`《中华人民共和国刑法》[`+pyS+`]?[零一二三四五六七八九十第]+.*?[。《判附规]`,
	)
	articleNoRe = regexp.MustCompile(`第[一二三四五六七八九零十百]+条`)
)

// Articles is get_penalcode_index_from_text (§6): the Criminal Law
// article numbers cited in the reasoning, or in the raw document when the
// reasoning cites none.
func Articles(raw string, s Sections) map[string]bool {
	ms := articleMatches(s.Reason)
	if len(ms) == 0 {
		ms = articleMatches(raw)
	}
	out := map[string]bool{}
	for _, m := range ms {
		for _, a := range articleNoRe.FindAllString(m, -1) {
			if n := numberStrings(a); len(n) == 1 {
				out[n[0]] = true
			}
		}
	}
	return out
}

func articleMatches(t string) []string {
	var out []string
	for _, re := range articleRes {
		out = append(out, re.FindAllString(t, -1)...)
	}
	return out
}

func distinct(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
