package evals

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"

	"leian/corpus/cite"
	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/corpus/rules"
	"leian/internal/cnum"
)

// injection is one seeded error: the changed text and the rune span of
// the change in it.
type injection struct {
	text       string
	start, end int
	what       string // the change, for the notes
}

// injector makes one kind of error in a judgment, or reports that the
// judgment has nothing to change (no amount in the reasoning, …).
type injector struct {
	kind       string
	structural bool
	// needs names a checker capability the type depends on ("" none).
	needs string
	make  func(j *seedDoc, rng *rand.Rand) (injection, bool)
}

// seedDoc is a judgment parsed once for the injectors.
type seedDoc struct {
	text  string
	runes []rune
	s     *parse.Structure
	e     *extract.Elements
	lib   *rules.Library
	homo  map[string][]rune // toneless reading → frequent characters of the eval texts
}

func replaceRunes(rs []rune, a, b int, with string) (string, int, int) {
	w := []rune(with)
	out := make([]rune, 0, len(rs)-(b-a)+len(w))
	out = append(append(append(out, rs[:a]...), w...), rs[b:]...)
	return string(out), a, a + len(w)
}

// basisCitations are the Criminal Law specific-part citations of the legal basis.
func (j *seedDoc) basisCitations() []cite.Citation {
	var out []cite.Citation
	for _, c := range j.e.Articles {
		if isCriminalLaw(c.Law) && c.Article >= 102 && c.Article <= 451 && c.LawFrom != cite.LawWritten {
			out = append(out, c)
		}
	}
	return out
}

// articleNumber is where in a citation the article number is written.
var articleNumber = regexp.MustCompile(`第([零〇一二三四五六七八九十百千\d]+)条`)

// renumber rewrites the article number of c as n in the numerals c used.
func (j *seedDoc) renumber(c cite.Citation, n int) (injection, bool) {
	raw := string(j.runes[c.Start:c.End])
	m := articleNumber.FindStringSubmatchIndex(raw)
	if m == nil {
		return injection{}, false
	}
	old := raw[m[2]:m[3]]
	num := rules.ChineseNumber(n)
	if old[0] >= '0' && old[0] <= '9' {
		num = strconv.Itoa(n)
	}
	a := c.Start + len([]rune(raw[:m[2]]))
	b := a + len([]rune(old))
	t, s, e := replaceRunes(j.runes, a, b, num)
	return injection{t, s, e, old + "→" + num}, true
}

