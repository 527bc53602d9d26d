package cite

import (
	"regexp"
	"strings"

	"leian/internal/cnum"
)

// scanner walks a text once, remembering the law last named (for 本法 and
// quoted article headings) and the previous citation (for lists).
type scanner struct {
	rs         []rune
	contextLaw string
	lastLaw    string
	prev       *Citation // last citation emitted; list members continue it
	prevEnd    int
	out        []Citation
	// aliases are the abbreviations the text itself defines:
	// 《…解释》（以下简称《解释》） makes 《解释》第六条 an article of the full title.
	aliases map[string]string
}

func (s *scanner) run() []Citation {
	for i := 0; i < len(s.rs); i++ {
		r := s.rs[i]
		bare := false
		switch {
		case r == '《':
			s.noteTitle(i)
			continue
		case r == '第':
		case (cnum.IsNumeral(r) || isOpenParen(r)) && s.continuesList(i) && (i == 0 || !cnum.IsNumeral(s.rs[i-1])):
			bare = true
		default:
			continue
		}
		c, ok := parseChain(s.rs, i, bare)
		if !ok {
			continue
		}
		if s.emit(c) {
			i = c.end - 1
		}
	}
	return s.out
}

// noteTitle remembers a law named in 《》 at i even when no article follows,
// so that the article headings and 本解释 of a quoted appendix find it.
func (s *scanner) noteTitle(i int) {
	depth := 0
	for j := i; j < len(s.rs) && j-i < 200; j++ {
		switch s.rs[j] {
		case '《', '〈':
			depth++
		case '》', '〉':
			depth--
			if depth == 0 {
				if ln := bracketed(s.rs, j); ln.kind == named {
					s.lastLaw = s.expand(ln.name)
					s.noteAlias(j+1, s.lastLaw)
				}
				return
			}
		case '。', '\n':
			return
		}
	}
}

var abbreviation = regexp.MustCompile(`^[（(]以下简称[《“"]?([^》”"）)]{1,30})[》”"]?[）)]`)

// noteAlias records the abbreviation defined right after a title ending at i.
func (s *scanner) noteAlias(i int, full string) {
	rest := string(s.rs[i:min(len(s.rs), i+40)])
	if m := abbreviation.FindStringSubmatch(rest); m != nil {
		if s.aliases == nil {
			s.aliases = map[string]string{}
		}
		s.aliases[m[1]] = full
	}
}

// expand replaces an abbreviation the text defined with its full title.
func (s *scanner) expand(name string) string {
	if full, ok := s.aliases[name]; ok {
		return full
	}
	return name
}

// emit turns a chain into citations, deciding its law and, for a bare 款 or
// 项, its article. It reports whether the chain was a citation.
func (s *scanner) emit(c chain) bool {
	base := Citation{Article: c.article, Suffix: c.suffix, Start: c.start, End: c.end}
	inList := s.continuesList(c.start)
	switch {
	case c.article == 0:
		if !inList || s.prev == nil {
			return false
		}
		base.Law, base.LawFrom = s.prev.Law, LawList
		base.Article, base.Suffix = s.prev.Article, s.prev.Suffix
		if len(c.paragraphs) == 0 {
			base.Paragraph = s.prev.Paragraph
		}
	default:
		if !s.lawOf(&base, inList) {
			return false
		}
	}
	base.Raw = string(s.rs[base.Start:base.End])
	paras := c.paragraphs
	if len(paras) == 0 {
		paras = []int{base.Paragraph}
	}
	for j, p := range paras {
		items := []int{0}
		if j == len(paras)-1 && len(c.items) > 0 {
			items = c.items
		}
		for _, it := range items {
			cit := base
			cit.Paragraph, cit.Item = p, it
			s.out = append(s.out, cit)
		}
	}
	s.prev = &s.out[len(s.out)-1]
	s.prevEnd = c.end
	return true
}

// lawOf sets the law of a citation that names an article; false means the
// article belongs to no statute (合同第三条).
func (s *scanner) lawOf(c *Citation, inList bool) bool {
	ln := lawBefore(s.rs, c.Start)
	switch {
	case ln.kind == notLaw:
		return false
	case ln.kind == named:
		c.Law, c.LawFrom = s.expand(ln.name), LawWritten
		c.LawStart, c.LawEnd, c.Start = ln.start, ln.end, ln.start
		s.lastLaw = c.Law
	case ln.kind == thisLaw:
		c.Law, c.LawFrom = s.lastLaw, LawThis
		if c.Law == "" {
			c.Law, c.LawFrom = s.contextLaw, LawContext
		}
	case inList && s.prev != nil:
		c.Law, c.LawFrom = s.prev.Law, LawList
	case s.lastLaw != "" && s.atHeading(c.Start):
		c.Law, c.LawFrom = s.lastLaw, LawHeading
	case s.contextLaw != "":
		c.Law, c.LawFrom = s.contextLaw, LawContext
	}
	return true
}

// listSeparators join the members of a list of citations.
var listSeparators = []string{"、", "，", ",", "；", "及", "和", "与", "或", "至", "以及", "或者", "并"}

// continuesList reports whether only white space and list separators lie
// between the previous citation and offset i.
func (s *scanner) continuesList(i int) bool {
	if s.prev == nil || i < s.prevEnd || i-s.prevEnd > 8 {
		return false
	}
	if i == s.prevEnd {
		return true
	}
	gap := strings.TrimSpace(string(s.rs[s.prevEnd:i]))
	if gap == "" {
		return false
	}
	for gap != "" {
		found := false
		for _, sep := range listSeparators {
			if strings.HasPrefix(gap, sep) {
				gap = strings.TrimSpace(gap[len(sep):])
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// atHeading reports whether offset i starts an article heading, as in a
// quoted appendix: after a sentence end, an ellipsis or a list number (1、),
// or at the start of the text.
func (s *scanner) atHeading(i int) bool {
	j := backSpace(s.rs, i)
	if j < 0 {
		return true
	}
	if s.rs[j] == '、' && j > 0 && cnum.IsNumeral(s.rs[j-1]) {
		return true
	}
	// A closing note set apart by a space: 《…解释》（法释〔2013〕8号） 第三条.
	if isCloseParen(s.rs[j]) && j < i-1 {
		return true
	}
	return strings.ContainsRune("。；：:…", s.rs[j])
}
