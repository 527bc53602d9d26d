package forms

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"leian/corpus/extract"
	"leian/corpus/parse"
)

// rule reads one field's values from a source.
type rule func(src *source, f FieldSpec) []Value

// ruleFor maps a form file's rule name to its reader.
func ruleFor(name string) (rule, bool) {
	switch name {
	case "party":
		return partyRule, true
	case "money":
		return moneyRule, true
	case "date":
		return dateRule, true
	case "rate":
		return rateRule, true
	case "sentences":
		return sentencesRule, true
	case "money_items":
		return moneyItemsRule, true
	case "claims":
		return claimsRule, true
	case "charge":
		return chargeRule, true
	case "crime_amount":
		return crimeAmountRule, true
	case "count":
		return countRule, true
	case "circumstances":
		return circumstancesRule, true
	}
	return nil, false
}

// roleLineRe reads a party line of a complaint the parser did not split
// (原告：张三，男，…).
var roleLineRe = regexp.MustCompile(`(?m)(?:^|[\s。；×])(原告|被告|上诉人|被上诉人|申请人|被申请人|被告人)(?:[（(][^）)\n]{0,8}[）)])?[：:]\s*([^\s，,。；;（(：:]{2,30})`)

// sideRoles are the civil parties' roles on either side.
var sideRoles = []string{"原告", "被告", "上诉人", "被上诉人", "申请人", "被申请人", "第三人"}

var orgRe = regexp.MustCompile(`公司|厂|银行|支行|分行|信用社|合作社|集团|中心|学校|学院|大学|医院|酒店|饭店|宾馆|商店|超市|商行|经营部|事务所|研究所|委员会|协会|[局站队店部所院]$`)

func isOrganisation(name string) bool { return orgRe.MatchString(name) }

// orgBracketRe is a bracketed part inside an organisation's name and the
// rest of the name: （集团）有限责任公司, （中国）投资有限公司上海分公司.
var orgBracketRe = regexp.MustCompile(`^[（(]\p{Han}{1,8}[）)]\p{Han}{0,20}`)

// orgNameEnd extends a name that stops at b before a bracket when what
// follows makes an organisation's name; otherwise it returns b.
func orgNameEnd(text string, b int) int {
	m := orgBracketRe.FindStringIndex(text[b:])
	if m == nil || !isOrganisation(text[b:b+m[1]]) {
		return b
	}
	return b + m[1]
}

var nameEndRe = regexp.MustCompile(`委托|法定代表人|法定代理人|负责人|被告|原告|第三人|住所`)

func roleIs(role string, roles []string) bool {
	for _, r := range roles {
		if role == r || strings.HasPrefix(role, r+"（") || strings.HasPrefix(role, r+"(") {
			return true
		}
	}
	return false
}

func partyRule(src *source, f FieldSpec) []Value {
	return withoutNamedAs(src, readParties(src, f), f.Skip)
}

