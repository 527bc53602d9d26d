package rules

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"leian/corpus/cite"
)

// ArticleNo names a Criminal Law article: 264, or 133之一 as {133, 1}.
type ArticleNo struct {
	Number int `json:"number"`
	Suffix int `json:"suffix,omitempty"`
}

// ChargeRule is one charge with the articles that define and punish it, as
// the charge-name documents in the library list them.
type ChargeRule struct {
	Charge   string      `json:"charge"`   // 盗窃罪
	Articles []ArticleNo `json:"articles"` // principal first
	Source   string      `json:"source"`   // the document and line it was read from
	// Penalty are the articles that punish the charge apart from its
	// principal ones (对犯受贿罪的…依照本法第三百八十三条的规定处罚).
	Penalty []ArticleNo `json:"penalty,omitempty"`
}

// ChargeTable maps a normalised charge name (with 罪, no brackets) to its rule.
type ChargeTable map[string]ChargeRule

var (
	// 187．盗窃罪（第264条） in the SPP charge-name opinion. A name may hold
	// a short bracket of its own: 255．偷越国（边）境罪（第322条）.
	listedCharge = regexp.MustCompile(`(?:^|\d+[．.]|\s)\s*((?:[^（）\d．\s]|（[^（）\d第]{1,3}）)+?罪)（(第[^）]+)）`)
	// | 第一百三十三条之二 （…） |妨害安全驾驶罪 | in the supplementary
	// regulations; an empty article cell continues the row above.
	tableCharge = regexp.MustCompile(`^\|\s*([^|]*?)\s*\|\s*([^|]+?)\s*\|`)
	// （取消非法买卖、运输核材料罪罪名）: the name a row supersedes.
	cancelled  = regexp.MustCompile(`（取消([^）]+?罪)(?:罪名)?）`)
	oldArticle = regexp.MustCompile(`^刑法原第\d+条第\d+项`)
	cancelNote = regexp.MustCompile(`（取消[^）]*）`)
	bracketsRe = regexp.MustCompile(`[\[\]［］]`)
)

// deriveCharges reads the charge → article table from the library's own
// charge-name documents (the SPP 1997 opinion and the SPC/SPP supplementary
// regulations 一 to 八), later documents overriding earlier ones. It also
// returns the superseded names each regulation cancels, old → new.
func deriveCharges(laws []*Law) (ChargeTable, map[string]string) {
	var docs []*Law
	for _, l := range laws {
		if strings.Contains(l.Title, "罪名") && l.Category == "司法解释" {
			docs = append(docs, l)
		}
	}
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Version < docs[j].Version })
	t := ChargeTable{}
	renames := map[string]string{}
	for _, d := range docs {
		prevArticles := ""
		for _, line := range strings.Split(d.Preamble, "\n") {
			for _, m := range listedCharge.FindAllStringSubmatch(line, -1) {
				t.add(m[1], m[2], d.Title+"："+m[0])
			}
			m := tableCharge.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			articles := m[1]
			if articles == "" {
				articles = prevArticles
			}
			prevArticles = articles
			for _, name := range tableCellCharges(m[2]) {
				t.add(name, articles, d.Title+"："+strings.TrimSpace(line))
			}
			cell := strings.ReplaceAll(m[2], " ", "")
			for _, c := range cancelled.FindAllStringSubmatch(cell, -1) {
				for _, name := range tableCellCharges(m[2]) {
					if !strings.Contains(cell, name+c[0]) {
						continue
					}
					// （取消A罪和B罪罪名） cancels two names at once.
					for _, old := range strings.SplitAfter(c[1], "罪和") {
						old = NormCharge(oldArticle.ReplaceAllString(strings.TrimSuffix(old, "和"), ""))
						if old != name {
							renames[old] = name
						}
					}
				}
			}
		}
	}
	return t, renames
}

// tableCellCharges splits a regulation's charge cell, which may hold
// several names separated by white space or ；, each perhaps followed by a
// （取消…） note, into the names. A name may itself be wrapped across a
// space (为境外窃取、刺探、收买、非法提供 商业秘密罪), so a name ends only at 罪.
func tableCellCharges(cell string) []string {
	cell = cancelNote.ReplaceAllString(cell, " ")
	var out []string
	name := ""
	for _, f := range strings.FieldsFunc(cell, func(r rune) bool { return r == ' ' || r == '；' || r == '\u3000' }) {
		name += f
		if strings.HasSuffix(name, "罪") {
			out = append(out, NormCharge(name))
			name = ""
		}
	}
	return out
}

