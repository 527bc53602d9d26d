package check

import (
	"context"
	"strings"
	"unicode"

	"leian/corpus/parse"
)

// format checks the judgment's shape: sections present and in order, the
// parties described, the appeal notice, full-width punctuation.
type format struct{}

func (format) Name() string { return "format" }

// required are the sections a judgment has, in order.
var required = []struct {
	kind parse.SectionKind
	name string
}{
	{parse.Header, "首部（法院、文书名称、案号）"},
	{parse.Parties, "当事人情况"},
	{parse.Facts, "事实部分"},
	{parse.Reasoning, "本院认为部分"},
	{parse.Verdict, "判决主文"},
	{parse.Tail, "尾部（署名、日期）"},
}

var halfWidth = map[rune]string{',': "，", ';': "；", ':': "：", '?': "？", '!': "！", '(': "（", ')': "）"}

func (format) Check(_ context.Context, d *Document) []Finding {
	s := d.Structure
	// Only a text that reads as a judgment is held to a judgment's shape.
	if s.Section(parse.Verdict) == nil && s.Section(parse.Reasoning) == nil {
		return nil
	}
	var out []Finding
	last := -1
	for _, r := range required {
		sec := s.Section(r.kind)
		if sec == nil {
			out = append(out, at("format.missing_section", Warning, 0, 0, "未找到"+r.name, "补充"+r.name))
			continue
		}
		if sec.Span.Start < last {
			out = append(out, at("format.section_order", Warning, sec.Span.Start, min(sec.Span.End, sec.Span.Start+10),
				r.name+"的位置不符合文书样式的顺序", "按首部、当事人、事实、理由、主文、尾部的顺序排列"))
		}
		last = max(last, sec.Span.Start)
	}
	for _, p := range s.Parties {
		if !p.Principal || !p.Individual || !strings.Contains(p.Role, "被告人") {
			continue
		}
		var miss []string
		if p.Sex == "" {
			miss = append(miss, "性别")
		}
		if p.Birth == "" && !strings.Contains(p.Text, "岁") {
			miss = append(miss, "出生日期")
		}
		if len(miss) > 0 {
			out = append(out, at("format.party_info", Info, p.Span.Start, p.Span.Start+runeLen(p.Role)+runeLen(p.Name),
				"被告人"+p.Name+"的身份信息缺少"+strings.Join(miss, "、"), "按文书样式写明性别、出生日期、民族、住址等"))
		}
	}
	if v := s.Section(parse.Verdict); v != nil && s.Procedure == "一审" && s.DocType == "判决书" {
		if !strings.Contains(v.Text, "上诉") {
			out = append(out, at("format.appeal_notice", Warning, v.Span.End, v.Span.End,
				"一审判决未告知上诉权利、期限和上诉法院", "在主文后写明“如不服本判决，可在接到判决书的第二日起十日内……提出上诉”"))
		}
	}
	out = append(out, punctuation(d)...)
	return out
}

// punctuation flags half-width punctuation between Chinese characters in
// the body; numbers (1,000, 12:30) and Latin text are left alone.
func punctuation(d *Document) []Finding {
	rs := d.Runes()
	var out []Finding
	for i := 1; i+1 < len(rs); i++ {
		fw, ok := halfWidth[rs[i]]
		if !ok {
			continue
		}
		prev, next := rs[i-1], rs[i+1]
		if rs[i] == '(' {
			next = rs[i+1]
			if !unicode.Is(unicode.Han, prev) && !unicode.Is(unicode.Han, next) {
				continue
			}
		} else if rs[i] == ')' {
			if !unicode.Is(unicode.Han, prev) && !unicode.Is(unicode.Han, next) {
				continue
			}
		} else if !unicode.Is(unicode.Han, prev) || !(unicode.Is(unicode.Han, next) || unicode.IsSpace(next)) {
			continue
		}
		f := at("format.halfwidth_punct", Info, i, i+1, "正文中使用了半角标点“"+string(rs[i])+"”", "改为全角“"+fw+"”")
		rep := fw
		f.Replacement = &rep
		out = append(out, f)
		if len(out) >= 50 {
			out = append(out, at("format.halfwidth_punct", Info, i, i+1, "半角标点过多，其余不再逐一列出", "全文统一改为全角标点"))
			break
		}
	}
	return out
}
