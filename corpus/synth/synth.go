// Package synth writes synthetic judgments for scale tests only: real
// judgments of one charge recombined sentence by sentence, with names,
// amounts, dates and courts perturbed. Every record is labelled synthetic
// (source, ID, title, labels) and no quality evaluation may read them
// (Refuse guards the eval commands).
package synth

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"leian/corpus"
)

// Source is the source name of every synthetic record: Leian IDs are
// "synthetic:synthetic-…".
const Source = "synthetic"

// Documents is the document store as the generator reads it
// (corpus/docstore.Store).
type Documents interface {
	Each(ctx context.Context, fn func(*corpus.Document) error) error
}

// Options control Generate.
type Options struct {
	N    int    // records to write
	Seed uint64 // same seed, same documents: same output
	// Swap is the share of a template's sentences replaced by the sentence
	// at the same relative place in another judgment of the same charge;
	// 0 means 0.5.
	Swap float64
}

// Summary is what Generate wrote.
type Summary struct {
	Records   int `json:"records"`
	Templates int `json:"templates"` // real judgments recombined
	Charges   int `json:"charges"`   // charge groups
}

// record is one line of Leian's own JSONL schema (docs/jsonl-schema.md).
type record struct {
	ID       string          `json:"id"`
	Source   string          `json:"source"`
	Title    string          `json:"title"`
	CaseType corpus.CaseType `json:"case_type"`
	Text     string          `json:"text"`
	Labels   labels          `json:"labels"`
}

type labels struct {
	Charges []string       `json:"charges"`
	Other   map[string]any `json:"other"`
}

// judgment is a real criminal judgment as the generator uses it.
type judgment struct {
	id        string
	title     string
	sentences []string
	charges   []string
}

// Generate writes o.N synthetic records to w as JSONL, from the real
// criminal judgments with a charge in docs (synthetic ones are skipped).
func Generate(ctx context.Context, docs Documents, w io.Writer, o Options) (Summary, error) {
	if o.N < 1 {
		return Summary{}, fmt.Errorf("synthetic corpus: n = %d, want at least 1", o.N)
	}
	if o.Swap == 0 {
		o.Swap = 0.5
	}
	groups, courts, err := read(ctx, docs)
	if err != nil {
		return Summary{}, err
	}
	if len(groups) == 0 || len(courts) == 0 {
		return Summary{}, fmt.Errorf("synthetic corpus: the document store holds no real criminal judgment with a charge and a court to recombine")
	}
	keys := make([]string, 0, len(groups))
	total := 0
	for k, g := range groups {
		keys = append(keys, k)
		total += len(g)
	}
	sort.Strings(keys)
	rng := rand.New(rand.NewPCG(o.Seed, 0x6c6569616e))
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	sum := Summary{Templates: total, Charges: len(groups)}
	for i := range o.N {
		if i%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return sum, err
			}
		}
		// Charges in proportion to the real corpus.
		pick := rng.IntN(total)
		var g []judgment
		for _, k := range keys {
			if g = groups[k]; pick < len(g) {
				break
			}
			pick -= len(g)
		}
		t := g[pick]
		text := perturb(recombine(t, g, o.Swap, rng), courts, rng)
		rec := record{
			ID: fmt.Sprintf("synthetic-s%d-%07d", o.Seed, i+1), Source: Source,
			Title: "【合成文书，仅供规模测试】" + t.title, CaseType: corpus.Criminal, Text: text,
			Labels: labels{Charges: t.charges, Other: map[string]any{"synthetic": true, "template": t.id, "seed": o.Seed}},
		}
		if err := enc.Encode(rec); err != nil {
			return sum, fmt.Errorf("synthetic corpus: write record %d: %w", i+1, err)
		}
		sum.Records++
	}
	return sum, nil
}

// read groups the real criminal judgments by their charge set, and
// collects the courts they name.
func read(ctx context.Context, docs Documents) (map[string][]judgment, []string, error) {
	groups := map[string][]judgment{}
	seen := map[string]bool{}
	var courts []string
	err := docs.Each(ctx, func(d *corpus.Document) error {
		if IsSynthetic(d) || d.CaseType != corpus.Criminal {
			return nil
		}
		charges := chargesOf(d)
		if len(charges) == 0 {
			return nil
		}
		if c := courtOf(d.Text); c != "" && !seen[c] {
			seen[c] = true
			courts = append(courts, c)
		}
		j := judgment{id: d.ID, title: d.Title, sentences: sentences(d.Text), charges: charges}
		k := strings.Join(charges, "、")
		groups[k] = append(groups[k], j)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("synthetic corpus: read the document store: %w", err)
	}
	sort.Strings(courts)
	return groups, courts, nil
}

// chargesOf is what Leian extracted, else what a source labelled.
func chargesOf(d *corpus.Document) []string {
	if d.Elements != nil && len(d.Elements.Charges) > 0 {
		return slices.Sorted(slices.Values(d.Elements.Charges))
	}
	for _, l := range d.Labels {
		if len(l.Charges) > 0 {
			return slices.Sorted(slices.Values(l.Charges))
		}
	}
	return nil
}

// IsSynthetic reports whether any of d's records came from Generate.
func IsSynthetic(d *corpus.Document) bool {
	for _, s := range d.Sources {
		if s.Source == Source {
			return true
		}
	}
	return strings.HasPrefix(d.ID, Source+":")
}

// Refuse is the guard of every quality evaluation: an error when the
// document counts by source (docstore.Stats.BySource) include synthetic
// records, whose scores would describe text no court wrote.
func Refuse(bySource map[string]int) error {
	if n := bySource[Source]; n > 0 {
		return fmt.Errorf("文书库含 %d 篇合成文书（来源 %q，仅供规模测试），不能用于质量评测：请换用只含真实文书的 LEIAN_HOME", n, Source)
	}
	return nil
}
