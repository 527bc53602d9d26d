package draft

import (
	"regexp"
	"slices"
	"strings"
)

// The prosecution's view (公诉机关认为，被告人甲…构成贩卖毒品罪；另被告人甲…
// 构成行贿罪) can name a further count the allegation reader misses: it
// takes the first wording it finds, often the accused's plea (对公诉机关指控
// 其犯贩卖毒品罪无异议), and the second count is stated only as 构成.
var (
	prosecutorVoice = regexp.MustCompile(`公诉机关|公诉人|检察院`)
	// otherVoice marks a sentence that, before the charge, turns to a
	// party's view or a question the court puts (辩护人提出…构成强奸罪未遂;
	// 对起诉书指控…的罪名有异议，认为…; 是否构成).
	otherVoice     = regexp.MustCompile(`辩护|辩称|辩解(?:意见|称)|代理|提出|异议|是否|不足以`)
	prosecutorSays = regexp.MustCompile(`构成了?(` + constitutedName + `(?:、` + constitutedName + `)*)`)
)

// prosecutorCharges are the charges, as written, that the prosecution's
// own sentences say the acts constitute: the sentence names the
// prosecution and no other voice before the charge.
func prosecutorCharges(text string) []string {
	var out []string
	for _, loc := range prosecutorSays.FindAllStringSubmatchIndex(text, -1) {
		before := text[:loc[0]]
		if j := strings.LastIndex(before, "。"); j >= 0 {
			before = before[j+len("。"):]
		}
		if !prosecutorVoice.MatchString(before) || otherVoice.MatchString(before) || deniedDeclared.MatchString(before) {
			continue
		}
		out = appendListed(out, text[loc[2]:loc[3]])
	}
	return out
}

// furtherCharges adds to the charges the allegation names those the
// prosecution's own sentences say further acts constitute. A charge that
// is a form, a rival or shares the principal article of one named is the
// same acts qualified otherwise (贩卖毒品罪 beside the court's 非法持有毒品罪),
// not a further count.
func (o *Offline) furtherCharges(f caseFacts, known []string) []string {
	out := slices.Clone(known)
	for _, c := range o.knownCharges(prosecutorCharges(f.text)) {
		if slices.Contains(out, c) || onAnothersCrime(c) {
			continue
		}
		if slices.ContainsFunc(known, func(k string) bool {
			return sameKind(c, k) || slices.Contains(rivals[k], c) || o.sameArticle(c, []string{k})
		}) {
			continue
		}
		out = append(out, c)
	}
	return out
}
