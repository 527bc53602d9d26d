package check

import (
	"slices"
	"strings"

	"github.com/mozillazg/go-pinyin"
)

// confusion is the confusion set: characters and two-character words that
// sound alike (toneless pinyin, every reading) or look alike, drawn from
// the words and characters frequent in the corpus.
type confusion struct {
	chars map[string][]rune    // reading → frequent characters, most frequent first
	pairs map[string][][2]rune // "reading reading" → frequent words, most frequent first
	looks map[rune][]rune      // near-form characters
	read  map[rune][]string    // readings of the frequent characters
	alike map[rune][]rune      // similarChars(r, simChars) of the frequent characters
}

// simChars is how many sound-alikes a character is offered.
const simChars = 12

// readingsOf is readings(r), from the table when r is frequent.
func (c *confusion) readingsOf(r rune) []string {
	if ps, ok := c.read[r]; ok {
		return ps
	}
	return readings(r)
}

// nearForms are characters often mistyped for one another by shape in
// court documents; sound-alikes come from pinyin.
var nearForms = []string{"己已巳", "未末", "侯候", "拔拨", "戊戍戌", "徒徙", "治冶", "析折", "辨辩辫", "竞竟", "崇祟",
	"赢嬴羸", "券卷", "汩汨", "刺剌", "茶荼", "陷馅", "账帐", "象像", "抵低底", "既即", "籍藉", "帐账", "令今", "亳毫"}

// readings are r's toneless pinyin readings (three at most), folded the way
// typists confuse them: zh/ch/sh with z/c/s, n with l, -ng with -n after
// e and i (上诉/上述, 年/连 and 应/因 all meet).
func readings(r rune) []string {
	ps := pinyin.SinglePinyin(r, pinyin.Args{Style: pinyin.Normal, Heteronym: true})
	if len(ps) > 3 {
		ps = ps[:3]
	}
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		f := fuzzy(p)
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

func fuzzy(p string) string {
	for _, rr := range [][2]string{{"zh", "z"}, {"ch", "c"}, {"sh", "s"}} {
		if strings.HasPrefix(p, rr[0]) {
			p = rr[1] + p[2:]
			break
		}
	}
	if strings.HasPrefix(p, "n") && len(p) > 1 {
		p = "l" + p[1:]
	}
	if strings.HasSuffix(p, "eng") || strings.HasSuffix(p, "ing") {
		p = p[:len(p)-1]
	}
	return p
}

func newConfusion(lm *LM) *confusion {
	c := &confusion{chars: map[string][]rune{}, pairs: map[string][][2]rune{}, looks: map[rune][]rune{}, read: map[rune][]string{}}
	for r := range lm.Chars {
		c.read[r] = readings(r)
		for _, p := range c.read[r] {
			c.chars[p] = append(c.chars[p], r)
		}
	}
	for _, rs := range c.chars {
		slices.SortFunc(rs, func(a, b rune) int { return int(lm.Chars[b]) - int(lm.Chars[a]) })
	}
	for pr := range lm.Pairs {
		for _, k := range c.pairKeys(pr[0], pr[1]) {
			c.pairs[k] = append(c.pairs[k], pr)
		}
	}
	for _, ws := range c.pairs {
		slices.SortFunc(ws, func(a, b [2]rune) int { return int(lm.Pairs[b]) - int(lm.Pairs[a]) })
	}
	defer func() {
		c.alike = map[rune][]rune{}
		for r := range lm.Chars {
			c.alike[r] = c.computeSimilar(r, simChars)
		}
	}()
	for _, g := range nearForms {
		rs := []rune(g)
		for _, r := range rs {
			for _, o := range rs {
				if o != r && !slices.Contains(c.looks[r], o) {
					c.looks[r] = append(c.looks[r], o)
				}
			}
		}
	}
	return c
}

func (c *confusion) pairKeys(a, b rune) []string {
	var out []string
	for _, pa := range c.readingsOf(a) {
		for _, pb := range c.readingsOf(b) {
			out = append(out, pa+" "+pb)
		}
	}
	return out
}

// similarChars are the characters r may have been typed for, at most n.
func (c *confusion) similarChars(r rune, n int) []rune {
	if rs, ok := c.alike[r]; ok && n == simChars {
		return rs
	}
	return c.computeSimilar(r, n)
}

func (c *confusion) computeSimilar(r rune, n int) []rune {
	var out []rune
	for _, p := range c.readingsOf(r) {
		for _, o := range c.chars[p] {
			if o != r && !slices.Contains(out, o) {
				out = append(out, o)
				if len(out) >= n {
					break
				}
			}
		}
	}
	for _, o := range c.looks[r] {
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// similarWords are the frequent words a b may have been typed for, at most n.
func (c *confusion) similarWords(a, b rune, n int) [][2]rune {
	var out [][2]rune
	for _, k := range c.pairKeys(a, b) {
		for _, w := range c.pairs[k] {
			if w != [2]rune{a, b} && !slices.Contains(out, w) {
				out = append(out, w)
				if len(out) >= n {
					return out
				}
			}
		}
	}
	return out
}

func (c *confusion) sameSound(a, b rune) bool {
	for _, p := range c.readingsOf(a) {
		if slices.Contains(c.readingsOf(b), p) {
			return true
		}
	}
	return false
}
