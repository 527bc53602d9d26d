// Package analysis cuts Chinese legal text into search terms: gse word
// segmentation with legal terms kept whole, as bleve analyzers and plain functions.
package analysis

import (
	"fmt"
	"log/slog"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
)

// Analyzer names registered on an index mapping by AddTo.
const (
	// IndexAnalyzer cuts documents in Search mode.
	IndexAnalyzer = "leian_index"
	// QueryAnalyzer cuts queries in Precise mode after converting traditional
	// characters to simplified.
	QueryAnalyzer = "leian_query"
	// BigramAnalyzer cuts documents into character bigrams.
	BigramAnalyzer = "leian_bigram"
	// BigramQueryAnalyzer cuts queries into character bigrams after
	// converting traditional characters to simplified.
	BigramQueryAnalyzer = "leian_bigram_query"
)

// Bleve component types; see register.
const (
	tokenizerType = "leian_gse"
	filterType    = "leian_clean"
)

// register adds the Leian tokenizer and filter types to bleve's registry.
// Bleve resolves a mapping's custom tokenizers only through its global,
// init-filled registry (registry.Cache cannot be given a built component),
// and a reopened index rebuilds its analyzers from the stored mapping by type
// name, so the registration is unavoidable; it is confined to this one Once.
var register = sync.OnceValue(func() error {
	err := registry.RegisterTokenizer(tokenizerType, func(config map[string]any, _ *registry.Cache) (analysis.Tokenizer, error) {
		mode, _ := config["mode"].(string)
		simplify, _ := config["simplify"].(bool)
		return NewTokenizer(Mode(mode), simplify)
	})
	if err != nil {
		return fmt.Errorf("register bleve tokenizer %s: %w", tokenizerType, err)
	}
	err = registry.RegisterTokenFilter(filterType, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return Clean{}, nil
	})
	if err != nil {
		return fmt.Errorf("register bleve token filter %s: %w", filterType, err)
	}
	return nil
})

// Register makes the Leian analysis types known to bleve. Call it before
// opening an existing bleve index whose mapping uses them; AddTo calls it.
func Register() error { return register() }

// AddTo defines the Leian analyzers on im. Only queries are converted to
// simplified characters: the corpus is simplified, and conversion costs
// about half as much again as segmentation.
func AddTo(im *mapping.IndexMappingImpl) error {
	if err := Register(); err != nil {
		return err
	}
	analyzers := []struct {
		name     string
		mode     Mode
		simplify bool
	}{
		{IndexAnalyzer, Search, false},
		{QueryAnalyzer, Precise, true},
		{BigramAnalyzer, Bigram, false},
		{BigramQueryAnalyzer, Bigram, true},
	}
	for _, a := range analyzers {
		tok := a.name + "_tokenizer"
		err := im.AddCustomTokenizer(tok, map[string]any{"type": tokenizerType, "mode": string(a.mode), "simplify": a.simplify})
		if err != nil {
			return fmt.Errorf("define tokenizer %s: %w", tok, err)
		}
		err = im.AddCustomAnalyzer(a.name, map[string]any{"type": custom.Name, "tokenizer": tok, "token_filters": []string{filterType}})
		if err != nil {
			return fmt.Errorf("define analyzer %s: %w", a.name, err)
		}
	}
	return nil
}

// cutters are the tokenizers behind Tokens, SearchTokens and Bigrams.
type cutters struct{ precise, search, bigram *Tokenizer }

var cuttersOnce = sync.OnceValues(func() (cutters, error) {
	var c cutters
	var err error
	if c.bigram, err = NewTokenizer(Bigram, true); err != nil {
		return c, err
	}
	if c.precise, err = NewTokenizer(Precise, true); err != nil {
		return c, err
	}
	c.search, err = NewTokenizer(Search, false)
	return c, err
})

// Load loads the dictionaries now, reporting any failure; stores call it
// when they open so that the first query does not pay for it.
func Load() error {
	_, err := cuttersOnce()
	return err
}

// Tokens cuts text as QueryAnalyzer does (Precise mode, simplified,
// cleaned): the terms for the Postgres tsvectors and for BM25 outside bleve.
// If the dictionary failed to load (see Load) it falls back to Bigrams.
func Tokens(text string) []string { return cut(text, func(c cutters) *Tokenizer { return c.precise }) }

// SearchTokens cuts text as IndexAnalyzer does (Search mode, cleaned, not
// simplified): the document side of the Postgres tsvectors, so that the
// precise query term 盗窃 matches a document's 盗窃罪.
func SearchTokens(text string) []string {
	return cut(text, func(c cutters) *Tokenizer { return c.search })
}

// SearchTokensMemo is SearchTokens remembering clauses in memo (see Memo):
// for the full text and the sections of one judgment.
func SearchTokensMemo(text string, memo *Memo) []string {
	c, err := cuttersOnce()
	if err != nil {
		return SearchTokens(text)
	}
	return terms(Clean{}.Filter(c.search.tokenize(text, memo)))
}

// Bigrams cuts text as BigramQueryAnalyzer does (simplified).
func Bigrams(text string) []string { return cut(text, func(c cutters) *Tokenizer { return c.bigram }) }

func cut(text string, pick func(cutters) *Tokenizer) []string {
	c, err := cuttersOnce()
	t := pick(c)
	if err != nil {
		slog.Error("word segmentation unavailable, using bigrams", "err", err)
		if t = c.bigram; t == nil {
			return nil
		}
	}
	return terms(Clean{}.Filter(t.Tokenize([]byte(text))))
}

func terms(toks analysis.TokenStream) []string {
	out := make([]string, len(toks))
	for i, tok := range toks {
		out[i] = string(tok.Term)
	}
	return out
}
