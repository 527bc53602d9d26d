package check

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Wording finds typos: sound-alike and look-alike characters and words,
// and doubled characters, where the corpus language model finds the
// correction far likelier in its context. It prefers silence to a wrong
// correction: a change is proposed only when the likelihood ratio clears
// the threshold.
type Wording struct {
	lm *LM
	// Threshold is the least log-likelihood gain a correction needs;
	// Score in a finding is that gain, so a caller may ask for more.
	Threshold float64

	once sync.Once
	conf *confusion
}

// DefaultTypoThreshold is the serving threshold (see `leian eval proofread`
// for how it was chosen and its out-of-fold score).
const DefaultTypoThreshold = 11.0

// NewWording returns the typo rule over lm.
func NewWording(lm *LM, threshold float64) *Wording {
	return &Wording{lm: lm, Threshold: threshold}
}

func (*Wording) Name() string { return "wording" }

// roleBefore are words after which a name follows: its characters are
// never corrected.
var roleBefore = []string{"被告人", "被告", "原告", "上诉人", "申请人", "被害人", "证人", "罪犯", "辩护人", "代理人", "审判员", "审判长", "书记员", "法定代表人", "负责人"}

func (w *Wording) Check(ctx context.Context, d *Document) []Finding {
	if w.lm == nil {
		return nil
	}
	w.once.Do(func() { w.conf = newConfusion(w.lm) })
	rs := d.Runes()
	protected := protectedRunes(d)
	return w.scan(ctx, rs, protected)
}

// placeSuffixes end place names, whose characters are never corrected.
const placeSuffixes = "县市区镇乡村州省"

// legitDoubles are characters that stand doubled in correct text (被被告人, 人人, 常常).
const legitDoubles = "被人常等刚渐慢偷悄纷往匆天年月日个一二三四五六七八九十"

// edit is one proposed correction of runes [start, end).
type edit struct {
	start, end int
	repl       []rune
	gain       float64
	kind       string
}

func (w *Wording) scan(ctx context.Context, rs []rune, protected []bool) []Finding {
	seq := make([]uint32, len(rs))
	for i, r := range rs {
		seq[i] = norm(r)
	}
	var edits []edit
	for i := 0; i < len(rs); i++ {
		if i%512 == 0 && ctx.Err() != nil {
			return nil
		}
		if !unicode.Is(unicode.Han, rs[i]) || protected[i] {
			continue
		}
		if !w.suspicious(seq, i) {
			continue
		}
		// Two-character words that sound alike.
		if i+1 < len(rs) && unicode.Is(unicode.Han, rs[i+1]) && !protected[i+1] {
			for _, cand := range w.conf.similarWords(rs[i], rs[i+1], 12) {
				if e, ok := w.try(seq, i, 2, []rune{cand[0], cand[1]}, "word"); ok {
					edits = append(edits, e)
				}
			}
		}
		// Single characters that sound or look alike.
		for _, c := range w.conf.similarChars(rs[i], simChars) {
			if e, ok := w.try(seq, i, 1, []rune{c}, "char"); ok {
				edits = append(edits, e)
			}
		}
		// A doubled character.
		if i > 0 && rs[i-1] == rs[i] && !strings.ContainsRune(legitDoubles, rs[i]) {
			if e, ok := w.try(seq, i, 1, nil, "dup"); ok {
				edits = append(edits, e)
			}
		}
	}
	// Best edits first; overlapping weaker ones are dropped.
	slices.SortStableFunc(edits, func(a, b edit) int {
		switch {
		case a.gain > b.gain:
			return -1
		case a.gain < b.gain:
			return 1
		}
		return 0
	})
	taken := make([]bool, len(rs)+1)
	var out []Finding
	for _, e := range edits {
		free := true
		for j := max(0, e.start-1); j < min(len(rs), e.end+1); j++ {
			if taken[j] {
				free = false
			}
		}
		if !free {
			continue
		}
		for j := e.start; j < e.end; j++ {
			taken[j] = true
		}
		out = append(out, w.finding(rs, e))
	}
	return out
}

// suspicious reports whether the context around i is rare enough in the
// corpus for a correction to be worth scoring.
func (w *Wording) suspicious(seq []uint32, i int) bool {
	lo, hi := max(0, i-1), min(len(seq), i+2)
	if hi-lo < 3 {
		return true
	}
	if w.lm.count(seq[lo:hi]) < 20 {
		return true
	}
	if i+3 <= len(seq) && w.lm.count(seq[i:i+3]) < 20 {
		return true
	}
	return i >= 2 && w.lm.count(seq[i-2:i+1]) < 20
}

