package draft

import (
	"slices"
	"strings"

	"leian/corpus/cite"
)

// Articles that follow who is convicted of what. The article choice sees
// the case's charges; the verdict gives each defendant his own, and three
// general-part articles depend on that split rather than on the case.
const (
	jointArticle      = 25 // 共同犯罪
	concurrentArticle = 69 // 数罪并罚
	exemptionArticle  = 37 // 免予刑事处罚
)

// verdictArticles adjusts as to the verdict: each defendant's own charges
// own and the penalties pens.
//
//   - 第六十九条 combines the sentences of one offender's several crimes;
//     when no defendant is convicted of more than one charge there is
//     nothing to combine (two defendants with a charge each are not 数罪),
//     unless the facts cite it (a crime found after an earlier sentence,
//     art. 70, is combined with it) or state a crime committed during a
//     former sentence's probation or found after its judgment (arts. 77
//     and 70, artstatus.go) or ask for the sentences to be combined
//     (数罪并罚, artcombine.go). On the tune set the drafts cited it
//     for 16 such verdicts the facts do not cite it for, 13 times wrongly.
//   - 第二十五条 defines a crime committed jointly; several defendants none
//     of whom shares a charge with another (the thief and the fence who
//     hides his spoils, the seller and the holder of drugs) committed
//     separate crimes.
//   - A specific-part article is cited for a charge the verdict convicts
//     of (othersArticle): the prosecution's articles of a charge the
//     verdict requalifies (贪污's 第三百八十二条 when it convicts of 职务
//     侵占) or of one it does not convict of go, unless some defendant's
//     own charges were not read, when the verdict writes the case's. On
//     the tune set 11 such citations left 6 drafts, one rightly (第三百一十二
//     条 where the court, not the draft, convicted the fence).
//   - 第三十七条 is the ground of 免予刑事处罚: a verdict exempting a
//     defendant cites it, as courts did in 10 of the 15 tune judgments
//     that exempt one.
func (o *Offline) verdictArticles(as []Article, f caseFacts, own map[string][]wordedCharge, pens []Penalty) []Article {
	several, exempt, unread := false, false, false
	holders := map[string]int{}
	for _, p := range pens {
		ws := own[p.Defendant]
		unread = unread || len(ws) == 0
		several = several || len(ws) > 1
		exempt = exempt || p.Kind == "免予刑事处罚"
		seen := map[string]bool{}
		for _, w := range ws {
			if !seen[w.charge] {
				seen[w.charge] = true
				holders[w.charge]++
			}
		}
	}
	shared := false
	convicted := make([]string, 0, len(holders))
	for c, n := range holders {
		shared = shared || n > 1
		convicted = append(convicted, c)
	}
	alleged := func(n int) bool {
		return slices.ContainsFunc(f.articles, func(c cite.Citation) bool { return c.Article == n && c.Suffix == 0 })
	}
	out := slices.DeleteFunc(slices.Clone(as), func(a Article) bool {
		switch {
		case a.Law != criminalLaw:
			return false
		case !unread && len(convicted) > 0 && !strings.Contains(a.Label, "条之") && othersArticle(o.Rules.Charges, a.Number, 0, convicted):
			return true // a charge the verdict convicts no one of
		case a.Number == concurrentArticle:
			return !several && !alleged(concurrentArticle) && !probationRevoked(f) && !omittedCrime(f) && !combineAsked(f)
		case a.Number == jointArticle:
			return len(pens) > 1 && len(holders) > 0 && !shared && !alleged(jointArticle)
		}
		return false
	})
	if exempt && !citesArticle(out, exemptionArticle) {
		a := o.article(cite.Citation{Law: criminalLaw, Article: exemptionArticle})
		a.Why = "免予刑事处罚：犯罪情节轻微不需要判处刑罚"
		out = append(out, a)
		sortArticles(out)
	}
	return out
}
