package draft

import (
	"regexp"
	"slices"
	"strings"
)

// A verdict that recovers a defendant's gains names them and their sum as
// the facts state them: 被告人邱某某扣押在案的违法所得人民币10万元, 被告人罗光华退缴的
// 赃款一万六千五百元. The facts say it where the court found it: the money a
// defendant handed back (退出、退缴违法所得人民币10万元) is confiscated, and
// a gain found (违法所得累计4421261元, 从中获利人民币1100余元) is recovered.
// Ours were the similar case's item with its sum left blank, or the
// facts' generic 追缴被告人X的违法所得. Written with the facts' sums they
// raised judgment METEOR on both tuning sets (tune +0.0016, tune2 +0.0018
// in replay on the saved drafts; 41 and 44 drafts changed).

// itemSumRe is a sum of money as the facts write it, in digits or in
// Chinese numerals (group 1).
const itemSumRe = `(?:人民币)?(\d[\d.,，]*万?元|[一二三四五六七八九十百千万零两]+万?元)`

var (
	// refundRe is money a defendant handed back: its verb (group 1), what
	// it was (group 2) and its sum (group 3).
	refundRe = regexp.MustCompile(`(退出|退缴|退还|上缴|缴纳|交出|退回)了?(?:全部)?(?:上述)?的?(违法所得款|违法所得|赃款|非法所得|犯罪所得|非法获利|获利款|获利)(?:共计|合计|计)?` + itemSumRe)
	// gainSumRe is a gain the facts find, with its sum (group 1).
	gainSumRe = regexp.MustCompile(`(?:违法所得|非法获利|违法获利|非法所得|从中获利|获利|牟利|犯罪所得|获取非法利益)(?:共计|累计|合计|总计|计)?约?` + itemSumRe)
	// gainDeniedRe ends the words before a denied gain (没有违法所得, 未获利).
	gainDeniedRe = regexp.MustCompile(`(?:没有|无|未|不)[\p{Han}]{0,2}$`)
	// gainItemRe and restitutionRe tell an item recovering gains from one
	// returning property to the victims, which the facts' sums do not replace.
	gainItemRe    = regexp.MustCompile(`违法所得|赃款|犯罪所得|非法所得`)
	restitutionRe = regexp.MustCompile(`退赔|发还|返还|附带民事`)
)

// gainItems are the verdict's items for the money the facts say the
// defendants (names) handed back, confiscated, or else for the gains the
// facts find, recovered: one item for each defendant or group of them a
// sum is stated for, each sum once. Nil when the facts state no such sum
// or do not say whose it is.
func gainItems(f caseFacts, names []string) []string {
	if len(names) == 0 {
		return nil
	}
	refunds := statedSums(f.text, refundRe, 3, names, func(who string, m []string) string {
		return "被告人" + who + m[1] + "的" + m[2] + "人民币" + m[3] + "，予以没收，上缴国库。"
	})
	if len(refunds) > 0 {
		return refunds
	}
	return statedSums(f.text, gainSumRe, 1, names, func(who string, m []string) string {
		return "追缴被告人" + who + "的违法所得人民币" + m[1] + "，上缴国库。"
	})
}

// statedSums writes an item for each match of re in text that states a
// sum (group sum) of defendants named before it in its sentence
// (gainSubject) and not denied: each sum and each defendant or group of
// them once.
func statedSums(text string, re *regexp.Regexp, sum int, names []string, write func(who string, m []string) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
		m := submatches(text, loc)
		who := gainSubject(text, loc[0], names)
		if who == nil || gainDeniedRe.MatchString(text[:loc[0]]) {
			continue
		}
		group := strings.Join(who, "、")
		if seen[m[sum]] || seen[group] {
			continue
		}
		seen[m[sum]], seen[group] = true, true
		if each := eachSums(text, loc, m[sum], who); each != nil {
			for i, w := range who {
				mi := slices.Clone(m)
				mi[sum] = each[i]
				out = append(out, write(w, mi))
			}
			continue
		}
		out = append(out, write(group, m))
	}
	return out
}