func (t ChargeTable) add(name, articles, source string) {
	name = NormCharge(name)
	var nos []ArticleNo
	// Only the leading Criminal Law articles: a note such as
	// （《刑法修正案（十一）》第二条） cites the amendment, not the article.
	for _, c := range cite.Find(articles, "刑法") {
		if c.LawFrom == cite.LawWritten {
			break
		}
		no := ArticleNo{c.Article, c.Suffix}
		if !containsNo(nos, no) {
			nos = append(nos, no)
		}
	}
	if name == "罪" || len(nos) == 0 {
		return
	}
	t[name] = ChargeRule{Charge: name, Articles: nos, Source: source}
}

func containsNo(nos []ArticleNo, no ArticleNo) bool {
	for _, n := range nos {
		if n == no {
			return true
		}
	}
	return false
}

// NormCharge normalises a charge as sources write it (盗窃, [走私、贩卖]毒品,
// 盗窃罪) to the form with 罪 and no brackets or spaces.
func NormCharge(s string) string {
	s = bracketsRe.ReplaceAllString(s, "")
	s = strings.Join(strings.Fields(s), "")
	if !strings.HasSuffix(s, "罪") {
		s += "罪"
	}
	return s
}

// derivePenalties finds, for every charge, the Criminal Law articles that
// say "对犯X罪的" and the articles those refer the punishment to.
func (t ChargeTable) derivePenalties(criminal *Law) {
	type article struct {
		a    *Article
		text string
	}
	var specific []article
	for _, a := range criminal.Articles {
		if a.Number >= criminalSpecificPartFirstArt {
			specific = append(specific, article{a, a.Text()})
		}
	}
	for name, r := range t {
		for _, sa := range specific {
			if !strings.Contains(sa.text, "对犯"+name+"的") {
				continue
			}
			r.Penalty = addNo(r.Penalty, r.Articles, ArticleNo{sa.a.Number, sa.a.Suffix})
			for _, c := range cite.Find(sa.text, "刑法") {
				// 本法 inside a lone article reads as the context law.
				if (c.LawFrom == cite.LawThis || c.LawFrom == cite.LawContext) && strings.Contains(sa.text[strings.Index(sa.text, c.Raw):], "处罚") {
					r.Penalty = addNo(r.Penalty, r.Articles, ArticleNo{c.Article, c.Suffix})
				}
			}
		}
		t[name] = r
	}
}

func addNo(to, except []ArticleNo, no ArticleNo) []ArticleNo {
	if containsNo(to, no) || containsNo(except, no) {
		return to
	}
	return append(to, no)
}

// Principal returns the principal articles of a charge, if the table has it.
func (t ChargeTable) Principal(charge string) ([]ArticleNo, bool) {
	r, ok := t.Lookup(charge)
	return r.Articles, ok
}

// WithPrincipal lists, sorted, the charges whose first principal article
// is no: the charges an article defines.
func (t ChargeTable) WithPrincipal(no ArticleNo) []string {
	var out []string
	for n, r := range t {
		if len(r.Articles) > 0 && r.Articles[0] == no {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// Lookup returns the rule of a charge. A name the charge documents do not
// list, such as CAIL's merged 组织、强迫、引诱、容留、介绍卖淫, falls back to
// the listed name sharing most character pairs, when they share most.
func (t ChargeTable) Lookup(charge string) (ChargeRule, bool) {
	name := NormCharge(charge)
	if r, ok := t[name]; ok {
		return r, true
	}
	if r, ok := t.firstAlternative(name); ok {
		return r, true
	}
	best, score := "", 0.0
	for n := range t {
		if s := dice(name, n); s > score || s == score && n < best {
			best, score = n, s
		}
	}
	if score < 0.6 {
		return ChargeRule{}, false
	}
	return t[best], true
}

// firstAlternative is the selective charge whose first alternative name is
// (虚开增值税专用发票罪 of 虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪),
// the shortest when several list it first. Sharing character pairs alone
// took 虚开增值税专用发票罪 for 非法出售增值税专用发票罪 (art. 207, not 205).
// An act of fewer than four characters (走私) is too general to name one.
func (t ChargeTable) firstAlternative(name string) (ChargeRule, bool) {
	act := strings.TrimSuffix(name, "罪")
	if utf8.RuneCountInString(act) < 4 {
		return ChargeRule{}, false
	}
	best := ""
	for n := range t {
		if strings.HasPrefix(n, act+"、") && (best == "" || len(n) < len(best) || len(n) == len(best) && n < best) {
			best = n
		}
	}
	if best == "" {
		return ChargeRule{}, false
	}
	return t[best], true
}