// try scores replacing seq[i:i+n] with repl against leaving it.
func (w *Wording) try(seq []uint32, i, n int, repl []rune, kind string) (edit, bool) {
	left := seq[max(0, i-(lmOrder-1)):i]
	right := seq[min(len(seq), i+n):min(len(seq), i+n+lmOrder-1)]
	cand := make([]uint32, len(repl))
	for k, r := range repl {
		cand[k] = norm(r)
	}
	// The correction must be attested in this very context; one lookup
	// turns most candidates away before the full score.
	mid := append(append(append(make([]uint32, 0, 8), left[max(0, len(left)-1):]...), cand...), right[:min(1, len(right))]...)
	if len(mid) >= 3 && w.lm.count(mid) < 2 {
		return edit{}, false
	}
	orig := seq[i : i+n]
	gain := w.window(left, cand, right) - w.window(left, orig, right)
	thr := w.Threshold
	if kind == "dup" {
		thr += 3 // a deletion scores one term fewer
	}
	if kind == "char" && len(repl) == 1 && !w.conf.sameSound(rune(orig[0]), repl[0]) {
		thr += 2 // a look-alike is a rarer slip than a sound-alike
	}
	if gain < thr {
		return edit{}, false
	}
	return edit{start: i, end: i + n, repl: repl, gain: gain, kind: kind}, true
}

// window is the log score of mid and the symbols after it that it conditions.
func (w *Wording) window(left, mid, right []uint32) float64 {
	s := make([]uint32, 0, len(left)+len(mid)+len(right))
	s = append(append(append(s, left...), mid...), right...)
	total := 0.0
	for j := len(left); j < len(s); j++ {
		total += w.lm.logProb(s, j)
	}
	return total
}

func (w *Wording) finding(rs []rune, e edit) Finding {
	orig := string(rs[e.start:e.end])
	repl := string(e.repl)
	var f Finding
	switch e.kind {
	case "dup":
		f = at("wording.redundant", Warning, e.start, e.end, "疑似多字：“"+orig+"”重复", "删去重复的“"+orig+"”")
	default:
		f = at("wording.typo", Warning, e.start, e.end, "疑似错别字：“"+orig+"”", "改为“"+repl+"”")
	}
	f.Replacement = &repl
	f.Score = e.gain
	f.Evidence = []Evidence{{Kind: "statistic", Text: fmt.Sprintf("语料语言模型：改为“%s”后该处上下文的对数似然提高%.1f", repl, e.gain)}}
	return f
}

// protectedRunes marks what is never corrected: party names and the
// characters right after a role word (a name), digits and masked names.
func protectedRunes(d *Document) []bool {
	rs := d.Runes()
	p := make([]bool, len(rs))
	var names []string
	for _, pt := range d.Structure.Parties {
		if pt.Name != "" {
			names = append(names, pt.Name)
		}
	}
	for _, def := range d.Elements.Defendants {
		names = append(names, def.Name)
	}
	for _, n := range names {
		nr := []rune(n)
		if len(nr) == 0 || len(nr) > 12 {
			continue
		}
		for _, i := range indexAll(rs, nr) {
			for j := i; j < i+len(nr); j++ {
				p[j] = true
			}
		}
	}
	for _, role := range roleBefore {
		rr := []rune(role)
		for _, i := range indexAll(rs, rr) {
			for j := i + len(rr); j < min(len(rs), i+len(rr)+3); j++ {
				p[j] = true
			}
		}
	}
	for i, r := range rs {
		if r == '某' || r == '×' || r == '*' {
			for j := max(0, i-2); j < min(len(rs), i+3); j++ {
				p[j] = true
			}
		}
	}
	// Place names: the two characters before 县, 市, 区, 镇, 乡, 村 (大竹县).
	for i, r := range rs {
		if strings.ContainsRune(placeSuffixes, r) {
			for j := max(0, i-2); j < i; j++ {
				p[j] = true
			}
		}
	}
	// Quoted titles (《…》) are names of laws and documents.
	in := false
	for i, r := range rs {
		switch r {
		case '《':
			in = true
		case '》':
			in = false
		}
		if in {
			p[i] = true
		}
	}
	return p
}
