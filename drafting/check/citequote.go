package check

import (
	"context"
	"regexp"
	"strings"
	"unicode"

	"leian/corpus/rules"
)

// citeQuotes checks that article text quoted after a citation
// (…第二百六十四条规定：“…”) matches the library's text.
type citeQuotes struct{ lib *rules.Library }

func (citeQuotes) Name() string { return "citation_quotes" }

var quoteOpen = regexp.MustCompile(`^\s*(?:的)?规定[：:，,]?\s*“`)

func (r citeQuotes) Check(_ context.Context, d *Document) []Finding {
	var out []Finding
	rs := d.Runes()
	for _, c := range docCitations(d) {
		tail := d.Slice(c.End, c.End+12)
		m := quoteOpen.FindStringIndex(tail)
		if m == nil {
			continue
		}
		qs := c.End + runeLen(tail[:m[1]])
		qe := qs
		for qe < len(rs) && rs[qe] != '”' && qe-qs < 2000 {
			qe++
		}
		if qe >= len(rs) || qe-qs < 8 {
			continue
		}
		ref, err := r.lib.Resolve(c)
		if err != nil || ref == nil {
			continue
		}
		quoted := squash(string(rs[qs:qe]))
		lawText := squash(ref.Article.Text())
		if strings.Contains(lawText, quoted) || strings.Contains(quoted, lawText) {
			continue
		}
		if s := dice(quoted, lawText); s < 0.85 {
			// Only the Criminal Law keeps its numbering across the texts the
			// library holds; elsewhere a quote may be of an earlier text.
			sev := Warning
			if s < 0.3 && isCriminalLaw(ref.LawTitle) {
				sev = Error // the quote is of another provision altogether
			}
			out = append(out, at("citation.quote_mismatch", sev, qs, qe,
				"引用的条文内容与"+ref.LawTitle+ref.Label+"的规定不一致", "按规则库中的现行条文核对引文",
				Evidence{Kind: "rule", Ref: ref.LawTitle + ref.Label, Text: ref.Article.Text()}))
		}
	}
	return out
}

// squash keeps only letters and digits, so punctuation and layout do not count.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// dice is the bigram Dice coefficient of a and b.
func dice(a, b string) float64 {
	ga, gb := bigramSet(a), bigramSet(b)
	if len(ga)+len(gb) == 0 {
		return 1
	}
	n := 0
	for g := range ga {
		if gb[g] {
			n++
		}
	}
	// Containment of the quote in the article counts as agreement.
	return 2 * float64(n) / float64(len(ga)+min(len(ga), len(gb)))
}

func bigramSet(s string) map[[2]rune]bool {
	rs := []rune(s)
	out := map[[2]rune]bool{}
	for i := 0; i+1 < len(rs); i++ {
		out[[2]rune{rs[i], rs[i+1]}] = true
	}
	return out
}

// citeFormat checks how provisions are numbered: 之一 after 条, items in
// brackets, Chinese numerals in a judgment's citations.
type citeFormat struct{}

func (citeFormat) Name() string { return "citation_format" }

var (
	suffixMisplaced = regexp.MustCompile(`第[零〇一二三四五六七八九十百千\d]+之[一二三四五六七八九十]+条`)
	bareItem        = regexp.MustCompile(`款第([一二三四五六七八九十]+)项`)
	arabicArticle   = regexp.MustCompile(`第\d+条`)
)

func (citeFormat) Check(_ context.Context, d *Document) []Finding {
	var out []Finding
	for _, m := range suffixMisplaced.FindAllStringIndex(d.Text, -1) {
		a := runeLen(d.Text[:m[0]])
		w := d.Text[m[0]:m[1]]
		i := strings.Index(w, "之")
		fix := w[:i] + "条" + strings.TrimSuffix(w[i:], "条")
		f := at("citation.format", Warning, a, a+runeLen(w), "条文编号写法有误：“"+w+"”", "改为“"+fix+"”")
		f.Replacement = &fix
		out = append(out, f)
	}
	for _, m := range bareItem.FindAllStringSubmatchIndex(d.Text, -1) {
		a := runeLen(d.Text[:m[0]]) + 1
		w := d.Text[m[0]+len("款") : m[1]]
		fix := "第（" + d.Text[m[2]:m[3]] + "）项"
		f := at("citation.format", Info, a, a+runeLen(w), "项的序号应加括号：“"+w+"”", "改为“"+fix+"”")
		f.Replacement = &fix
		out = append(out, f)
	}
	if b := d.Section("legal_basis"); b != nil {
		for _, m := range arabicArticle.FindAllStringIndex(b.Text, -1) {
			a := b.Span.Start + runeLen(b.Text[:m[0]])
			out = append(out, at("citation.format", Info, a, a+runeLen(b.Text[m[0]:m[1]]),
				"裁判文书引用法律条文应使用汉字数字", "改为汉字数字，如“第二百六十四条”"))
		}
	}
	return out
}
