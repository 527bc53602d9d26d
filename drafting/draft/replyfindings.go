package draft

import (
	"cmp"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A court that rejects an argument says what it found against it: 经查，
// followed by the finding or the evidence, then 故该意见与本院查明的事实不符.
// Of the 7,233 LeCaRD reasonings outside dev, tune, tune2 and the check
// set, 921 reject an argument in a sentence opened with 经查, and 874 of
// them state a finding (20 characters or more) before the ruling; only 47
// are as bare as the draft's 经查，与本院查明的事实不符. The draft convicts
// on the facts found, so the finding it gives is the one of the court's
// findings (经审理查明 on, or the facts when they hold none) that shares
// the most words with the argument; each finding answers one argument.
// Only a contest gets one: a plea rejected because its circumstance is
// not found has no finding to quote. Reasoning METEOR: tune 0.4858 →
// 0.4879, tune2 0.4841 → 0.4854; judgment METEOR unchanged on both.

// backedAnswer closes a rejected argument with its finding.
const backedAnswer = "经查，%s，故该意见与本院查明的事实不符，本院不予采纳。"

// maxFinding caps the runes of a finding quoted (150 against 80 and 300
// on tune's saved drafts); minShared is how many word bigrams it must
// share with the argument (set a priori).
const (
	maxFinding = 150
	minShared  = 2
)

var (
	// findingSplit ends a sentence of the findings.
	findingSplit = regexp.MustCompile(`[^。；]*[。；]?`)
	// findingLead opens a finding without being part of it: the court's
	// 经审理查明 or 经查 (the answer writes its own) and a list number (一、
	// （2） 3、).
	findingLead = regexp.MustCompile(`^(?:(?:经审理查明|经查)[，,：:]?)?(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．])*`)
	// notFinding marks a sentence that is a party's argument, the court's
	// reasoning or a heading, not a finding, or one citing a law (the
	// reasoning cites only the draft's own articles, as borneOut keeps it).
	// A sentence that acquits, finds a charge unproven, opens with a
	// concession (但) or states someone's view (认为, the prosecutor's
	// 答辩, the indictment) cannot be the finding that rejects an argument:
	// quoted there it would contradict the conviction or put another's words
	// in the court's mouth. Nor can a witness's or the accused's own words
	// (我, or what follows a colon: 供述证实：…, 陈述摘要：…), a heading of the
	// evidence (上述事实，有下列证据证实：) or the court's own ruling on
	// another point (本院, 采纳, 采信): quoted after 经查 they read as the
	// court finding in the first person or finding a list heading. Of the
	// 375 findings the tune drafts quoted, 84 were such sentences.
	notFinding = regexp.MustCompile(`辩护|辩称|辩解|本院|提出|问题|意见|《|不构成|不能成立|不成立|认为|答辩|公诉人|起诉书|论处|^但|我|[：:]|采纳|采信|下列证据|以下证据|如下证据|证据有`)
	// argumentWords are the bigrams every argument and finding share
	// (被告人, 辩护人, 公诉机关, 指控, 事实…): they tell nothing of its topic.
	argumentWords = hanBigrams("被告人辩护人提出的意见本院认为公诉机关指控事实证据")
)

// findings are the court's findings a rejected argument can be answered
// with, their bigrams (read once: every argument is matched against all),
// and which of them have answered one.
type findings struct {
	sents []string
	grams []map[string]bool
	used  []bool
}

// caseFindings are the sentences of the court's findings in facts.
func caseFindings(facts string) *findings {
	text := cmp.Or(courtFindings(facts), facts)
	fs := &findings{}
	for _, s := range findingSplit.FindAllString(text, -1) {
		s = findingLead.ReplaceAllString(strings.TrimSpace(s), "")
		if utf8.RuneCountInString(s) < 8 || notFinding.MatchString(s) {
			continue
		}
		fs.sents = append(fs.sents, s)
		fs.grams = append(fs.grams, hanBigrams(s))
	}
	fs.used = make([]bool, len(fs.sents))
	return fs
}

// against is the unused finding sharing the most bigrams with argument
// (at least minShared), clipped to maxFinding runes at a clause's end;
// false when none is.
func (fs *findings) against(argument string) (string, bool) {
	a := hanBigrams(argument)
	for k := range argumentWords {
		delete(a, k)
	}
	best, shared := -1, 0
	for i, g := range fs.grams {
		if fs.used[i] || sidesWith(fs.sents[i], g, argument, a) { // replysides.go
			continue
		}
		n := 0
		for k := range g {
			if a[k] {
				n++
			}
		}
		if n > shared {
			best, shared = i, n
		}
	}
	if best < 0 || shared < minShared {
		return "", false
	}
	fs.used[best] = true
	s := strings.TrimRight(fs.sents[best], "。；")
	if utf8.RuneCountInString(s) > maxFinding {
		s = string([]rune(s)[:maxFinding])
		cut := max(strings.LastIndex(s, "，"), strings.LastIndex(s, "、"))
		if cut < 0 || utf8.RuneCountInString(s[:cut]) < 10 {
			return "", false
		}
		s = s[:cut]
	}
	return s, true
}

// backed is sentence, the answer to argument, with its rejection set
// against the finding that answers it, unchanged when none does.
func (fs *findings) backed(sentence, argument string) string {
	bare := rejectedAnswer + "。"
	if !strings.HasSuffix(sentence, bare) {
		return sentence
	}
	f, ok := fs.against(argument)
	if !ok {
		return sentence
	}
	return strings.TrimSuffix(sentence, bare) + fmt.Sprintf(backedAnswer, f)
}

// backedIf is backed(sentence, argument) when contested, else sentence.
func (fs *findings) backedIf(contested bool, sentence, argument string) string {
	if !contested {
		return sentence
	}
	return fs.backed(sentence, argument)
}

// hanBigrams are the bigrams of two Han characters in s.
func hanBigrams(s string) map[string]bool {
	rs := []rune(s)
	m := make(map[string]bool, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		if unicode.Is(unicode.Han, rs[i]) && unicode.Is(unicode.Han, rs[i+1]) {
			m[string(rs[i:i+2])] = true
		}
	}
	return m
}
