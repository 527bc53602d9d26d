package draft

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"

	"leian/corpus/rules"
	"leian/drafting/sentencing"
)

// EstimatorWithout trains the sentencing estimator as sentencing.Build
// does, on the decided cases of cail2018, but without any case whose facts
// overlap one of heldOut: an evaluation drafts those texts, and the model
// must not have seen their cases. It returns how many cases were held out.
func EstimatorWithout(ctx context.Context, dataDir string, lib *rules.Library, heldOut []string) (*sentencing.Estimator, int, error) {
	exs, err := sentencing.ReadCAIL2018(filepath.Join(dataDir, sentencing.CAIL2018File))
	if err != nil {
		return nil, 0, err
	}
	kept, dropped := HoldOut(exs, heldOut)
	book := sentencing.NewLawBook(lib)
	m, err := sentencing.Train(ctx, book, kept)
	if err != nil {
		return nil, 0, fmt.Errorf("train the sentence model: %w", err)
	}
	return &sentencing.Estimator{Book: book, Model: m, Neighbours: 30}, dropped, nil
}

// Overlap test: a decided case is the same case as a held-out text when
// at least holdShare of its facts' holdWindow-rune windows (one every
// holdStep runes, white space removed) occur in that text. Boilerplate
// (上述事实，被告人在开庭审理过程中亦无异议) shares a window or two, a
// copy of the same facts most of them.
const (
	holdWindow = 20
	holdStep   = 10
	holdShare  = 0.3
)

// HoldOut drops the examples whose facts overlap one of texts.
func HoldOut(exs []sentencing.Example, texts []string) (kept []sentencing.Example, dropped int) {
	same := SameCase(texts)
	for _, ex := range exs {
		if same(ex.Facts) {
			dropped++
			continue
		}
		kept = append(kept, ex)
	}
	return kept, dropped
}

// SameCase reports whether a decided case's facts overlap one of texts,
// by the overlap test above: an evaluation drafting texts leaves every
// such case out of whatever it trains.
func SameCase(texts []string) func(facts string) bool {
	windows := make([]map[string]bool, len(texts))
	owner := map[string][]int{}
	for i, t := range texts {
		rs := []rune(squeeze(t))
		windows[i] = map[string]bool{}
		for j := 0; j+holdWindow <= len(rs); j++ {
			w := string(rs[j : j+holdWindow])
			if !windows[i][w] {
				windows[i][w] = true
				owner[w] = append(owner[w], i)
			}
		}
	}
	return func(facts string) bool {
		rs := []rune(squeeze(facts))
		n := 0
		shared := map[int]int{}
		for j := 0; j+holdWindow <= len(rs); j += holdStep {
			n++
			for _, i := range owner[string(rs[j:j+holdWindow])] {
				shared[i]++
			}
		}
		for _, c := range shared {
			if float64(c) >= holdShare*float64(n) {
				return true
			}
		}
		return false
	}
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
