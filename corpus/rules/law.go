// Package rules is Leian's rule library: laws, judicial interpretations,
// guiding cases and the sentencing guideline, with exact citation lookup.
package rules

import "strings"

// Law is one statute, regulation or judicial interpretation as the bundle
// holds it (one markdown file, or the seven files of the Civil Code).
type Law struct {
	Title    string     `json:"title"`              // 中华人民共和国刑法
	Short    []string   `json:"short,omitempty"`    // 刑法
	Category string     `json:"category"`           // the bundle folder: 刑法, 司法解释, 民法商法 …
	File     string     `json:"file"`               // path under laws/
	Dates    []string   `json:"dates,omitempty"`    // passage and amendment lines as written
	Version  string     `json:"version,omitempty"`  // the date in the file name (2018-10-26), "" when none
	Articles []*Article `json:"articles,omitempty"` // in text order
	// Preamble is the text before the first article (amendments and some
	// interpretations are numbered 一、二、 instead of 第N条).
	Preamble string `json:"preamble,omitempty"`
}

// Article is one 条.
type Article struct {
	Number     int         `json:"number"`
	Suffix     int         `json:"suffix,omitempty"` // 之一 = 1
	Label      string      `json:"label"`            // 第一百三十三条之一
	Paragraphs []Paragraph `json:"paragraphs"`       // 款
	// Path is the article's place in the law: 编, 章, 节 headings as written.
	Path  []string `json:"path,omitempty"`
	Tiers []Tier   `json:"tiers,omitempty"` // statutory penalty tiers (Criminal Law)
}

// Paragraph is one 款 with its 项.
type Paragraph struct {
	Text  string   `json:"text"` // the whole 款, items included
	Items []string `json:"items,omitempty"`
}

// Text is the whole article, paragraphs joined by newlines.
func (a *Article) Text() string {
	parts := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		parts[i] = p.Text
	}
	return strings.Join(parts, "\n")
}

// find returns the article numbered n with suffix suf, or nil.
func (l *Law) find(n, suf int) *Article {
	for _, a := range l.Articles {
		if a.Number == n && a.Suffix == suf {
			return a
		}
	}
	return nil
}
