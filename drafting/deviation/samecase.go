package deviation

import (
	"fmt"
	"strings"

	"leian/corpus"
)

// sameCase recognises documents of the case in hand: those sharing its
// cross-source key (LeCaRD and JuDGE ajId) and those whose facts are the
// case's facts (a CAIL2018 record and the LawBench item cut from it, the
// first- and second-instance judgments of one case).
type sameCase struct {
	grams map[string]bool
	links []string
}

// factsHeadRunes is how much of the facts is compared: enough to tell cases apart.
const factsHeadRunes = 400

func newSameCase(facts string) sameCase {
	return sameCase{grams: bigrams(facts)}
}

func (s sameCase) same(o *decidedCase) bool {
	for _, l := range o.links {
		for _, m := range s.links {
			if l == m {
				return true
			}
		}
	}
	return dice(s.grams, o.grams) >= 0.8
}

// factsHead is the part of the facts bigrams reads: its first factsHead
// characters that are Han or digits.
func factsHead(facts string) string {
	var b strings.Builder
	n := 0
	for _, r := range facts {
		if r > 0x2E80 || r >= '0' && r <= '9' {
			b.WriteRune(r)
			if n++; n >= factsHeadRunes {
				break
			}
		}
	}
	return b.String()
}

// caseLinks are a document's cross-source case keys.
func caseLinks(doc *corpus.Document) []string {
	var out []string
	for _, l := range doc.Labels {
		if v, ok := l.Other["ajId"]; ok {
			if s := fmt.Sprint(v); s != "" {
				out = append(out, s)
			}
		}
	}
	for _, s := range doc.Sources {
		if s.Source == "judge" && s.SourceID != "" { // JuDGE's text_id is LeCaRD's ajId
			out = append(out, s.SourceID)
		}
	}
	return out
}

// bigrams are the character pairs of the head of facts.
func bigrams(facts string) map[string]bool {
	han := []rune(factsHead(facts))
	out := make(map[string]bool, len(han))
	for i := 0; i+1 < len(han); i++ {
		out[string(han[i:i+2])] = true
	}
	return out
}

func dice(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for g := range a {
		if b[g] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}
