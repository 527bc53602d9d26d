package analysis

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/go-ego/gse"
	"github.com/longbridgeapp/opencc"
)

//go:embed legal_terms.txt
var legalTerms string

// termFreq is the dictionary frequency given to legal terms: high enough that
// the shortest-path segmentation keeps 第二百六十四条-style terms and
// 走私、贩卖、运输、制造毒品罪 whole rather than splitting them.
const termFreq = 100000

// The gse dictionary takes seconds and ~130 MB to load, so it is loaded once
// per process and shared; a Segmenter is safe for concurrent reads.
var segmenterOnce = sync.OnceValues(loadSegmenter)

// t2s converts traditional to simplified Chinese; opencc embeds its
// dictionaries, so this works offline.
var t2sOnce = sync.OnceValues(func() (*opencc.OpenCC, error) { return opencc.New("t2s") })

// loadSegmenter builds the gse segmenter: legal terms first, so that their
// frequency wins when the embedded simplified-Chinese dictionary repeats
// them, then the dictionary, whose load computes the search-mode
// sub-segments of every token once.
func loadSegmenter() (*gse.Segmenter, error) {
	seg := &gse.Segmenter{NotLoadHMM: true, Dict: gse.NewDict()}
	seg.Init()
	for i, line := range strings.Split(legalTerms, "\n") {
		term := strings.TrimSpace(line)
		if term == "" || strings.HasPrefix(term, "#") {
			continue
		}
		if err := seg.AddToken(term, termFreq, "n"); err != nil {
			return nil, fmt.Errorf("legal_terms.txt line %d %q: %w", i+1, term, err)
		}
	}
	if err := seg.LoadDictEmbed("zh_s"); err != nil {
		return nil, fmt.Errorf("load gse embedded dictionary zh_s: %w", err)
	}
	return seg, nil
}

// Simplify converts traditional Chinese characters in s to simplified ones.
func Simplify(s string) (string, error) {
	cc, err := t2sOnce()
	if err != nil {
		return "", fmt.Errorf("load opencc t2s: %w", err)
	}
	out, err := cc.Convert(s)
	if err != nil {
		return "", fmt.Errorf("convert %d bytes of text to simplified: %w", len(s), err)
	}
	return out, nil
}
