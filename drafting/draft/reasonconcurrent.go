package draft

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// A defendant the verdict sentences for several crimes (数罪并罚，决定执行,
// Criminal Law art. 69) is said to be so in the reasoning, as courts write
// it: in the LeCaRD first-instance judgments outside dev, tune, tune2 and
// the check set, 43% of the reasonings of judgments convicting of several
// charges state it, against 14% of the tune drafts, whose adapted
// sentences about a 数罪并罚 were cut as a prior's (concurrenceRe). The
// wording is the corpus's most common whole sentence (被告人X一人犯数罪，
// 应数罪并罚。 31 times; 应数罪并罚 is also its most common clause, 120
// against 95 for 应当数罪并罚). It follows the finding that the charges
// are made out, before the circumstances, where 549 of 920 such
// reasonings with a circumstance put it.
const concurrenceSentence = "被告人%s一人犯数罪，应数罪并罚。"

// concurrenceRe is a sentence on punishing several crimes together. It
// was read as a prior conviction's cue (reasonCues), so the similar case's
// finding that states the charges and their concurrence (其行为已构成非法买
// 卖枪支罪、非法持有枪支罪，对其应当数罪并罚) was cut even where the draft
// convicts of several charges. Such a finding is now borne out exactly
// then (borneOut); a bare concurrence (卢浪一人犯数罪，应对其数罪并罚) is
// not, as the similar case's defendants mapped onto ours left it naming
// some of ours or none (应数罪并罚。): on the tune set, with every such
// sentence borne out, reasoning METEOR rose 0.0003 but five drafts named
// the wrong defendants. concurrenceSentence says it of the right ones. A
// prior's 数罪并罚 (缓刑考验期内又犯新罪, 漏罪) is still cut by its cues.
// "Several" is one defendant's (severalCrimes), not the case's: two
// defendants each convicted of one charge are not punished for several
// crimes, and the similar case's finding that they are is cut.
var (
	concurrenceRe = regexp.MustCompile(`数罪并罚`)
	convictsRe    = regexp.MustCompile(`构成`)
)

// concurrenceNote says where the sentence comes from.
const concurrenceNote = "判决主文对其数罪并罚（刑法第六十九条）"

// madeOutRe is the reasoning's finding that the prosecution's charge
// stands (公诉机关指控…罪名成立): the concurrence follows it.
var madeOutRe = regexp.MustCompile(`指控[^。]*成立`)

// severalCrimes are the defendants, in the verdict's order, whom own
// convicts of more than one charge: the verdict combines their counts.
func severalCrimes(pens []Penalty, own map[string][]wordedCharge) []string {
	var out []string
	for _, p := range pens {
		if len(own[p.Defendant]) > 1 && !slices.Contains(out, p.Defendant) {
			out = append(out, p.Defendant)
		}
	}
	return out
}

// withConcurrence adds to the reasoning sents that the defendants who
// (severalCrimes) are punished for several crimes together, unless it
// already says so: after the finding that the charges stand, or after the
// opening finding when there is none.
func withConcurrence(sents []Sentence, who []string) []Sentence {
	if len(who) == 0 || len(sents) == 0 {
		return sents
	}
	if strings.Contains(Section{Sentences: sents}.Text(), "并罚") {
		return sents
	}
	text := fmt.Sprintf(concurrenceSentence, strings.Join(who, "、"))
	if len(who) > 1 {
		text = strings.Replace(text, "一人犯数罪", "均一人犯数罪", 1)
	}
	at := 1
	if i := slices.IndexFunc(sents, func(s Sentence) bool { return madeOutRe.MatchString(s.Text) }); i >= 0 {
		at = i + 1
	}
	return slices.Insert(sents, min(at, len(sents)), Sentence{Text: text, Source: "rule:刑法第六十九条", Note: concurrenceNote})
}
