package check

import (
	"context"
	"strings"

	"leian/corpus/cite"
	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/corpus/rules"
)

// chargeArticles checks that the Criminal Law articles of the legal basis
// agree with the charges of the verdict, using the charge → article table
// the library derives from the charge-name documents.
type chargeArticles struct{ lib *rules.Library }

func (chargeArticles) Name() string { return "charge_articles" }

// sharedArticles are specific-part articles courts cite beside many
// charges: definitions and aggravations that are no charge's own article.
var sharedArticles = map[int]bool{
	183: true, 184: true, 185: true, 196: true, 198: true, 200: true, 204: true, 211: true, 212: true,
	220: true, 231: true, 236: true, 241: true, 253: true, 265: true, 267: true, 269: true, 287: true,
	289: true, 292: true, 300: true, 310: true, 312: true, 346: true, 347: true, 348: true, 349: true,
	350: true, 356: true, 357: true, 361: true, 382: true, 383: true, 385: true, 386: true, 388: true,
	390: true, 393: true, 394: true, 399: true,
}

func (r chargeArticles) Check(_ context.Context, d *Document) []Finding {
	basis := d.Section(parse.LegalBasis)
	if r.lib == nil || basis == nil || len(d.Elements.Defendants) == 0 {
		return nil
	}
	var cited []cite.Citation
	for _, c := range d.Elements.Articles {
		if isCriminalLaw(c.Law) && c.Article >= 102 && c.Article <= 451 && !oldCriminalLaw(d, c) {
			cited = append(cited, c)
		}
	}
	if len(cited) == 0 {
		return nil
	}
	var wants []want
	for _, ch := range d.Elements.Charges {
		if rule, ok := r.lib.Charges.Lookup(ch); ok {
			wants = append(wants, want{ch, rule})
		}
	}
	if len(wants) == 0 {
		return nil
	}
	var out []Finding
	// A cited article that belongs to none of the charges.
	for _, c := range cited {
		no := rules.ArticleNo{Number: c.Article, Suffix: c.Suffix}
		if sharedArticles[c.Article] && c.Suffix == 0 {
			continue
		}
		owned := false
		for _, w := range wants {
			if containsArticle(w.rule.Articles, no) || containsArticle(w.rule.Penalty, no) {
				owned = true
				break
			}
		}
		if owned {
			continue
		}
		label := rules.ArticleLabel(c.Article, c.Suffix)
		var names []string
		for _, w := range wants {
			names = append(names, w.charge+"（"+labels(w.rule.Articles)+"）")
		}
		msg := "所引刑法" + label + "与判决认定的罪名不对应：" + strings.Join(names, "、")
		if owner := r.ownerOf(no); owner != "" {
			msg += "；该条规定的是" + owner
		}
		out = append(out, at("citation.charge_mismatch", Error, c.Start, c.End, msg,
			"核对法条编号是否与罪名一致", Evidence{Kind: "rule", Ref: "罪名与法条对照", Text: strings.Join(names, "；")}))
	}
	// A charge none of whose own articles is cited.
	for _, w := range wants {
		found := false
		for _, c := range cited {
			no := rules.ArticleNo{Number: c.Article, Suffix: c.Suffix}
			if containsArticle(w.rule.Articles, no) || containsArticle(w.rule.Penalty, no) {
				found = true
				break
			}
		}
		if found {
			continue
		}
		// The slip is most likely a cited article no charge owns (a shared
		// one included): point there, else at the charge in the verdict.
		a, b := -1, -1
		for _, c := range cited {
			if !r.ownedByAny(wants, rules.ArticleNo{Number: c.Article, Suffix: c.Suffix}) {
				a, b = c.Start, c.End
				break
			}
		}
		if a < 0 {
			a, b = chargeSpan(d, w.charge)
		}
		if a < 0 {
			a, b = basis.Span.Start, basis.Span.End
		}
		out = append(out, at("citation.charge_article_missing", Error, a, b,
			"判决认定"+w.charge+"，但法律依据未引用其罪刑条文"+labels(w.rule.Articles),
			"在法律依据中引用刑法"+labels(w.rule.Articles), Evidence{Kind: "rule", Ref: w.rule.Source, Text: w.rule.Source},
			passage(d, basis.Span.Start, basis.Span.End)))
	}
	return out
}

// want is a verdict charge with its articles.
type want struct {
	charge string
	rule   rules.ChargeRule
}

func (chargeArticles) ownedByAny(wants []want, no rules.ArticleNo) bool {
	for _, w := range wants {
		if containsArticle(w.rule.Articles, no) || containsArticle(w.rule.Penalty, no) {
			return true
		}
	}
	return false
}

// ownerOf names the charges whose principal article is no.
func (r chargeArticles) ownerOf(no rules.ArticleNo) string {
	names := r.lib.Charges.WithPrincipal(no)
	if len(names) > 3 {
		names = names[:3]
	}
	return strings.Join(names, "、")
}

func containsArticle(nos []rules.ArticleNo, no rules.ArticleNo) bool {
	for _, n := range nos {
		if n == no {
			return true
		}
	}
	return false
}

func labels(nos []rules.ArticleNo) string {
	var s []string
	for _, n := range nos {
		s = append(s, rules.ArticleLabel(n.Number, n.Suffix))
	}
	return strings.Join(s, "、")
}

// chargeSpan finds the rune span of the written charge in the verdict that
// normalises to charge; -1 when not found.
func chargeSpan(d *Document, charge string) (int, int) {
	v := d.Section(parse.Verdict)
	if v == nil {
		return -1, -1
	}
	for _, def := range d.Elements.Defendants {
		for _, w := range def.ChargesWritten {
			if n, _ := extract.NormaliseCharge(w); n != charge {
				continue
			}
			if i := strings.Index(v.Text, w); i >= 0 {
				a := v.Span.Start + runeLen(v.Text[:i])
				return a, a + runeLen(w)
			}
		}
	}
	return -1, -1
}

func runeLen(s string) int { return len([]rune(s)) }
