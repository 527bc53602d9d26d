package casereport

import (
	"strings"
	"unicode/utf8"

	"leian/corpus"
	"leian/corpus/parse"
	"leian/retrieval/elements"
)

// maxPoints and maxPointRunes keep 裁判要点 to what a judge reads at a glance.
const (
	maxPoints     = 3
	maxPointRunes = 240
)

// holdingCues mark the reasoning sentences that decide something: the
// conviction, a circumstance accepted or refused, the sentencing choice.
var holdingCues = []string{"构成", "不予采纳", "予以采纳", "本院予以", "可以从轻", "可以减轻", "依法从轻", "依法减轻", "从重处罚", "酌情", "认定", "不属于", "应当"}

// caseOf reads a stored judgment into a report case.
func caseOf(doc *corpus.Document) Case {
	c := Case{ID: doc.ID, Title: doc.Title}
	if st := doc.Structure; st != nil {
		c.Court, c.Date = st.Court, st.Date
		if st.CaseNumber != nil {
			c.CaseNo = st.CaseNumber.Raw
		}
	}
	if e := doc.Elements; e != nil {
		c.Charges = e.Charges
	}
	if len(c.Charges) == 0 {
		for _, l := range doc.Labels {
			if len(l.Charges) > 0 {
				c.Charges = l.Charges
				break
			}
		}
	}
	c.Outcome = outcome(doc)
	c.Points = Points(doc)
	return c
}

// Points are a judgment's 裁判要点: the first sentence of its reasoning
// (本院认为…构成…罪) and the next ones that decide something. A document
// with no reasoning (CAIL2018 keeps only the facts) has none; the report
// then shows its charges and outcome alone.
func Points(doc *corpus.Document) []string {
	var points []string
	for i, s := range sentences(reasoning(doc)) {
		if i == 0 || containsAny(s, holdingCues) {
			points = append(points, clip(s, maxPointRunes))
		}
		if len(points) == maxPoints {
			break
		}
	}
	return points
}

func reasoning(doc *corpus.Document) string {
	return doc.SectionText("reasoning", parse.Reasoning)
}

// sentences splits on 。；！？ keeping the mark, dropping blanks.
func sentences(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if s := strings.TrimSpace(b.String()); s != "" {
			out = append(out, s)
		}
		b.Reset()
	}
	for _, r := range text {
		if r == '\n' || r == '\r' {
			continue
		}
		b.WriteRune(r)
		if strings.ContainsRune("。；！？", r) {
			flush()
		}
	}
	flush()
	return out
}

func containsAny(s string, cues []string) bool {
	for _, c := range cues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// outcome is the first defendant's sentence as the verdict states it, else
// the decided outcome the source recorded, else the civil outcome.
func outcome(doc *corpus.Document) string {
	if e := doc.Elements; e != nil {
		for _, d := range e.Defendants {
			if d.Penalty != nil {
				return elements.PenaltyWords(d.Penalty.Kind, d.Penalty.Months)
			}
		}
	}
	if kind, months, ok := doc.Decided(); ok {
		return elements.PenaltyWords(kind, months)
	}
	if e := doc.Elements; e != nil && e.Outcome != "" {
		return e.Outcome
	}
	return ""
}
