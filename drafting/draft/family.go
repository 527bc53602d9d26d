package draft

import (
	"context"
	"fmt"
	"regexp"
	"sync"

	"leian/corpus"
)

// Family finds every stored document of the same case as a given one, so
// that drafting a case already in the corpus never reads its own judgment:
// the same document (content hash), the same LeCaRD/JuDGE case (ajId),
// the same case number, and judgments citing its case number (an appeal
// cites the first instance) or cited by it.
type Family struct {
	byKey map[string][]string
	keys  map[string][]string // document ID → its keys
}

// caseNoRe is a case number as judgments write it: （2018）沪0105刑初655号.
var caseNoRe = regexp.MustCompile(`[（(]\s*(\d{4})\s*[)）]\s*([\p{Han}\d]{1,12}?[\p{Han}]{1,4}\d{1,6}号)`)

// CaseNumbers returns the case numbers written in text, normalised.
func CaseNumbers(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range caseNoRe.FindAllStringSubmatch(text, -1) {
		n := "（" + m[1] + "）" + m[2]
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// CaseKeys are the keys that tie a document to its case: its hash, its
// ajIds and JuDGE ids, and every case number it writes.
func CaseKeys(d *corpus.Document) []string {
	var keys []string
	if d.ContentHash != "" {
		keys = append(keys, "hash:"+d.ContentHash)
	}
	for _, l := range d.Labels {
		if v, ok := l.Other["ajId"].(string); ok && v != "" {
			keys = append(keys, "aj:"+v)
		}
	}
	for _, s := range d.Sources {
		if s.Source == "judge" && s.SourceID != "" {
			keys = append(keys, "aj:"+s.SourceID)
		}
	}
	for _, n := range CaseNumbers(d.Text) {
		keys = append(keys, "no:"+n)
	}
	return keys
}

// TextKeys are the keys of a case known only by its text and ids: the
// JuDGE text_id (= LeCaRD ajId) and the case numbers the text writes.
func TextKeys(ajID, text string) []string {
	var keys []string
	if ajID != "" {
		keys = append(keys, "aj:"+ajID)
	}
	for _, n := range CaseNumbers(text) {
		keys = append(keys, "no:"+n)
	}
	return keys
}

// Corpus lists every stored document (corpus/docstore.Store).
type Corpus interface {
	Each(ctx context.Context, fn func(*corpus.Document) error) error
}

// BuildFamily indexes every stored document's case keys.
func BuildFamily(ctx context.Context, c Corpus) (*Family, error) {
	f := &Family{byKey: map[string][]string{}, keys: map[string][]string{}}
	err := c.Each(ctx, func(d *corpus.Document) error {
		ks := CaseKeys(d)
		f.keys[d.ID] = ks
		for _, k := range ks {
			f.byKey[k] = append(f.byKey[k], d.ID)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("index case families: %w", err)
	}
	return f, nil
}

// Members returns the documents sharing any of keys, and ids themselves.
func (f *Family) Members(keys []string, ids ...string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, id := range ids {
		add(id)
		for _, k := range f.keys[id] {
			for _, m := range f.byKey[k] {
				add(m)
			}
		}
	}
	for _, k := range keys {
		for _, m := range f.byKey[k] {
			add(m)
		}
	}
	return out
}

// Related reports whether document id shares a case key with keys.
func (f *Family) Related(id string, keys []string) bool {
	for _, k := range f.keys[id] {
		for _, q := range keys {
			if k == q {
				return true
			}
		}
	}
	return false
}

// FamilyCache builds the family index once, on first use.
type FamilyCache struct {
	once sync.Once
	f    *Family
	err  error
}

// Get returns the index, building it from c the first time.
func (fc *FamilyCache) Get(ctx context.Context, c Corpus) (*Family, error) {
	fc.once.Do(func() { fc.f, fc.err = BuildFamily(ctx, c) })
	return fc.f, fc.err
}
