package show

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"leian/corpus"
	"leian/corpus/extract"
)

// excerptRunes bounds how much of a long text the layout prints.
const excerptRunes = 60

// Document prints one document: identity, sources, the sources' own labels,
// the parsed structure, the extracted elements and the opening of the text.
func Document(w io.Writer, d *corpus.Document, fullText bool) error {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("文档：%s\n", orDash(d.ID))
	p("标题：%s\n案件类型：%s\n内容哈希：%s\n正文长度：%d 字\n", orDash(d.Title), caseTypeName(d.CaseType), d.ContentHash, len([]rune(d.Text)))
	p("\n来源：\n")
	for _, s := range d.Sources {
		p("  %s  %s  %s:%d\n", s.Source, orDash(s.SourceID), s.File, s.Line)
	}
	if len(d.Labels) > 0 {
		p("\n来源标注：\n")
		for _, l := range d.Labels {
			p("  [%s]%s\n", l.Source, labelLine(l))
		}
	}
	if len(d.Sections) > 0 {
		p("\n来源分段：\n")
		for _, k := range sortedKeys(d.Sections) {
			p("  %s：%s\n", k, excerpt(d.Sections[k]))
		}
	}
	if s := d.Structure; s != nil {
		p("\n解析结构：\n  法院：%s  文书类型：%s  案件类型：%s\n", orDash(s.Court), orDash(s.DocType), orDash(s.CaseType))
		for _, sec := range s.Sections {
			p("  %-12s [%d,%d) %s\n", sec.Kind, sec.Span.Start, sec.Span.End, excerpt(sec.Text))
		}
	}
	if e := d.Elements; e != nil {
		elements(&b, e)
	}
	if fullText {
		p("\n正文：\n%s\n", d.Text)
	} else {
		p("\n正文（开头）：\n%s\n", excerptN(d.Text, 300))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func elements(b *strings.Builder, e *extract.Elements) {
	p := func(format string, a ...any) { fmt.Fprintf(b, format, a...) }
	p("\n抽取要素：\n")
	p("  罪名：%s\n", orDash(strings.Join(e.Charges, "、")))
	arts := make([]string, 0, len(e.Articles))
	for _, a := range e.Articles {
		arts = append(arts, fmt.Sprintf("%s第%d条", a.Law, a.Article))
	}
	p("  法条：%s\n", orDash(strings.Join(arts, "、")))
	for _, d := range e.Defendants {
		pen := "—"
		if d.Penalty != nil {
			pen = fmt.Sprintf("%s %d个月", d.Penalty.Kind, d.Penalty.Months)
			if d.Penalty.Probation {
				pen += fmt.Sprintf("，缓刑%d个月", d.Penalty.ProbationMonths)
			}
			if d.Penalty.FineYuan > 0 {
				pen += fmt.Sprintf("，罚金%.0f元", d.Penalty.FineYuan)
			}
		}
		p("  被告人 %s：%s；%s\n", d.Name, orDash(strings.Join(d.Charges, "、")), pen)
	}
	for _, c := range e.Circumstances {
		p("  情节 %s：%s\n", c.Kind, excerpt(c.Sentence))
	}
	for _, a := range e.Amounts {
		p("  金额 %.2f元：%s\n", a.Yuan, a.Text)
	}
	if e.Cause != "" || e.Outcome != "" {
		p("  案由：%s  结果：%s\n", orDash(e.Cause), orDash(e.Outcome))
	}
	if e.Claimed != nil {
		p("  诉请金额：%.2f元\n", *e.Claimed)
	}
	if e.Awarded != nil {
		p("  判决金额：%.2f元\n", *e.Awarded)
	}
}

func labelLine(l corpus.Labels) string {
	var parts []string
	if len(l.Charges) > 0 {
		parts = append(parts, "罪名 "+strings.Join(l.Charges, "、"))
	}
	if len(l.Articles) > 0 {
		parts = append(parts, fmt.Sprintf("法条 %v", l.Articles))
	}
	switch {
	case l.Death:
		parts = append(parts, "死刑")
	case l.Life:
		parts = append(parts, "无期徒刑")
	case l.TermMonths != nil:
		parts = append(parts, fmt.Sprintf("刑期 %d个月", *l.TermMonths))
	}
	if l.Fine != nil {
		parts = append(parts, fmt.Sprintf("罚金 %.0f元", *l.Fine))
	}
	keys := make([]string, 0, len(l.Other))
	for k := range l.Other {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%s", k, excerpt(fmt.Sprint(l.Other[k]))))
	}
	return " " + strings.Join(parts, "；")
}

func excerpt(s string) string { return excerptN(s, excerptRunes) }

func excerptN(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
