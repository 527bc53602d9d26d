package parse

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// cueSet is a set of literal cue phrases. It finds them with strings.Index,
// many times faster than a regexp alternation over Chinese text, and
// offers the two regexp methods the parser uses.
type cueSet struct{ phrases []string }

// cues returns a cueSet; a pointer, so that it can key the doc's cache.
func cues(phrases ...string) *cueSet { return &cueSet{phrases} }

// FindAllStringIndex returns the leftmost non-overlapping matches, the
// longest phrase winning at one position.
func (c *cueSet) FindAllStringIndex(s string, _ int) [][]int {
	var ms [][]int
	for _, p := range c.phrases {
		for from := 0; ; {
			i := strings.Index(s[from:], p)
			if i < 0 {
				break
			}
			ms = append(ms, []int{from + i, from + i + len(p)})
			from += i + len(p)
		}
	}
	sort.Slice(ms, func(i, j int) bool {
		if ms[i][0] != ms[j][0] {
			return ms[i][0] < ms[j][0]
		}
		return ms[i][1] > ms[j][1]
	})
	var out [][]int
	for _, m := range ms {
		if len(out) == 0 || m[0] >= out[len(out)-1][1] {
			out = append(out, m)
		}
	}
	return out
}

// FindStringIndex returns the first match, or nil.
func (c *cueSet) FindStringIndex(s string) []int {
	var best []int
	for _, p := range c.phrases {
		if i := strings.Index(s, p); i >= 0 && (best == nil || i < best[0] || i == best[0] && i+len(p) > best[1]) {
			best = []int{i, i + len(p)}
		}
	}
	return best
}

// matcher is what the parser needs of a cue: a regexp or a cueSet.
type matcher interface {
	FindAllStringIndex(s string, n int) [][]int
	FindStringIndex(s string) []int
}

// trailingCues are cues that take the white space and one punctuation mark
// after them (判决如下： ).
type trailingCues struct {
	*cueSet
	marks string
}

func (c trailingCues) FindAllStringIndex(s string, n int) [][]int {
	ms := c.cueSet.FindAllStringIndex(s, n)
	for _, m := range ms {
		m[1] = c.extend(s, m[1])
	}
	return ms
}

func (c trailingCues) FindStringIndex(s string) []int {
	m := c.cueSet.FindStringIndex(s)
	if m != nil {
		m[1] = c.extend(s, m[1])
	}
	return m
}

func (c trailingCues) extend(s string, e int) int {
	rest := strings.TrimLeftFunc(s[e:], isSpace)
	if r, n := utf8.DecodeRuneInString(rest); n > 0 && strings.ContainsRune(c.marks, r) {
		return len(s) - len(rest) + n
	}
	return e
}
