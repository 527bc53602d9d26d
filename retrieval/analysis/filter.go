package analysis

import (
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
)

// isStopWord reports function words too common in judgments to tell cases
// apart. Kept small on purpose: legal words such as 被 in 被告人 stay whole
// in the dictionary, so only lone function characters are dropped.
func isStopWord(t string) bool {
	switch t {
	case "的", "了", "在", "是", "和", "与", "及", "或", "等", "将", "被", "把",
		"对", "于", "其", "之", "也", "而", "并", "已", "该", "此", "从", "向",
		"以", "为", "由", "所", "因", "但", "就", "都", "又", "即", "着", "个",
		"a", "an", "the", "of", "and":
		return true
	}
	return false
}

// Clean is the token filter every Leian analyzer ends with: it drops
// punctuation, white space, symbols (including the × that masks names in
// CAIL data) and stop words.
type Clean struct{}

// Filter implements analysis.TokenFilter.
func (Clean) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := in[:0]
	for _, tok := range in {
		if keep(string(tok.Term)) {
			out = append(out, tok)
		}
	}
	return out
}

func keep(term string) bool {
	if isStopWord(term) {
		return false
	}
	for _, r := range term {
		if !unicode.IsPunct(r) && !unicode.IsSpace(r) && !unicode.IsSymbol(r) &&
			!unicode.Is(unicode.Co, r) && !unicode.IsControl(r) {
			return true
		}
	}
	return false
}
