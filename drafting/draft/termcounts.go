package draft

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"leian/corpus/extract"
	"leian/internal/cnum"
)

// countTermRe is one count of a verdict that sentences several crimes
// (犯X罪，判处有期徒刑三年六个月，并处罚金…；犯Y罪，判处拘役六个月；决定执行…):
// group 1 the charge as written, 2 the kind, 3–4 the years and months.
var countTermRe = regexp.MustCompile(`犯([^，。；犯]{2,40}?罪)[，,]\s*(?:判处|判)?\s*(有期徒刑|拘役|管制)\s*(?:([零〇一二两三四五六七八九十\d]+)\s*年)?\s*(?:[零又]?([零〇一二两三四五六七八九十\d]+)\s*个?月)?`)

// countItemEndRe ends the first defendant's verdict item: the next
// numbered item, or the next defendant's clause.
var countItemEndRe = regexp.MustCompile(`[。；\n]\s*(?:[二三四五六七八九十]+、|被告人)`)

// precedentCount is the term a precedent's verdict gives its first
// defendant for charge alone, when it sentences him for several crimes
// (数罪并罚: each count, then 决定执行); false when the verdict combines no
// counts or names no count of that charge.
func precedentCount(p precedent, charge string) (kind string, months int, ok bool) {
	v := p.verdict
	if len(p.charges) < 2 || v == "" {
		return "", 0, false
	}
	v = firstPersonItem(v)
	if !combinedRe.MatchString(v) {
		return "", 0, false
	}
	for _, m := range countTermRe.FindAllStringSubmatch(v, -1) {
		name := strings.TrimLeft(m[1], "有的")
		if n, nok := extract.NormaliseCharge(name); !nok || n != charge {
			continue
		}
		total := 0
		if y, yok := cnum.ParseInt(m[3]); yok {
			total += 12 * int(y)
		}
		if mo, mok := cnum.ParseInt(m[4]); mok {
			total += int(mo)
		}
		if total > 0 {
			return m[2], total, true
		}
	}
	return "", 0, false
}

// personSentenceRe is a sentence only a natural person can get.
var personSentenceRe = regexp.MustCompile(`有期徒刑|拘役|管制|无期徒刑|死刑|免予刑事处罚|免于刑事处罚`)

// firstPersonItem is the verdict's first item that sentences a person: a
// unit convicted of a unit crime is sentenced first, and only to a fine.
func firstPersonItem(v string) string {
	for v != "" {
		item := v
		if m := countItemEndRe.FindStringIndex(v[1:]); m != nil {
			item, v = v[:m[0]+1], v[m[0]+1:]
		} else {
			v = ""
		}
		if personSentenceRe.MatchString(item) {
			return item
		}
	}
	return ""
}

// combinedRe marks a verdict that combines several counts into the
// sentence to be executed.
var combinedRe = regexp.MustCompile(`决定(?:合并)?执行|合并执行`)

// countPrecedents are the similar cases' sentences for one count of
// several crimes: a case that combined several counts speaks for this one
// with the term it gave that crime, not with the combined term it
// executed. The similar cases of a draft with several charges are mostly
// convicted of the same ones, and each count drafted from their executed
// terms, then combined again (art. 69), came out well above the courts'
// (on tune, the median draft with several charges was 1.3 times the
// court's).
func countPrecedents(same []precedent, charge string) []PrecedentSentence {
	var out []PrecedentSentence
	for j, p := range same {
		s, ok := placeSentence(p, j, charge, 0)
		if !ok {
			continue
		}
		if kind, months, ok := precedentCount(p, charge); ok {
			s.Kind, s.Months, s.ProbationMonths = kind, months, 0
		}
		out = append(out, s)
	}
	return out
}

// ownCounts is p's sentence for a defendant convicted of only some of the
// case's several charges (own, at least two): the counts of those charges
// alone, the executed term and fine combined from them as art. 69 does.
// The counts were drafted for the case's every charge, and each
// defendant's executed term combined them all, so a defendant convicted
// of two of five charges served the other three too (a 受贿、滥用职权、玩忽职守、
// 行贿 defendant got nineteen years for counts of six, two, two and two
// and a half). A later defendant's term, scaled from the first's, keeps
// its scale. Unchanged when every count is his, or one of his charges has
// no count.
func (p Penalty) ownCounts(own []string) Penalty {
	if len(own) < 2 || len(p.Counts) <= len(own) || p.Months <= 0 {
		return p
	}
	var mine []Count
	allFine, myFine := 0.0, 0.0
	for _, c := range p.Counts {
		allFine += c.FineYuan
		if slices.Contains(own, c.Charge) {
			mine = append(mine, c)
			myFine += c.FineYuan
		}
	}
	if len(mine) != len(own) {
		return p
	}
	_, all, ok := combinedTerm(p.Counts)
	kind, part, mok := combinedTerm(mine)
	if !ok || !mok || all <= 0 {
		return p
	}
	p.Kind, p.Months, p.Counts = kind, max(1, int(math.Round(float64(p.Months)*float64(part)/float64(all)))), mine
	switch {
	case allFine <= 0:
	case p.FineYuan == allFine:
		p.FineYuan = myFine
	default:
		p.FineYuan = snapFine(p.FineYuan * myFine / allFine)
	}
	if !suspendableTerm(p.Kind, p.Months) {
		p.ProbationMonths = 0
	} else if p.ProbationMonths > 0 && p.ProbationMonths < p.Months {
		p.ProbationMonths = p.Months // 缓刑考验期限不能少于原判刑期（刑法第七十三条）
	}
	return p
}
