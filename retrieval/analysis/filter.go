package analysis

import (
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
)

// stopWords are function words too common in judgments to tell cases apart.
// Kept small on purpose: legal words such as 被 in 被告人 stay whole in the
// dictionary, so only lone function characters are dropped.
var stopWords = map[string]bool{
	"的": true, "了": true, "在": true, "是": true, "和": true, "与": true,
	"及": true, "或": true, "等": true, "将": true, "被": true, "把": true,
	"对": true, "于": true, "其": true, "之": true, "也": true, "而": true,
	"并": true, "已": true, "该": true, "此": true, "从": true, "向": true,
	"以": true, "为": true, "由": true, "所": true, "因": true, "但": true,
	"就": true, "都": true, "又": true, "即": true, "着": true, "个": true,
	"a": true, "an": true, "the": true, "of": true, "and": true,
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
	if stopWords[term] {
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
