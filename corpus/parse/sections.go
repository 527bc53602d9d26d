package parse

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// bounds are the byte ranges of the main sections.
type bounds struct {
	parties, history, facts, reasoning, legalBasis, verdict, tail, appendix rng
}

var (
	// historyCue marks the sentence that opens the procedural history.
	historyCue = cues("起诉书", "提起公诉", "提起诉讼", "向本院起诉", "一案", "不服", "提出上诉", "提起上诉", "提出抗诉", "审理终结")
	// historyEnd closes the history paragraph (现已审理终结。).
	historyEnd = cues("审理终结", "审理完毕", "复核终结", "审理了本案", "审理本案", "进行了审理", "参加诉讼", "参加了诉讼", "到庭参加", "当庭宣判")
	// factsOpen starts a paragraph that already belongs to the facts.
	factsOpen   = regexp.MustCompile(`^(?:经审理查明|经审理，|本院(?:经审理|二审|再审)?查明|原判认定|原审(?:判决|法院)?认定|\S{0,30}指控[：:，,]|\S{0,40}诉称|\S{0,40}上诉(?:称|提出|理由))`)
	summingUp   = regexp.MustCompile(`^(?:综上所述|综上)[，,]?$`)
	ruleEnd     = regexp.MustCompile(`[之的]规定\s*[：:，,；]?`)
	reasonCue   = cues("本院认为", "本院再审认为", "本院二审认为", "本庭认为", "本合议庭认为", "再审认为", "合议庭评议认为")
	verdictCue  = trailingCues{cues("判决如下", "裁定如下", "判处如下", "决定如下", "调解协议如下", "意见如下", "，判决：", "，裁定：", "，判决:", ",判决:"), "：:；;，,"}
	basisCue    = cues("依照", "依据《", "根据《", "根据中华人民共和国", "依据中华人民共和国", "据此，")
	tailCue     = regexp.MustCompile(`^(?:审\s*判\s*长|审\s*判\s*员|代\s*理\s*审\s*判\s*员|人\s*民\s*陪\s*审\s*员|陪\s*审\s*员|[（(][此本]页无正文)`)
	appendixCue = regexp.MustCompile(`^(?:附[：:]?\s*(?:相关|本判决|本裁定|本案|法律|适用)|附录)`)
)

// bounds finds the main sections after the header.
func (d *doc) bounds(hdrEnd int) bounds {
	var b bounds
	factsStart := hdrEnd
	if hist, ok := d.historyStart(hdrEnd); ok {
		b.parties = rng{hdrEnd, hist}
		factsStart = d.historyEnd(hist)
		b.history = rng{hist, factsStart}
	} else if i, ok := d.paraStarting(factsOpen, hdrEnd, len(d.text)); ok {
		// No history paragraph: the parties run up to the first facts paragraph.
		b.parties = rng{hdrEnd, d.paras[i].s}
		factsStart = d.paras[i].s
	}
	d.body(&b, factsStart)
	return b
}

// body splits what follows the history into facts, reasoning, legal
// basis, verdict, tail and appendix.
func (d *doc) body(b *bounds, from int) {
	n := len(d.text)
	rs, ok := d.find(reasonCue, from, n)
	vc, vok := d.find(verdictCue, max(from, rs.s), n)
	if ok && !vok {
		// 本院认为 but no 判决如下: the verdict follows 依照…之规定.
		if bs, ok2 := d.lastBasis(rs.s, n); ok2 {
			vc, vok = d.find(ruleEnd, bs, n)
		}
	}
	if ok {
		rs.s = d.reasoningStart(rs.s, from, vc.s, vok)
	} else if vok {
		// No 本院认为: the reasoning is the legal-basis sentence alone.
		if bs, ok2 := d.lastBasis(from, vc.s); ok2 {
			rs, ok = rng{bs, bs}, true
		}
	} else if bs, ok2 := d.lastBasis(from, n); ok2 {
		// Neither 本院认为 nor 判决如下: the verdict follows 依照…之规定.
		if end, ok3 := d.find(ruleEnd, bs, n); ok3 {
			rs, vc, ok, vok = rng{bs, bs}, end, true, true
		}
	}
	factsEnd := n
	switch {
	case ok:
		factsEnd = rs.s
	case vok:
		factsEnd = d.sentStart(vc.s, from)
	}
	b.facts = rng{from, factsEnd}
	if !vok {
		if ok {
			b.reasoning = rng{rs.s, n}
		}
		return
	}
	if ok {
		b.reasoning = rng{rs.s, vc.e}
		if bs, ok2 := d.lastBasis(rs.s, vc.s); ok2 {
			b.legalBasis = rng{bs, vc.s}
		}
	}
	d.closing(b, vc.e)
}

