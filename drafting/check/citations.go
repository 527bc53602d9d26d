package check

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"leian/corpus/cite"
	"leian/corpus/parse"
	"leian/corpus/rules"
)

// citations checks that every cited provision exists in the rule library
// and was in force on the judgment date.
type citations struct {
	lib *rules.Library
	tl  *timeline
}

func newCitations(lib *rules.Library, tl *timeline) *citations { return &citations{lib: lib, tl: tl} }

func (*citations) Name() string { return "citations" }

func (r *citations) Check(_ context.Context, d *Document) []Finding {
	if r.lib == nil {
		return nil
	}
	var out []Finding
	for _, c := range docCitations(d) {
		out = append(out, r.one(d, c)...)
	}
	return out
}

// docCitations are the citations of the whole text: bare articles of a
// criminal legal basis read as Criminal Law, elsewhere only named laws.
func docCitations(d *Document) []cite.Citation {
	var out []cite.Citation
	basis := d.Section(parse.LegalBasis)
	for _, c := range cite.Find(d.Text, "") {
		if basis != nil && c.Start >= basis.Span.Start && c.Start < basis.Span.End {
			continue
		}
		if c.Law != "" {
			out = append(out, c)
		}
	}
	if basis != nil {
		ctx := ""
		if d.Structure.CaseType == "criminal" || d.Structure.CaseType == "" && strings.Contains(d.Text, "被告人") {
			ctx = criminalTitle
		}
		for _, c := range cite.Find(basis.Text, ctx) {
			c.Start += basis.Span.Start
			c.End += basis.Span.Start
			c.LawStart += basis.Span.Start
			c.LawEnd += basis.Span.Start
			if c.Law != "" {
				out = append(out, c)
			}
		}
	}
	return out
}

const criminalTitle = "中华人民共和国刑法"

// oldCriminalLaw reports whether c cites the 1979 Criminal Law by name
// (1979年《中华人民共和国刑法》第一百五十条), whose numbering differs.
func oldCriminalLaw(d *Document, c cite.Citation) bool {
	// A written law starts the citation (Start is the law's start).
	from := c.Start
	return strings.Contains(d.Slice(from-8, from), "1979") || strings.Contains(d.Slice(from-8, from), "一九七九") || strings.Contains(c.Law, "1979")
}

// isCriminalLaw reports whether a cited law is the Criminal Law itself.
func isCriminalLaw(law string) bool {
	t := strings.Trim(law, "《》 ")
	t = strings.TrimPrefix(t, "中华人民共和国")
	return t == "刑法" || t == "中国刑法"
}

func (r *citations) one(d *Document, c cite.Citation) []Finding {
	ref, err := r.lib.Resolve(c)
	var re *rules.ResolveError
	if err != nil && errors.As(err, &re) {
		switch re.Cause {
		case rules.NoSuchArticle:
			// Only the Criminal Law's numbering is stable across the texts
			// the library holds; other laws were renumbered by revisions.
			sev := Warning
			if isCriminalLaw(c.Law) {
				sev = Error
			}
			return []Finding{at("citation.no_such_article", sev, c.Start, c.End,
				"所引条文在规则库中不存在："+re.Detail, "核对法律名称和条、款、项的编号",
				Evidence{Kind: "rule", Ref: c.Law, Text: re.Detail})}
		case rules.RepealedLaw:
			if d.Date != "" && d.Date < "2021-01-01" {
				return nil // the law was still in force on the judgment date
			}
			return []Finding{at("citation.repealed", Error, c.Start, c.End,
				"所引法律已废止："+re.Detail, "改引现行有效的法律（如《中华人民共和国民法典》相应条文）",
				Evidence{Kind: "rule", Ref: c.Law, Text: re.Detail})}
		}
		return nil
	}
	if err != nil || ref == nil || !isCriminalLaw(ref.LawTitle) || oldCriminalLaw(d, c) {
		return nil
	}
	no := rules.ArticleNo{Number: c.Article, Suffix: c.Suffix}
	label := rules.ArticleLabel(c.Article, c.Suffix)
	if strings.Contains(ref.Article.Text(), "（删去）") || strings.TrimSpace(ref.Article.Text()) == "" {
		a, ok := r.tl.deleted[no]
		if ok && d.Date != "" && d.Date < a.Effective {
			return nil
		}
		ev := Evidence{Kind: "rule", Ref: "刑法" + label, Text: label + " （删去）"}
		msg := "所引刑法" + label + "已被删除"
		if ok {
			msg += fmt.Sprintf("（%s，%s起施行）", a.Title, a.Effective)
			ev.Text = a.Line
		}
		return []Finding{at("citation.repealed", Error, c.Start, c.End, msg, "删去该条或改引现行有效条文", ev)}
	}
	if a, ok := r.tl.added[no]; ok && d.Date != "" && d.Date < a.Effective {
		return []Finding{at("citation.not_in_force", Error, c.Start, c.End,
			fmt.Sprintf("刑法%s由%s增设，%s起施行，裁判日期%s时尚未生效", label, a.Title, a.Effective, d.Date),
			"核对裁判日期或所引条文", Evidence{Kind: "rule", Ref: a.Title, Text: a.Line})}
	}
	return nil
}
