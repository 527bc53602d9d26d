package synth

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
)

// headSentences are the sentences of a template kept as they are: the
// court, title and case number, which say whose judgment it is.
const headSentences = 2

// sentences splits text after each 。；！？ and line break, keeping them.
func sentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		switch r {
		case '。', '；', '！', '？', '\n':
			end := i + len(string(r))
			out = append(out, text[start:end])
			start = end
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// recombine is t with a share swap of its sentences (after the head)
// replaced by the sentence at the same relative place in another
// judgment of the group.
func recombine(t judgment, group []judgment, swap float64, rng *rand.Rand) string {
	var b strings.Builder
	for i, s := range t.sentences {
		if i >= headSentences && len(group) > 1 && rng.Float64() < swap {
			d := group[rng.IntN(len(group))]
			if len(d.sentences) > headSentences {
				j := headSentences + (i-headSentences)*(len(d.sentences)-headSentences)/max(1, len(t.sentences)-headSentences)
				s = d.sentences[min(j, len(d.sentences)-1)]
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

var (
	courtRE  = regexp.MustCompile(`[\p{Han}]{2,24}?人民法院`)
	personRE = regexp.MustCompile(`([\p{Han}])(某某|某)`)
	amountRE = regexp.MustCompile(`(\d+(?:\.\d+)?)(万?元)`)
	yearRE   = regexp.MustCompile(`((?:19|20)\d{2})(年|）|\))`)
)

// surnames replace the surnames of the anonymised names (张某, 李某某).
var surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")

// courtOf is the first court text names.
func courtOf(text string) string {
	return courtRE.FindString(text[:min(len(text), 600)])
}

// perturb gives text another court, other surnames, amounts scaled by
// one factor in [0.5, 2] and years shifted by up to three, each change
// the same throughout the text, so that it still reads as one case.
func perturb(text string, courts []string, rng *rand.Rand) string {
	if c := courtOf(text); c != "" {
		text = strings.ReplaceAll(text, c, courts[rng.IntN(len(courts))])
	}
	names := map[string]string{}
	text = personRE.ReplaceAllStringFunc(text, func(m string) string {
		first, rest := []rune(m)[0], string([]rune(m)[1:])
		s, ok := names[string(first)]
		if !ok {
			s = string(surnames[rng.IntN(len(surnames))])
			names[string(first)] = s
		}
		return s + rest
	})
	factor := 0.5 + 1.5*rng.Float64()
	text = amountRE.ReplaceAllStringFunc(text, func(m string) string {
		sub := amountRE.FindStringSubmatch(m)
		v, err := strconv.ParseFloat(sub[1], 64)
		if err != nil {
			return m
		}
		prec := 0
		if i := strings.IndexByte(sub[1], '.'); i >= 0 {
			prec = len(sub[1]) - i - 1
		}
		return strconv.FormatFloat(v*factor, 'f', prec, 64) + sub[2]
	})
	shift := rng.IntN(7) - 3
	return yearRE.ReplaceAllStringFunc(text, func(m string) string {
		sub := yearRE.FindStringSubmatch(m)
		y, _ := strconv.Atoi(sub[1])
		return strconv.Itoa(min(2024, max(1998, y+shift))) + sub[2]
	})
}