func injectors() []injector {
	return []injector{
		{kind: "wrong_article", structural: true, make: func(j *seedDoc, rng *rand.Rand) (injection, bool) {
			cs := j.basisCitations()
			if len(cs) == 0 || len(j.e.Charges) == 0 {
				return injection{}, false
			}
			c := cs[rng.IntN(len(cs))]
			crim := j.lib.CriminalLaw()
			for range 50 {
				n := 102 + rng.IntN(350)
				if n == c.Article {
					continue
				}
				a := findArticle(crim, n)
				if a == nil || strings.Contains(a.Text(), "（删去）") {
					continue
				}
				return j.renumber(c, n)
			}
			return injection{}, false
		}},
		{kind: "repealed_or_nonexistent_article", structural: true, make: func(j *seedDoc, rng *rand.Rand) (injection, bool) {
			cs := j.basisCitations()
			if len(cs) == 0 {
				return injection{}, false
			}
			c := cs[rng.IntN(len(cs))]
			n := 453 + rng.IntN(40) // the Criminal Law ends at 452
			if rng.IntN(2) == 0 {
				deleted := []int{}
				for _, a := range j.lib.CriminalLaw().Articles {
					if strings.Contains(a.Text(), "（删去）") && a.Suffix == 0 {
						deleted = append(deleted, a.Number)
					}
				}
				if len(deleted) > 0 {
					n = deleted[rng.IntN(len(deleted))]
				}
			}
			return j.renumber(c, n)
		}},
		{kind: "defendant_renamed", structural: true, make: func(j *seedDoc, rng *rand.Rand) (injection, bool) {
			var names []string
			for _, d := range j.e.Defendants {
				n := []rune(d.Name)
				if len(n) >= 2 && len(n) <= 4 && !strings.ContainsAny(d.Name, "某×*＊") && allHan(n) {
					names = append(names, d.Name)
				}
			}
			if len(names) == 0 {
				return injection{}, false
			}
			name := []rune(names[rng.IntN(len(names))])
			var at []int
			parties := j.s.Section(parse.Parties)
			for i := 0; i+len(name) <= len(j.runes); i++ {
				if string(j.runes[i:i+len(name)]) == string(name) && (parties == nil || i >= parties.Span.End) {
					at = append(at, i)
				}
			}
			if len(at) < 2 {
				return injection{}, false
			}
			p := at[rng.IntN(len(at))]
			k := 1 + rng.IntN(len(name)-1)
			var with rune
			for range 20 {
				with = nameChars[rng.IntN(len(nameChars))]
				if with != name[k] {
					break
				}
			}
			changed := append([]rune{}, name...)
			changed[k] = with
			t, s, e := replaceRunes(j.runes, p, p+len(name), string(changed))
			return injection{t, s, e, string(name) + "→" + string(changed)}, true
		}},
		{kind: "amount_in_reasoning", structural: true, make: func(j *seedDoc, rng *rand.Rand) (injection, bool) {
			r, f := j.s.Section(parse.Reasoning), j.s.Section(parse.Facts)
			if r == nil || f == nil {
				return injection{}, false
			}
			inFacts := map[float64]bool{}
			for _, a := range extract.Amounts(f.Text, f.Span.Start) {
				inFacts[a.Yuan] = true
			}
			var cands []extract.Amount
			for _, a := range extract.Amounts(r.Text, r.Span.Start) {
				if inFacts[a.Yuan] && strings.ContainsAny(a.Text, "0123456789") {
					cands = append(cands, a)
				}
			}
			if len(cands) == 0 {
				return injection{}, false
			}
			a := cands[rng.IntN(len(cands))]
			rs := []rune(a.Text)
			var digits []int
			for i, c := range rs {
				if c >= '0' && c <= '9' {
					digits = append(digits, i)
				}
			}
			k := digits[rng.IntN(len(digits))]
			d := rune('0' + (int(rs[k]-'0')+1+rng.IntN(8))%10)
			if k == digits[0] && d == '0' {
				d = '9'
			}
			rs[k] = d
			t, s, e := replaceRunes(j.runes, a.Span.Start, a.Span.End, string(rs))
			return injection{t, s, e, a.Text + "→" + string(rs)}, true
		}},
		{kind: "verdict_charge_swapped", structural: true, make: func(j *seedDoc, rng *rand.Rand) (injection, bool) {
			v := j.s.Section(parse.Verdict)
			if v == nil {
				return injection{}, false
			}
			var at [][2]int
			for _, m := range regexp.MustCompile(`犯`).FindAllStringIndex(v.Text, -1) {
				c, n := extract.ChargeAt(v.Text[m[1]:])
				if n == 0 {
					continue
				}
				if _, ok := extract.NormaliseCharge(c); !ok {
					continue
				}
				a := v.Span.Start + len([]rune(v.Text[:m[1]]))
				at = append(at, [2]int{a, a + len([]rune(c))})
			}
			if len(at) == 0 {
				return injection{}, false
			}
			sp := at[rng.IntN(len(at))]
			old := string(j.runes[sp[0]:sp[1]])
			oldNorm, _ := extract.NormaliseCharge(old)
			for range 20 {
				c := commonCharges[rng.IntN(len(commonCharges))]
				if n, _ := extract.NormaliseCharge(c); n != oldNorm && !containsStr(j.e.Charges, n) {
					t, s, e := replaceRunes(j.runes, sp[0], sp[1], c)
					return injection{t, s, e, old + "→" + c}, true
				}
			}
			return injection{}, false
		}},
		{kind: "term_arithmetic", structural: true, make: func(j *seedDoc, rng *rand.Rand) (injection, bool) {
			v := j.s.Section(parse.Verdict)
			if v == nil {
				return injection{}, false
			}
			ms := termPeriod.FindAllStringSubmatchIndex(v.Text, -1)
			if len(ms) == 0 {
				return injection{}, false
			}
			m := ms[rng.IntN(len(ms))]
			y, _ := cnum.ParseInt(v.Text[m[2]:m[3]])
			mo, _ := cnum.ParseInt(v.Text[m[4]:m[5]])
			shift := 1 + rng.IntN(12)
			if rng.IntN(2) == 0 {
				shift = -shift
			}
			total := int(y)*12 + int(mo) - 1 + shift
			ny, nm := total/12, total%12+1
			old := v.Text[m[2]:m[5]]
			repl := strconv.Itoa(ny) + "年" + strconv.Itoa(nm)
			a := v.Span.Start + len([]rune(v.Text[:m[2]]))
			b := a + len([]rune(old))
			t, s, e := replaceRunes(j.runes, a, b, repl)
			// The span is the whole 至…止 end date.
			return injection{t, s, e + len([]rune(v.Text[m[5]:m[1]])), old + "→" + repl}, true
		}},
		{kind: "probation_over_3_years", structural: true, needs: "legality", make: func(j *seedDoc, rng *rand.Rand) (injection, bool) {
			v := j.s.Section(parse.Verdict)
			if v == nil {
				return injection{}, false
			}
			for _, d := range j.e.Defendants {
				if d.Penalty == nil || d.Penalty.Kind != "有期徒刑" || d.Penalty.Probation || d.Penalty.Months <= 36 {
					continue
				}
				p := d.Penalty.Span.End
				ins := "，缓刑" + rules.ChineseNumber(max(5, (d.Penalty.Months+11)/12)) + "年"
				t, s, e := replaceRunes(j.runes, p, p, ins)
				return injection{t, s, e, "加" + ins}, true
			}
			return injection{}, false
		}},
		{kind: "homophone_typo", make: func(j *seedDoc, rng *rand.Rand) (injection, bool) {
			var spans []*parse.Section
			for _, k := range []parse.SectionKind{parse.Facts, parse.Reasoning} {
				if s := j.s.Section(k); s != nil {
					spans = append(spans, s)
				}
			}
			if len(spans) == 0 {
				return injection{}, false
			}
			for range 200 {
				sec := spans[rng.IntN(len(spans))]
				p := sec.Span.Start + rng.IntN(max(1, sec.Span.End-sec.Span.Start))
				if p >= len(j.runes) || !unicode.Is(unicode.Han, j.runes[p]) {
					continue
				}
				ps := pinyin.SinglePinyin(j.runes[p], pinyin.Args{Style: pinyin.Normal})
				if len(ps) == 0 {
					continue
				}
				var alts []rune
				for _, r := range j.homo[ps[0]] {
					if r != j.runes[p] {
						alts = append(alts, r)
					}
				}
				if len(alts) == 0 {
					continue
				}
				with := alts[rng.IntN(len(alts))]
				t, s, e := replaceRunes(j.runes, p, p+1, string(with))
				return injection{t, s, e, string(j.runes[p]) + "→" + string(with)}, true
			}
			return injection{}, false
		}},
	}
}

