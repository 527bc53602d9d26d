package judge

import (
	"regexp"
	"strings"
	"unicode"
)

// Sections are a judgment split as JuDGE's DataSegmentXingshi splits it.
type Sections struct {
	Heading, Fact, Reason, Judgment, Appendix string
}

// pyS is Python's Unicode \s as a character class body.
const pyS = `\t\n\v\f\r \x{1c}-\x{1f}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}`

const han = `\x{4e00}-\x{9fa5}`

var (
	headingInclusive = compileAll(`审理终结[`+han+`]{0,10}。`, `公开开庭审理[`+han+`]{0,10}。`)
	headingAhead     = compileAll(`[` + han + `]{0,10}(公诉|抗诉)机关[` + han + `，、]{0,30}(认为|指控)`)
	factAhead        = compileAll(`本院认为`)
	reasonInclusive  = compileAll(`判决如下[:：,，\n]`, `判决如下`, `裁定(如下)?[:：\n]`)
	judgmentAhead    = compileAll(
		`如[`+han+`]{0,3}不服本判决`,
		`\n[`+pyS+`]*本判决为终审判决`,
		`如[`+han+`]{0,5}未按本判决指定的期间[`+han+`]{0,5}给付金钱义务`,
		`\n[`+pyS+`]*(代理)?审[`+pyS+`]{0,3}判[`+pyS+`]{0,3}长`,
		`\n[`+pyS+`]*(代理)?审[`+pyS+`]{0,3}判[`+pyS+`]{0,3}员`,
		`附录`,
		`附：`,
		`附[`+han+`]{0,10}法律[`+han+`]{0,10}`,
		`附[`+han+`]{0,10}：`,
		`\n[`+pyS+`]*本案[^\n]{0,10}法律`,
		`\n《`,
	)
	blankRe = regexp.MustCompile(`[` + pyS + `]+`)
)

func compileAll(ps ...string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(ps))
	for i, p := range ps {
		out[i] = regexp.MustCompile(p)
	}
	return out
}

// prefix is text_end_itertools: the first pattern (in list order) found
// anywhere in cur decides; the text before its leftmost match, or through
// it when inclusive. "" when none matches. endAnchor adds Python's `$`
// as a last pattern (it also matches before a final newline).
func prefix(cur string, ps []*regexp.Regexp, inclusive, endAnchor bool) string {
	for _, p := range ps {
		if loc := p.FindStringIndex(cur); loc != nil {
			if inclusive {
				return cur[:loc[1]]
			}
			return cur[:loc[0]]
		}
	}
	if endAnchor {
		return strings.TrimSuffix(cur, "\n")
	}
	return ""
}

// Normalise is the segmenter's punctuation_replace normalisation (§2.1).
func Normalise(doc string) string {
	s := strings.ReplaceAll(doc, ":", "：")
	s = strings.ReplaceAll(s, " ", "")
	s = strings.NewReplacer("(", "（", ")", "）", "\u3000", " ", "\u00a0", " ").Replace(s)
	s = strings.NewReplacer("<p>", "", "</p>", "", "<br>", "", "&#xD;", "", "\uFFFD", "").Replace(s)
	if strings.Contains(s, ",") {
		rs := []rune(s)
		for i, r := range rs {
			if r != ',' {
				continue
			}
			if (i > 0 && unicode.IsDigit(rs[i-1])) || (i+1 < len(rs) && unicode.IsDigit(rs[i+1])) {
				continue
			}
			rs[i] = '，'
		}
		s = string(rs)
	}
	return pyStrip(s)
}

func pyStrip(s string) string { return strings.TrimFunc(s, pyIsSpace) }

// Segment normalises doc and splits it into the scorer's sections (§2.4).
func Segment(doc string) Sections {
	cur := Normalise(doc)
	var s Sections
	take := func(field string) {
		if pyStrip(field) != "" {
			cur = strings.ReplaceAll(cur, field, "")
		}
	}
	s.Heading = prefix(cur, headingInclusive, true, false)
	if blankRe.ReplaceAllString(s.Heading, "") == "" {
		s.Heading = prefix(cur, headingAhead, false, false)
	}
	take(s.Heading)
	s.Fact = prefix(cur, factAhead, false, false)
	take(s.Fact)
	s.Reason = prefix(cur, reasonInclusive, true, false)
	if s.Reason == "" {
		s.Reason = cur
	}
	take(s.Reason)
	s.Judgment = prefix(cur, judgmentAhead, false, true)
	if s.Judgment == "" {
		s.Judgment = cur
	}
	take(s.Judgment)
	s.Appendix = cur
	return s
}
