package sentencing

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"leian/corpus/rules"
	"leian/internal/cnum"
)

// drugInterpretation is the judicial interpretation whose art. 1 sets the
// 数量大 standard of the drugs art. 347 does not name.
const drugInterpretation = "最高人民法院关于审理毒品犯罪案件适用法律若干问题的解释"

// heroinLarge is art. 347's 数量大 for heroin and methamphetamine (五十克以上),
// the unit every other drug is converted to.
const heroinLarge = 50

// drugLarge are the 数量大 standards in grams by drug: art. 347's own
// (鸦片一千克、海洛因或者甲基苯丙胺五十克) and those art. 1 of the 2016
// interpretation lists, read from the rule library.
func drugLarge(lib *rules.Library) map[string]float64 {
	out := map[string]float64{"海洛因": heroinLarge, "甲基苯丙胺": heroinLarge, "鸦片": 1000}
	var law *rules.Law
	for _, l := range lib.Laws {
		if l.Title == drugInterpretation && (law == nil || l.Version > law.Version) {
			law = l
		}
	}
	if law == nil || len(law.Articles) == 0 {
		return out
	}
	for _, p := range law.Articles[0].Paragraphs {
		for _, item := range p.Items {
			for name, grams := range largeItem(item) {
				out[name] = grams
			}
		}
	}
	return out
}

var (
	itemNumberRe = regexp.MustCompile(`^（[一二三四五六七八九十]+）`)
	itemWeightRe = regexp.MustCompile(`([零一二两三四五六七八九十百千万]+?)(毫克|千克|克)`) // 一百五十千克 is 150 kg, not 150,000 g
	parenRe      = regexp.MustCompile(`（([^）]*)）`)
)

// largeItem reads one item of the interpretation's art. 1
// (（十）大麻油五千克、大麻脂十千克、大麻叶及大麻烟一百五十千克以上；):
// every name before a weight, back to the previous weight, has that
// weight; a name's bracketed other name (哌替啶（度冷丁）, MDMA) is a name
// too, and 等苯丙胺类毒品 widens nothing Leian reads.
func largeItem(item string) map[string]float64 {
	item = itemNumberRe.ReplaceAllString(item, "")
	out := map[string]float64{}
	from := 0
	for _, m := range itemWeightRe.FindAllStringSubmatchIndex(item, -1) {
		n, ok := cnum.ParseInt(item[m[2]:m[3]])
		if !ok || n <= 0 {
			from = m[1]
			continue
		}
		grams := float64(n)
		switch item[m[4]:m[5]] {
		case "千克":
			grams *= 1000
		case "毫克":
			grams /= 1000
		}
		for _, name := range strings.FieldsFunc(item[from:m[0]], func(r rune) bool { return r == '、' }) {
			for _, alias := range parenRe.FindAllStringSubmatch(name, -1) {
				if !strings.Contains(alias[1], "除外") {
					out[alias[1]] = grams
				}
			}
			name = parenRe.ReplaceAllString(name, "")
			if i := strings.Index(name, "等"); i > 0 {
				name = name[:i]
			}
			for _, part := range strings.Split(name, "及") {
				out[part] = grams
			}
		}
		from = m[1]
	}
	return out
}

// heroinGrams is the drugs of f as grams of heroin: each drug's weight
// times 50 g over its 数量大 standard. other says a drug the law gives no
// standard for, or a drug other than heroin and methamphetamine, is named.
func (b *LawBook) heroinGrams(f Facts) (grams float64, other bool) {
	// In name order: a float sum in map order differs in the last bit
	// from run to run, and a threshold compared with it would too.
	for _, name := range slices.Sorted(maps.Keys(f.Drugs)) {
		w := f.Drugs[name]
		switch name {
		case unnamedDrug, "海洛因", "甲基苯丙胺":
			grams += w
			continue
		}
		other = true
		if large, ok := b.drugLarge[name]; ok && large > 0 {
			grams += w * heroinLarge / large
		}
	}
	return grams, other
}