var termPeriod = regexp.MustCompile(`至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*止`)

// nameChars are characters common in given names, for renaming.
var nameChars = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉林红玉兰飞鹏斌宇浩凯波")

// commonCharges are charges a swapped verdict may name.
var commonCharges = []string{"盗窃罪", "诈骗罪", "故意伤害罪", "抢劫罪", "危险驾驶罪", "交通肇事罪", "寻衅滋事罪", "贩卖毒品罪",
	"开设赌场罪", "非法拘禁罪", "敲诈勒索罪", "职务侵占罪", "合同诈骗罪", "聚众斗殴罪", "妨害公务罪", "故意毁坏财物罪"}

func findArticle(l *rules.Law, n int) *rules.Article {
	for _, a := range l.Articles {
		if a.Number == n && a.Suffix == 0 {
			return a
		}
	}
	return nil
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// homophoneTable indexes the characters used at least 50 times in texts by
// their toneless reading: the sound-alikes a typist might hit instead.
func homophoneTable(texts []string) map[string][]rune {
	counts := map[rune]int{}
	for _, t := range texts {
		for _, r := range t {
			if unicode.Is(unicode.Han, r) {
				counts[r]++
			}
		}
	}
	out := map[string][]rune{}
	for r, c := range counts {
		if c < 50 {
			continue
		}
		for _, p := range pinyin.SinglePinyin(r, pinyin.Args{Style: pinyin.Normal}) {
			out[p] = append(out[p], r)
		}
	}
	for _, rs := range out {
		sortRunes(rs)
	}
	return out
}

func sortRunes(rs []rune) {
	for i := 1; i < len(rs); i++ {
		for k := i; k > 0 && rs[k] < rs[k-1]; k-- {
			rs[k], rs[k-1] = rs[k-1], rs[k]
		}
	}
}