// withoutNamedAs drops the parties a clause of the text names with one of
// the words (被告徐某1、蒋某1为连带担保人: guarantors are not borrowers),
// unless none would be left.
func withoutNamedAs(src *source, ps []Value, words []string) []Value {
	if len(words) == 0 || len(ps) < 2 {
		return ps
	}
	var kept []Value
	for _, p := range ps {
		named := false
		for _, c := range clauseRe.Split(src.text, -1) {
			if strings.Contains(c, p.Text) && containsAny(c, words) {
				named = true
				break
			}
		}
		if !named {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return ps
	}
	return kept
}

var clauseRe = regexp.MustCompile(`[，,。；;：:]`)

func readParties(src *source, f FieldSpec) []Value {
	if f.Kind != "" {
		k := f
		k.Kind, k.Roles = "", sideRoles
		var out []Value
		for _, v := range partyRule(src, k) {
			if isOrganisation(v.Text) == (f.Kind == "organisation") {
				out = append(out, v)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	var out []Value
	for _, p := range src.s.Parties {
		if !p.Principal || p.Name == "" || !roleIs(p.Role, f.Roles) {
			continue
		}
		// Run-on party paragraphs: the parser's name runs on into the agent.
		if i := nameEndRe.FindStringIndex(p.Name); i != nil && i[0] >= 2 {
			p.Name = p.Name[:i[0]]
		}
		a := byteOffset(src.text, p.Span.Start)
		b := byteOffset(src.text, p.Span.End)
		if i := strings.Index(src.text[a:b], p.Name); i >= 0 {
			a, b = a+i, a+i+len(p.Name)
			if e := orgNameEnd(src.text, b); e > b {
				p.Name, b = p.Name+src.text[b:e], e
			}
		}
		out = append(out, src.value(p.Name, a, b, 0.9, "party"))
	}
	if len(out) > 0 {
		return out
	}
	for _, m := range roleLineRe.FindAllStringSubmatchIndex(src.text, -1) {
		if roleIs(src.text[m[2]:m[3]], f.Roles) {
			b := max(m[5], orgNameEnd(src.text, m[5]))
			out = append(out, src.value(src.text[m[4]:b], m[4], b, 0.6, "party"))
		}
	}
	if len(out) > 0 {
		return out
	}
	out = runOnParties(src, f)
	if len(out) > 0 || !roleIs("被告人", f.Roles) {
		return out
	}
	return accusedInFacts(src)
}

// runOnRe is a party written inside another's paragraph with no colon
// (…公民身份号码×××被告贺某1，男，…), which the parser keeps as one party.
var runOnRe = regexp.MustCompile(`[。；×\s](原告|被告|上诉人|被上诉人|申请人|被申请人)(\p{Han}[\p{Han}\d]{1,20}?)[，,（(]`)

func runOnParties(src *source, f FieldSpec) []Value {
	var out []Value
	for _, p := range src.s.Parties {
		a, b := byteOffset(src.text, p.Span.Start), byteOffset(src.text, p.Span.End)
		for _, m := range runOnRe.FindAllStringSubmatchIndex(src.text[a:b], -1) {
			if roleIs(src.text[a+m[2]:a+m[3]], f.Roles) {
				out = append(out, src.value(src.text[a+m[4]:a+m[5]], a+m[4], a+m[5], 0.5, "party"))
			}
		}
	}
	return out
}

// accusedInFacts reads the names after 被告人 in facts that have no party
// paragraph (an indictment's or a CAIL excerpt's 被告人刘某伙同…).
func accusedInFacts(src *source) []Value {
	var out []Value
	seen := map[string]bool{}
	for _, m := range accusedRe.FindAllStringSubmatchIndex(src.text, -1) {
		name := []rune(src.text[m[2]:m[3]])
		n := 0
		for n < len(name) && n < 4 && !strings.ContainsRune(nameStop, name[n]) {
			n++
		}
		if n < 2 || seen[string(name[:n])] {
			continue
		}
		seen[string(name[:n])] = true
		b := m[2] + len(string(name[:n]))
		out = append(out, src.value(string(name[:n]), m[2], b, 0.5, "party"))
	}
	return out
}

var accusedRe = regexp.MustCompile(`被告人([\p{Han}XＸ×*＊]{2,6})`)

// nameStop are characters that end a name written straight before a verb.
const nameStop = "与和及、在于以因经趁窃盗骗将到来采利先多驾携使系是的对等伙明已均未共分窜进乘"

// nearAfter finds the first amount within 40 bytes after a cue in the
// clause, with no other money word (利息, 受理费…) between them.
var moneyBetween = regexp.MustCompile(`利息|违约金|受理费|诉讼费|保全费|罚金|律师费|滞纳金|出生`)

func moneyRule(src *source, f FieldSpec) []Value {
	for _, r := range src.regions {
		for ci, cue := range f.Cues {
			for _, s := range src.sentences(r) {
				for _, c := range src.clauses(s) {
					cl := src.str(c)
					i := strings.Index(cl, cue)
					if i < 0 || containsAny(cl, f.Skip) {
						continue
					}
					for _, a := range extract.Amounts(cl[i:], 0) {
						pre := strings.Index(cl[i:], a.Text)
						if pre < 0 || pre > 60 || moneyBetween.MatchString(cl[i:i+pre]) {
							continue
						}
						conf := r.confidence
						if ci >= len(f.Cues)/2 {
							conf *= 0.85
						}
						start := c.start + i + pre
						return []Value{withYuan(src.value(yuanText(a.Yuan), start, start+len(a.Text), conf, "money"), a.Yuan)}
					}
				}
			}
		}
	}
	return nil
}

func withYuan(v Value, y float64) Value { v.Yuan = y; return v }

func yuanText(y float64) string { return strconv.FormatFloat(y, 'f', -1, 64) + "元" }

var (
	dateRe  = regexp.MustCompile(`\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?`)
	birthRe = regexp.MustCompile(`出生|生，|生,|身份证|户籍`)
)

func dateRule(src *source, f FieldSpec) []Value {
	for _, r := range src.regions {
		for _, cue := range f.Cues {
			for _, s := range src.sentences(r) {
				st := src.str(s)
				at := strings.Index(st, cue)
				if at < 0 || birthRe.MatchString(st) || containsAny(st, f.Skip) {
					continue
				}
				if m := dateNear(st, at); m != nil {
					d := strings.Join(strings.Fields(st[m[0]:m[1]]), "")
					return []Value{src.value(d, s.start+m[0], s.start+m[1], r.confidence, "date")}
				}
			}
		}
	}
	return nil
}

// dateNear is the date a cue at byte at refers to: the last one before it
// in the sentence (…于2013年9月13日…终止), else the first after it.
func dateNear(st string, at int) []int {
	var best []int
	for _, m := range dateRe.FindAllStringIndex(st, -1) {
		if m[0] >= at {
			if best == nil {
				best = m
			}
			break
		}
		best = m
	}
	return best
}

var noInterestRe = regexp.MustCompile(`无息|不计息|未约定利息|没有约定利息|未约定借款利息|未对利息作出约定`)

func rateRule(src *source, f FieldSpec) []Value {
	for _, r := range src.regions {
		for _, s := range src.sentences(r) {
			for _, c := range src.clauses(s) {
				cl := src.str(c)
				if !containsAny(cl, f.Cues) {
					continue
				}
				if noInterestRe.MatchString(cl) {
					return []Value{src.value("未约定利息", c.start, c.end, r.confidence, "rate")}
				}
				if rate := extract.AnnualRate(cl); rate > 0 {
					return []Value{src.value("年利率"+strconv.FormatFloat(math.Round(rate*100)/100, 'f', -1, 64)+"%", c.start, c.end, r.confidence, "rate")}
				}
			}
		}
	}
	return nil
}

func sentencesRule(src *source, f FieldSpec) []Value {
	var out []Value
	seen := map[int]bool{}
	for _, r := range src.regions {
		for _, s := range src.sentences(r) {
			st := src.str(s)
			if seen[s.start] || !containsAny(st, f.Cues) {
				continue
			}
			seen[s.start] = true
			out = append(out, src.value(strings.TrimSpace(strings.TrimRight(st, "。；;")), s.start, s.end, r.confidence*0.9, "sentences"))
			if len(out) >= f.limit() {
				return out
			}
		}
	}
	return out
}

func moneyItemsRule(src *source, f FieldSpec) []Value {
	var out []Value
	for _, cue := range f.Cues {
		re := regexp.MustCompile(regexp.QuoteMeta(cue) + `[^，,。；;：:]{0,12}?[：:为计共]?\s*`)
	found:
		for _, r := range src.regions {
			for _, s := range src.sentences(r) {
				st := src.str(s)
				for _, m := range re.FindAllStringIndex(st, -1) {
					as := extract.Amounts(st[m[1]:], 0)
					if len(as) == 0 || !strings.HasPrefix(st[m[1]:], as[0].Text) {
						continue
					}
					a := s.start + m[0]
					b := s.start + m[1] + len(as[0].Text)
					out = append(out, withYuan(src.value(cue+"："+yuanText(as[0].Yuan), a, b, r.confidence, "money_items"), as[0].Yuan))
					break found
				}
			}
		}
	}
	return out
}

var (
	claimsStartRe = regexp.MustCompile(`诉讼请求(?:[：:]|为|是|如下)|(?:请求|要求)(?:法院|本院|人民法院)?(?:依法)?判[令决]|起诉(?:要求|请求)|诉请|(?:现|故|遂)要求|请求[：:]`)
	claimsEndRe   = regexp.MustCompile(`事实[和与及]理由|事实及理由|。\s*(?:事实|理由|\p{Han}{0,6}辩称|被告)|\n\s*\n`)
	claimItemRe   = regexp.MustCompile(`[；;]|(?:^|[。；;，,\s])[（(]?[1-9一二三四五六七八九][)）.、．]`)
)

func claimsRule(src *source, f FieldSpec) []Value {
	for _, r := range src.regions {
		seg := src.text[r.start:r.end]
		m := claimsStartRe.FindStringIndex(seg)
		if m == nil {
			continue
		}
		a := r.start + m[1]
		rest := src.text[a:r.end]
		end := claimsEnd(rest)
		if end > 3000 {
			end = 3000
		}
		return splitClaims(src, a, a+end, r.confidence, f)
	}
	return nil
}

// claimsEnd is where the claims starting rest end: at a full stop not
// followed by the next numbered claim, or where the facts and reasons begin.
func claimsEnd(rest string) int {
	end := len(rest)
	if e := claimsEndRe.FindStringIndex(rest); e != nil {
		end = e[0]
	}
	for i := 0; i < end; {
		j := strings.Index(rest[i:end], "。")
		if j < 0 {
			break
		}
		next := strings.TrimLeft(rest[i+j+len("。"):], " \t\n")
		if !nextClaimRe.MatchString(next) {
			return i + j
		}
		i += j + len("。")
	}
	return end
}

var nextClaimRe = regexp.MustCompile(`^[（(]?[2-9一二三四五六七八九][)）.、．]\s*(?:判令|请求|要求|确认|被告|由被告|诉讼费|本案)`)

func splitClaims(src *source, a, b int, conf float64, f FieldSpec) []Value {
	var out []Value
	cuts := claimItemRe.FindAllStringIndex(src.text[a:b], -1)
	from := a
	add := func(to int) {
		item := strings.Trim(src.text[from:to], " \t\n：:，,。；;")
		if len([]rune(item)) >= 2 {
			i := strings.Index(src.text[from:to], item)
			out = append(out, src.value(item, from+i, from+i+len(item), conf, "claims"))
		}
	}
	for _, c := range cuts {
		add(a + c[0])
		from = a + c[1]
	}
	add(b)
	if len(out) > f.limit() {
		out = out[:f.limit()]
	}
	return out
}

// fraudKinds are the Criminal Law's special frauds (arts. 192–198, 224),
// written before 诈骗罪: 票据诈骗罪 is not 诈骗罪.
var fraudKinds = []string{"集资", "贷款", "票据", "金融凭证", "信用证", "信用卡", "有价证券", "保险", "合同"}

// chargePrefix is the special fraud's name that ends before (the text up
// to a 诈骗 cue), or "".
func chargePrefix(before string) string {
	for _, k := range fraudKinds {
		if strings.HasSuffix(before, k) {
			return k
		}
	}
	return ""
}

func chargeRule(src *source, f FieldSpec) []Value {
	for _, r := range src.regions {
		seg := src.text[r.start:r.end]
		best, at := "", -1
		for _, c := range f.Cues {
			if i := strings.Index(seg, c); i >= 0 && (at < 0 || i < at) {
				best, at = c, i
			}
		}
		if at >= 0 {
			p := chargePrefix(seg[:at])
			return []Value{src.value(p+best, r.start+at-len(p), r.start+at+len(best), r.confidence, "charge")}
		}
	}
	// Facts that name no charge: the act's word (盗窃, 诈骗) suggests it.
	for _, r := range src.regions {
		seg := src.text[r.start:r.end]
		best, at, stem := "", -1, ""
		for _, c := range f.Cues {
			st := strings.TrimSuffix(c, "罪")
			if i := strings.Index(seg, st); i >= 0 && (at < 0 || i < at) {
				best, at, stem = c, i, st
			}
		}
		if at >= 0 {
			return []Value{src.value(best, r.start+at, r.start+at+len(stem), r.confidence*0.5, "charge")}
		}
	}
	return nil
}

var (
	totalCueRe   = regexp.MustCompile(`(?:(?:共计|合计|总计|累计|总价值|共价值|总额|共)[^，,。；;]{0,14}|(?:价值|数额|金额)达(?:人民币)?)$`)
	notCrimeRe   = regexp.MustCompile(`罚金|赔偿|退赔|退赃|退还|受理费|工资|悬赏|保证金|取保|分得|分赃|销赃|卖得|得款`)
	valueCueRe   = regexp.MustCompile(`(?:价值|骗取|窃取|盗走|窃得|骗得|盗得|现金|人民币|款)[^，,。；;]{0,12}$`)
	crimeRegions = []parse.SectionKind{parse.Findings, parse.Claims, parse.Facts, "body"}
)

// crimeAmountRule reads the amount involved: a total the text states, a
// single amount, or the sum of the stolen or defrauded amounts it lists.
func crimeAmountRule(src *source, f FieldSpec) []Value {
	for _, want := range crimeRegions {
		for _, r := range src.regions {
			if r.kind != want {
				continue
			}
			if v, ok := crimeAmountIn(src, r); ok {
				return []Value{v}
			}
		}
	}
	return nil
}

func crimeAmountIn(src *source, r region) (Value, bool) {
	type hit struct {
		yuan       float64
		a, b       int
		total, val bool
	}
	var hits []hit
	for _, s := range src.sentences(r) {
		for _, c := range src.clauses(s) {
			cl := src.str(c)
			if notCrimeRe.MatchString(cl) {
				continue
			}
			for _, m := range extract.Amounts(cl, 0) {
				i := strings.Index(cl, m.Text)
				if i < 0 {
					continue
				}
				pre := cl[:i]
				hits = append(hits, hit{m.Yuan, c.start + i, c.start + i + len(m.Text), totalCueRe.MatchString(pre), valueCueRe.MatchString(pre)})
			}
		}
	}
	if len(hits) == 0 {
		return Value{}, false
	}
	var best *hit
	for i := range hits {
		if hits[i].total && (best == nil || hits[i].yuan > best.yuan) {
			best = &hits[i]
		}
	}
	if best != nil {
		return withYuan(src.value(yuanText(best.yuan), best.a, best.b, r.confidence*0.9, "crime_amount"), best.yuan), true
	}
	distinct := map[float64]bool{}
	for _, h := range hits {
		distinct[h.yuan] = true
	}
	if len(distinct) == 1 {
		h := hits[0]
		return withYuan(src.value(yuanText(h.yuan), h.a, h.b, r.confidence*0.85, "crime_amount"), h.yuan), true
	}
	var sum float64
	a, b := -1, 0
	for _, h := range hits {
		if h.val {
			sum += h.yuan
			if a < 0 {
				a = h.a
			}
			b = h.b
		}
	}
	if a < 0 {
		return Value{}, false
	}
	return withYuan(src.value(yuanText(sum), a, b, r.confidence*0.5, "crime_amount"), sum), true
}

var timesRe = regexp.MustCompile(`(?:共|先后|累计|连续|分别)?\s*([一二三四五六七八九十两\d]{1,3})\s*(?:次|起)|多次`)

func countRule(src *source, f FieldSpec) []Value {
	for _, r := range src.regions {
		for _, s := range src.sentences(r) {
			st := src.str(s)
			if !containsAny(st, []string{"盗窃", "诈骗", "作案", "窃取", "骗取"}) {
				continue
			}
			m := timesRe.FindStringSubmatchIndex(st)
			if m == nil {
				continue
			}
			text := "多次"
			if m[2] < 0 {
				if v, ok := numberedActs(src); ok {
					return []Value{v}
				}
			}
			if m[2] >= 0 {
				n, ok := countOf(st[m[2]:m[3]])
				if !ok {
					continue
				}
				text = fmt.Sprintf("%d次", n)
			}
			return []Value{src.value(text, s.start+m[0], s.start+m[1], r.confidence*0.8, "count")}
		}
	}
	if v, ok := numberedActs(src); ok {
		return []Value{v}
	}
	return nil
}

// numberedActs counts facts listed one act per numbered item (具体犯罪事实
// 如下：1、…2、…), which a text that says only 多次 often has.
func numberedActs(src *source) (Value, bool) {
	for _, r := range src.regions {
		seg := src.text[r.start:r.end]
		i := strings.Index(seg, "如下")
		if i < 0 {
			continue
		}
		items := itemRe.FindAllStringIndex(seg[i:], -1)
		if len(items) >= 2 {
			last := items[len(items)-1]
			return src.value(fmt.Sprintf("%d次", len(items)), r.start+i, r.start+i+last[1], r.confidence*0.5, "count"), true
		}
	}
	return Value{}, false
}

var itemRe = regexp.MustCompile(`(?m)^\s*[1-9]\d?\s*[、.．]`)

func countOf(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, n > 0
	}
	digits := map[rune]int{'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	n, cur := 0, 0
	for _, c := range s {
		if c == '十' {
			n += max(cur, 1) * 10
			cur = 0
			continue
		}
		d, ok := digits[c]
		if !ok {
			return 0, false
		}
		cur = d
	}
	n += cur
	return n, n > 0
}

func circumstancesRule(src *source, f FieldSpec) []Value {
	end := len(src.text)
	if sec := src.s.Section(parse.Verdict); sec != nil {
		end = byteOffset(src.text, sec.Span.Start)
	}
	var out []Value
	for _, c := range extract.CircumstancesIn(src.text[:end], 0) {
		a, b := byteOffset(src.text, c.Span.Start), byteOffset(src.text, c.Span.End)
		out = append(out, src.value(c.Kind, a, b, 0.7, "circumstances"))
	}
	return out
}
