package analysis

import (
	"fmt"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/go-ego/gse"

	"leian/internal/cnum"
)

// Mode selects how a Tokenizer cuts text.
type Mode string

// Modes.
const (
	// Precise cuts each stretch of text into its most likely words (gse Cut).
	Precise Mode = "precise"
	// Search adds the dictionary words inside each long word, so that an
	// index made in this mode matches queries cut in Precise mode (gse CutSearch).
	Search Mode = "search"
	// Bigram emits overlapping character pairs of Han text and whole runs of
	// letters and digits; it needs no dictionary and helps recall.
	Bigram Mode = "bigram"
)

// articleRe finds article numbers, Chinese or Arabic, with an optional 之N.
var articleRe = regexp.MustCompile(`第([0-9零〇一二两三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?`)

// Tokenizer cuts Chinese legal text into bleve tokens whose offsets point
// into the input. Full-width ASCII is folded to half-width and ASCII
// lower-cased before cutting (gse groups only half-width digits into
// numbers), and article numbers become one canonical token (第264条,
// 第133条之1) whether written in Chinese or Arabic numerals.
type Tokenizer struct {
	seg      *gse.Segmenter // nil in Bigram mode
	mode     Mode
	simplify bool
}

// NewTokenizer returns a tokenizer in mode; simplify converts traditional
// characters to simplified first (for queries: the corpus is simplified).
// Precise and Search modes load the shared gse dictionary on first use.
func NewTokenizer(mode Mode, simplify bool) (*Tokenizer, error) {
	t := &Tokenizer{mode: mode, simplify: simplify}
	switch mode {
	case Precise, Search:
		seg, err := segmenterOnce()
		if err != nil {
			return nil, err
		}
		t.seg = seg
	case Bigram:
	default:
		return nil, fmt.Errorf("tokenizer mode %q: want precise, search or bigram", mode)
	}
	if simplify {
		if _, err := t2sOnce(); err != nil {
			return nil, fmt.Errorf("load opencc t2s: %w", err)
		}
	}
	return t, nil
}

// Tokenize implements analysis.Tokenizer. When simplify changes the byte
// length of the text (rare: a few phrase conversions), offsets point into
// the simplified text; query offsets are not used for highlighting.
func (t *Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	return t.tokenize(string(input), nil)
}

// tokenize is Tokenize, looking clauses up in memo first when it is not nil.
func (t *Tokenizer) tokenize(text string, memo *Memo) analysis.TokenStream {
	if t.simplify {
		s, err := Simplify(text)
		if err != nil {
			slog.Warn("query text left unconverted", "err", err)
		} else {
			text = s
		}
	}
	folded, offs := fold(text)
	c := cutter{offs: offs, memo: memo}
	if t.mode == Bigram {
		c.bigrams(folded, 0)
		return c.out
	}
	prev := 0
	for _, m := range articleRe.FindAllStringSubmatchIndex(folded, -1) {
		c.words(t.seg, folded[prev:m[0]], prev, t.mode == Search)
		if term, ok := canonicalArticle(folded, m); ok {
			c.emit(term, m[0], m[1])
		} else {
			c.words(t.seg, folded[m[0]:m[1]], m[0], t.mode == Search)
		}
		prev = m[1]
	}
	c.words(t.seg, folded[prev:], prev, t.mode == Search)
	return c.out
}

// canonicalArticle writes the article match m of s with Arabic numerals.
func canonicalArticle(s string, m []int) (string, bool) {
	n, ok := cnum.ParseInt(s[m[2]:m[3]])
	if !ok || n <= 0 {
		return "", false
	}
	term := "第" + strconv.FormatInt(n, 10) + "条"
	if m[4] >= 0 {
		sub, ok := cnum.ParseInt(s[m[4]:m[5]])
		if !ok {
			return "", false
		}
		term += "之" + strconv.FormatInt(sub, 10)
	}
	return term, true
}

// fold maps full-width ASCII to half-width, the ideographic space to a
// space and ASCII letters to lower case. offs[i] is the input offset of
// output byte i; offs[len(out)] is len(s).
func fold(s string) (string, []int) {
	out := make([]byte, 0, len(s))
	offs := make([]int, 0, len(s)+1)
	for i, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == 0x3000:
			r = ' '
		}
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		n := len(out)
		out = utf8.AppendRune(out, r)
		for range len(out) - n {
			offs = append(offs, i)
		}
	}
	return string(out), append(offs, len(s))
}

// cutter collects tokens, mapping folded offsets back to the input.
type cutter struct {
	offs []int
	out  analysis.TokenStream
	memo *Memo // nil: no memo
	// rec, when not nil, records what emit emits, at offsets from recBase.
	rec     []memoToken
	recBase int
}

