package parse

import (
	"regexp"
	"sort"
	"unicode"
	"unicode/utf8"
)

// rng is a half-open byte range into the text; Parse converts to rune Spans
// only at the end so the regexps can work on bytes.
type rng struct{ s, e int }

func (r rng) ok() bool { return r.e > r.s }

// doc is the text being parsed with its paragraphs: judgments in the bundle
// are often one line where a space stands for each paragraph break.
type doc struct {
	text  string
	paras []rng
	// all caches every match of a cue regexp, which several steps look up
	// from different starting points.
	all map[matcher][][]int
	// lastByte and lastRune memoise runeAt, which is called with mostly
	// increasing offsets.
	lastByte, lastRune int
}

func newDoc(text string) *doc {
	d := &doc{text: text, all: map[matcher][][]int{}}
	start := -1
	for i, r := range text {
		if isSpace(r) {
			if start >= 0 {
				d.paras = append(d.paras, rng{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		d.paras = append(d.paras, rng{start, len(text)})
	}
	return d
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

// runeAt converts a byte offset to a rune offset.
func (d *doc) runeAt(b int) int {
	if b < d.lastByte {
		d.lastByte, d.lastRune = 0, 0
	}
	d.lastRune += utf8.RuneCountInString(d.text[d.lastByte:b])
	d.lastByte = b
	return d.lastRune
}

// trim narrows r to exclude surrounding white space.
func (d *doc) trim(r rng) rng {
	if r.s < 0 || r.e > len(d.text) || r.s >= r.e {
		return rng{}
	}
	for r.s < r.e {
		c, n := utf8.DecodeRuneInString(d.text[r.s:])
		if !isSpace(c) {
			break
		}
		r.s += n
	}
	for r.e > r.s {
		c, n := utf8.DecodeLastRuneInString(d.text[:r.e])
		if !isSpace(c) {
			break
		}
		r.e -= n
	}
	return r
}

// para returns the index of the first paragraph that ends after b.
func (d *doc) para(b int) int {
	return sort.Search(len(d.paras), func(i int) bool { return d.paras[i].e > b })
}

// paraEnd returns the end of the paragraph holding b.
func (d *doc) paraEnd(b int) int {
	if i := d.para(b); i < len(d.paras) {
		return d.paras[i].e
	}
	return len(d.text)
}

// sentStart returns where the sentence holding b begins: after the previous
// full stop or paragraph break, but not before floor.
func (d *doc) sentStart(b, floor int) int {
	for b > floor {
		c, n := utf8.DecodeLastRuneInString(d.text[:b])
		if c == '。' || c == '！' || c == '？' || isSpace(c) {
			return b
		}
		b -= n
	}
	return floor
}

// find returns the first match of re inside [from, to) as absolute bytes.
func (d *doc) find(re matcher, from, to int) (rng, bool) {
	if from < 0 || from >= to || to > len(d.text) {
		return rng{}, false
	}
	ms, ok := d.all[re]
	if !ok {
		ms = re.FindAllStringIndex(d.text, -1)
		d.all[re] = ms
	}
	i := sort.Search(len(ms), func(i int) bool { return ms[i][0] >= from })
	if i == len(ms) || ms[i][1] > to {
		return rng{}, false
	}
	return rng{ms[i][0], ms[i][1]}, true
}

// paraStarting returns the first paragraph starting in [from, to) whose
// beginning matches re (re must be anchored with ^).
func (d *doc) paraStarting(re *regexp.Regexp, from, to int) (int, bool) {
	for i := d.para(from); i < len(d.paras) && d.paras[i].s < to; i++ {
		p := d.paras[i]
		if p.s < from {
			continue
		}
		if re.MatchString(d.text[p.s:min(p.e+200, len(d.text))]) {
			return i, true
		}
	}
	return 0, false
}
