package deviation

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"leian/corpus"
	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/drafting/legality"
)

// MaxTextRunes bounds a judgment or draft handed to FromText.
const MaxTextRunes = 200_000

// FromText reads a judgment or a draft: its facts, the court's province,
// and each defendant's charges, articles, penalty and circumstances.
func (c *Checker) FromText(text string) (Input, error) {
	text = strings.TrimSpace(text)
	switch n := utf8.RuneCountInString(text); {
	case n == 0:
		return Input{}, &InputError{Field: "text", Message: "文书内容为空"}
	case n > MaxTextRunes:
		return Input{}, &InputError{Field: "text", Message: fmt.Sprintf("文书共 %d 字，超过上限 %d 字", n, MaxTextRunes)}
	case !utf8.ValidString(text):
		return Input{}, &InputError{Field: "text", Message: "文书不是有效的 UTF-8 文本"}
	}
	s := parse.Parse(text)
	in, err := c.fromParsed(s, extract.Extract(text, s), nil)
	if err != nil {
		return Input{}, err
	}
	return in, nil
}

// FromDocument reads a stored document's outcome: its verdict when it has
// one, else a source's labelled outcome (CAIL2018 records carry only facts).
// The document itself is then left out of the push.
func (c *Checker) FromDocument(doc *corpus.Document) (Input, error) {
	if doc.Structure == nil {
		doc.Structure = parse.Parse(doc.Text)
	}
	if doc.Elements == nil {
		doc.Elements = extract.Extract(doc.Text, doc.Structure)
	}
	in, err := c.fromParsed(doc.Structure, doc.Elements, doc.Sections)
	if err != nil {
		var ok bool
		if in, ok = fromLabels(doc); !ok {
			return Input{}, &InputError{Field: "doc", Message: fmt.Sprintf("文书 %s 既无可读的判决主文，也无标注的判决结果，无法检查", doc.ID)}
		}
	}
	in.DocID = doc.ID
	return in, nil
}

func (c *Checker) fromParsed(s *parse.Structure, el *extract.Elements, sections map[string]string) (Input, error) {
	facts := sections["facts"]
	if strings.TrimSpace(facts) == "" {
		facts = s.SectionText(parse.Facts)
	}
	o := c.Legal.OutcomeOf(s, el, facts)
	if len(o.Defendants) == 0 {
		return Input{}, &InputError{Field: "text", Message: "未能读出判决主文中的被告人、罪名和刑罚：请提交刑事判决书或含判决主文的裁判文书草稿"}
	}
	if strings.TrimSpace(facts) == "" {
		return Input{}, &InputError{Field: "facts", Message: "未能找到文书的事实部分（“经审理查明”等），无法查找类案"}
	}
	return Input{Outcome: o}, nil
}

// fromLabels builds the outcome a source labelled: CAIL2018's charges,
// articles, term and fine. Months under six are 拘役, the rest 有期徒刑:
// the label does not name the kind.
func fromLabels(doc *corpus.Document) (Input, bool) {
	for _, l := range doc.Labels {
		if len(l.Charges) == 0 || (l.TermMonths == nil && !l.Life && !l.Death) {
			continue
		}
		p := &extract.Penalty{}
		switch {
		case l.Death:
			p.Kind = "死刑"
		case l.Life:
			p.Kind = "无期徒刑"
		case *l.TermMonths == 0:
			p.Kind = "免予刑事处罚"
		case *l.TermMonths < 6:
			p.Kind, p.Months = "拘役", *l.TermMonths
		default:
			p.Kind, p.Months = "有期徒刑", *l.TermMonths
		}
		// A labelled fine of 0 often means "not recorded".
		d := legality.Defendant{Charges: l.Charges, Penalty: p, FineUnknown: l.Fine == nil || *l.Fine == 0}
		if l.Fine != nil {
			p.FineYuan = *l.Fine
			if p.Kind == "免予刑事处罚" && *l.Fine > 0 {
				p.Kind = "单处罚金"
			}
		}
		for _, a := range l.Articles {
			d.Articles = append(d.Articles, strconv.Itoa(a))
		}
		facts := doc.Sections["facts"]
		if strings.TrimSpace(facts) == "" {
			facts = doc.Text
		}
		return Input{Outcome: legality.Outcome{Facts: facts, Elements: doc.Elements, Defendants: []legality.Defendant{d}}}, true
	}
	return Input{}, false
}