// Memo remembers the tokens of the clauses a Tokenizer cut, so that texts
// sharing clauses (a judgment's full text and its sections, which are
// parts of it) are segmented once. A clause's tokens depend on its text
// alone, so the tokens are the same as without a memo. One memo serves
// one tokenizer; it is not safe for concurrent use.
type Memo struct {
	clauses map[string][]memoToken
}

type memoToken struct {
	term       string
	start, end int // in the clause
}

// NewMemo returns an empty memo.
func NewMemo() *Memo { return &Memo{clauses: map[string][]memoToken{}} }

func (c *cutter) emit(term string, start, end int) {
	if c.rec != nil {
		c.rec = append(c.rec, memoToken{term, start - c.recBase, end - c.recBase})
	}
	c.out = append(c.out, &analysis.Token{
		Term:     []byte(term),
		Start:    c.offs[start],
		End:      c.offs[end],
		Position: len(c.out) + 1,
		Type:     tokenType(term),
	})
}

// words cuts s (at offset base of the folded text) clause by clause:
// gse's segmentation slows down more than linearly with the length of
// what it is given, and no word spans these marks (、 does, in charge
// names, so it is not one).
func (c *cutter) words(seg *gse.Segmenter, s string, base int, search bool) {
	start := 0
	for i, r := range s {
		if unicode.IsSpace(r) || strings.ContainsRune(clauseMarks, r) {
			c.clause(seg, s[start:i], base+start, search)
			start = i + utf8.RuneLen(r)
		}
	}
	c.clause(seg, s[start:], base+start, search)
}

// clauseMarks end a clause; full-width forms are already folded to ASCII.
const clauseMarks = "。；：！？，,.;:!?()（）《》“”‘’\"'【】[]"

// clause cuts one clause with gse. In search mode each word's dictionary
// sub-words come before the word itself.
func (c *cutter) clause(seg *gse.Segmenter, s string, base int, search bool) {
	if s == "" {
		return
	}
	if c.memo != nil {
		if toks, ok := c.memo.clauses[s]; ok {
			for _, t := range toks {
				c.emit(t.term, base+t.start, base+t.end)
			}
			return
		}
		c.rec, c.recBase = []memoToken{}, base
		defer func() {
			c.memo.clauses[s], c.rec = c.rec, nil
		}()
	}
	for _, sg := range seg.Segment([]byte(s)) {
		start := base + sg.Start()
		if search {
			c.subwords(sg.Token(), s[sg.Start():sg.End()], start)
		}
		c.emit(s[sg.Start():sg.End()], start, base+sg.End())
	}
}

// subwords emits the multi-character sub-words of tok, whose text is s at
// offset base, recursively.
func (c *cutter) subwords(tok *gse.Token, s string, base int) {
	for _, sub := range tok.Segments() {
		if sub.End() > len(s) {
			return
		}
		w := s[sub.Start():sub.End()]
		if utf8.RuneCountInString(w) < 2 {
			continue
		}
		c.subwords(sub.Token(), w, base+sub.Start())
		c.emit(w, base+sub.Start(), base+sub.End())
	}
}

// bigrams emits overlapping pairs of Han characters, a lone Han character
// as itself, and runs of letters and digits whole.
func (c *cutter) bigrams(s string, base int) {
	type span struct{ start, end int }
	var han []span
	flush := func() {
		if len(han) == 1 {
			c.emit(s[han[0].start:han[0].end], base+han[0].start, base+han[0].end)
		}
		for i := 0; i+1 < len(han); i++ {
			c.emit(s[han[i].start:han[i+1].end], base+han[i].start, base+han[i+1].end)
		}
		han = han[:0]
	}
	alnum := -1
	for i, r := range s {
		isAlnum := r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if !isAlnum && alnum >= 0 {
			c.emit(s[alnum:i], base+alnum, base+i)
			alnum = -1
		}
		switch {
		case unicode.Is(unicode.Han, r):
			han = append(han, span{i, i + utf8.RuneLen(r)})
		case isAlnum:
			flush()
			if alnum < 0 {
				alnum = i
			}
		default:
			flush()
		}
	}
	flush()
	if alnum >= 0 {
		c.emit(s[alnum:], base+alnum, base+len(s))
	}
}

func tokenType(term string) analysis.TokenType {
	allDigits := true
	for _, r := range term {
		if unicode.Is(unicode.Han, r) {
			return analysis.Ideographic
		}
		if !unicode.IsDigit(r) {
			allDigits = false
		}
	}
	if allDigits {
		return analysis.Numeric
	}
	return analysis.AlphaNumeric
}