// reasoningStart picks where the reasoning opens. Evidence rulings inside
// the facts also say 本院认为, so the last 本院认为 that opens a paragraph
// before the verdict wins (LeCaRD's cpfxgc starts there); failing that, the
// sentence holding the first one.
func (d *doc) reasoningStart(first, floor, verdict int, hasVerdict bool) int {
	if !hasVerdict {
		verdict = len(d.text)
	}
	best := -1
	for _, m := range reasonCue.FindAllStringIndex(d.text[first:verdict], -1) {
		p := first + m[0]
		s := d.sentStart(p, floor)
		if !d.paraOpens(s) {
			continue
		}
		if s == p || summingUp.MatchString(d.text[s:p]) {
			best = s
		}
	}
	if best >= 0 {
		return best
	}
	return d.sentStart(first, floor)
}

// paraOpens reports whether b is the first byte of a paragraph.
func (d *doc) paraOpens(b int) bool {
	if b == 0 {
		return true
	}
	c, _ := utf8.DecodeLastRuneInString(d.text[:b])
	return isSpace(c)
}

// closing splits what follows the verdict cue into verdict, tail and appendix.
func (d *doc) closing(b *bounds, from int) {
	n := len(d.text)
	tail := n
	if i, ok := d.paraStarting(tailCue, from, n); ok {
		tail = d.paras[i].s
	}
	b.verdict = rng{from, tail}
	app := n
	if i, ok := d.paraStarting(appendixCue, tail, n); ok {
		app = d.paras[i].s
	}
	b.tail = rng{tail, app}
	b.appendix = rng{app, n}
}

// historyStart is the start of the first sentence after the header that
// reads like procedural history (…起诉书指控…, …一案, …不服…提出上诉).
func (d *doc) historyStart(from int) (int, bool) {
	limit := min(len(d.text), from+20000)
	// The history precedes the reasoning and the verdict, whose appeal
	// notice (如不服本判决…提出上诉) would otherwise read as history.
	for _, re := range []matcher{reasonCue, verdictCue} {
		if m, ok := d.find(re, from, limit); ok {
			limit = m.s
		}
	}
	for pos := from; pos < limit; {
		c, ok := d.find(historyCue, pos, limit)
		if !ok {
			return 0, false
		}
		s := d.sentStart(c.s, from)
		if !d.inPartyRecord(s, c.s) {
			return s, true
		}
		pos = c.e
	}
	return 0, false
}

// inPartyRecord reports whether a history cue sits inside a party's
// description (因犯盗窃罪…一案被判处…), which is not the history.
func (d *doc) inPartyRecord(sent, cue int) bool {
	pre := d.text[sent:cue]
	return strings.Contains(pre, "曾因") || strings.Contains(pre, "被判处") || strings.Contains(pre, "刑满释放")
}

// historyEnd closes the history at the end of the paragraph holding its
// closing phrase, looking no further than three paragraphs and never into
// a paragraph that opens the facts.
func (d *doc) historyEnd(start int) int {
	i := d.para(start)
	for k := i; k < len(d.paras) && k < i+3; k++ {
		p := d.paras[k]
		if k > i && factsOpen.MatchString(d.text[p.s:p.e]) {
			break
		}
		from := max(p.s, start)
		if _, ok := d.find(historyEnd, from, p.e); ok {
			return p.e
		}
	}
	return d.paraEnd(start)
}

// lastBasis finds the last 依照…之规定 sentence in [from, to).
func (d *doc) lastBasis(from, to int) (int, bool) {
	if from >= to {
		return 0, false
	}
	ms := basisCue.FindAllStringIndex(d.text[from:to], -1)
	if ms == nil {
		return 0, false
	}
	last := from + ms[len(ms)-1][0]
	// The sentence may chain several cues (依照…，参照…，根据…): start at its first.
	s := d.sentStart(last, from)
	if m, ok := d.find(basisCue, s, last+1); ok {
		return m.s, true
	}
	return last, true
}