var (
	// moreSumsRe are the further sums of a list (、1000元、2000元).
	moreSumsRe = regexp.MustCompile(`^(?:、` + itemSumRe + `)+`)
	itemSumsRe = regexp.MustCompile(itemSumRe)
)

// eachSums are the sums of several defendants (who) each handing back
// or gaining money, as the facts list them after 分别 (被告人王某、高某分别
// 退出违法所得人民币30000元、1000元: 30000元 and 1000元), or the one sum
// each of them did (分别退缴违法所得人民币5000元). Courts write each
// defendant's own sum (被告人王某退出的违法所得人民币三万元、被告人高某退出的…).
// Nil when the words are not 分别 or the sums do not go one to each.
func eachSums(text string, loc []int, first string, who []string) []string {
	if len(who) < 2 || !strings.HasSuffix(strings.TrimRight(text[:loc[0]], "已都均"), "分别") {
		return nil
	}
	sums := []string{first}
	if more := moreSumsRe.FindString(text[loc[1]:]); more != "" {
		for _, m := range itemSumsRe.FindAllStringSubmatch(more, -1) {
			sums = append(sums, m[1])
		}
	}
	switch len(sums) {
	case len(who):
		return sums
	case 1:
		return slices.Repeat(sums, len(who))
	}
	return nil
}

// gainSubject is whose money the words at pos tell of: the last of our
// defendants, or list of them (甲、乙), named earlier in the same
// sentence, or the only defendant when the sentence names none. Nil when
// it names none of several.
func gainSubject(text string, pos int, names []string) []string {
	sentence := text[:pos]
	if i := strings.LastIndexAny(sentence, "。；"); i >= 0 {
		sentence = sentence[i:]
	}
	// Longer names first, so that 刘某甲 is not read as 刘某.
	byLength := slices.SortedFunc(slices.Values(names), func(a, b string) int { return len(b) - len(a) })
	last, lastName := -1, ""
	for _, n := range byLength {
		if i := strings.LastIndex(sentence, n); i > last {
			last, lastName = i, n
		}
	}
	if last < 0 {
		if len(names) == 1 {
			return names
		}
		return nil
	}
	// The list the last-named defendant closes (甲、乙): walk back over 、.
	who := []string{lastName}
	start := last
	for {
		i := slices.IndexFunc(byLength, func(n string) bool { return strings.HasSuffix(sentence[:start], n+"、") })
		if i < 0 || slices.Contains(who, byLength[i]) {
			break
		}
		start -= len(byLength[i] + "、")
		who = append([]string{byLength[i]}, who...)
	}
	return who
}

// gainItem says whether a verdict item recovers or confiscates gains
// rather than returning property to the victims.
func gainItem(text string) bool {
	return disposalRe.MatchString(text) && gainItemRe.MatchString(text) && !restitutionRe.MatchString(text)
}

// withGains puts the facts' gains items (gains) in place of the similar
// case's or the facts' generic ones (replaceItems).
func withGains(gains []string, extra []item, fromFacts []string) ([]item, []string) {
	return replaceItems(gains, gainItem, extra, fromFacts)
}

// replaceItems puts the facts' own items (own) in place of those among
// the similar case's items (extra) and the facts' generic ones
// (fromFacts) of their kind (is): where the first of those stood, or
// after the other items when there were none.
func replaceItems(own []string, is func(string) bool, extra []item, fromFacts []string) ([]item, []string) {
	if len(own) == 0 {
		return extra, fromFacts
	}
	var ex []item
	placed := false
	for _, it := range extra {
		if !is(it.text) {
			ex = append(ex, it)
			continue
		}
		if !placed {
			for _, o := range own {
				ex = append(ex, item{text: o})
			}
			placed = true
		}
	}
	var ff []string
	for _, t := range fromFacts {
		if !is(t) {
			ff = append(ff, t)
			continue
		}
		if !placed {
			ff = append(ff, own...)
			placed = true
		}
	}
	if !placed {
		ff = append(ff, own...)
	}
	return ex, ff
}
