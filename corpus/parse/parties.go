package parse

import (
	"regexp"
	"strings"
)

// Party is one person or body named before the procedural history.
type Party struct {
	Role       string `json:"role"` // 公诉机关, 被告人, 辩护人, 原告, 上诉人（原审被告人）…
	Name       string `json:"name"`
	Of         string `json:"of,omitempty"` // for 辩护人 and 代理人: whom they act for
	Sex        string `json:"sex,omitempty"`
	Birth      string `json:"birth,omitempty"` // as written, e.g. 1976年11月16日
	Ethnicity  string `json:"ethnicity,omitempty"`
	Education  string `json:"education,omitempty"`
	Prior      string `json:"prior,omitempty"` // prior record, the sentence that states it
	Custody    string `json:"custody,omitempty"`
	Text       string `json:"text"`
	Span       Span   `json:"span"`
	Principal  bool   `json:"principal"` // a party in its own right, not a representative
	Individual bool   `json:"individual,omitempty"`
}

var (
	partyRole   = regexp.MustCompile(`^(?:附带民事诉讼|刑事附带民事诉讼)?(原公诉机关|公诉机关|抗诉机关|再审申请人|被申请人|申请人|上诉人|被上诉人|原审被告人|原审被告单位|原审原告|原审被告|原审第三人|被告单位|被告人|被告|原告人|原告|第三人|辩护人|委托诉讼代理人|委托代理人|诉讼代理人|法定代理人|指定代理人|法定代表人|诉讼代表人|负责人|被害人|罪犯|被执行人|申请执行人)\s*(?:[（(][^）)]{1,16}[）)])?\s*[：:]?\s*`)
	partyStop   = regexp.MustCompile(`[，,。；;（(：:\s]`)
	birthRe     = regexp.MustCompile(`(\d{4}年\d{1,2}月\d{1,2}日)\s*(?:出生|生)`)
	sexRe       = regexp.MustCompile(`[，,]\s*(男|女)\s*[，,。；]`)
	ethnicRe    = regexp.MustCompile(`[，,]\s*(\p{Han}{1,5}族)\s*[，,。；]`)
	educationRe = regexp.MustCompile(`[，,]\s*(\p{Han}{1,6}(?:文化|学历|肄业|毕业)|文盲|半文盲)\s*[，,。；]`)
	priorRe     = regexp.MustCompile(`[^，,。；]*(?:曾因|曾于|曾被|因犯\p{Han}{1,30}罪于|刑满释放)[^。]*。?`)
	custodyRe   = regexp.MustCompile(`[^，,。；]*(?:刑事拘留|逮捕|取保候审|监视居住|羁押)[^。]*。?`)
	agentRoles  = []string{"辩护人", "代理人", "法定代表人", "诉讼代表人", "负责人"}
)

// parties splits the parties section into one entry per role paragraph.
func (d *doc) parties(r rng) []Party {
	var out []Party
	var principal string
	for _, c := range d.partyChunks(r) {
		m := partyRole.FindStringSubmatchIndex(d.text[c.s:c.e])
		if m == nil {
			continue
		}
		body := d.text[c.s+m[1] : c.e]
		p := Party{Role: strings.TrimSpace(d.text[c.s+m[0] : c.s+m[1]]), Text: d.text[c.s:c.e],
			Span: Span{d.runeAt(c.s), d.runeAt(c.e)}}
		p.Role = strings.TrimRight(p.Role, "：: ")
		p.Name = partyName(body, p.Role)
		p.Principal = !isAgent(p.Role)
		if p.Principal {
			principal = p.Name
			describe(&p, body)
		} else {
			p.Of = principal
		}
		out = append(out, p)
	}
	return out
}

// partyChunks cuts the section at paragraph breaks and at sentences that
// open with a role, since some texts run several parties together.
func (d *doc) partyChunks(r rng) []rng {
	var out []rng
	for _, p := range d.paras {
		if p.e <= r.s || p.s >= r.e {
			continue
		}
		p = rng{max(p.s, r.s), min(p.e, r.e)}
		start := p.s
		for i := p.s; i < p.e; {
			j := strings.Index(d.text[i:p.e], "。")
			if j < 0 {
				break
			}
			i += j + len("。")
			if i < p.e && partyRole.MatchString(d.text[i:p.e]) {
				out = append(out, rng{start, i})
				start = i
			}
		}
		if start < p.e {
			out = append(out, rng{start, p.e})
		}
	}
	return mergeContinuations(d.text, out)
}

// mergeContinuations joins chunks that do not open with a role (住所地…,
// a line broken mid-sentence) to the chunk before.
func mergeContinuations(text string, in []rng) []rng {
	var out []rng
	for _, c := range in {
		if len(out) > 0 && !partyRole.MatchString(text[c.s:c.e]) {
			out[len(out)-1].e = c.e
			continue
		}
		out = append(out, c)
	}
	return out
}

func partyName(body, role string) string {
	if strings.HasSuffix(role, "机关") {
		return strings.TrimRight(strings.SplitN(body, "。", 2)[0], "，,")
	}
	if i := partyStop.FindStringIndex(body); i != nil {
		return body[:i[0]]
	}
	return body
}

func isAgent(role string) bool {
	for _, a := range agentRoles {
		if strings.Contains(role, a) {
			return true
		}
	}
	return false
}

// describe fills the personal attributes a defendant's paragraph gives.
func describe(p *Party, body string) {
	sub := func(re *regexp.Regexp) string {
		if m := re.FindStringSubmatch(body); m != nil {
			return m[1]
		}
		return ""
	}
	p.Sex = sub(sexRe)
	p.Birth = sub(birthRe)
	p.Ethnicity = sub(ethnicRe)
	p.Education = sub(educationRe)
	p.Prior = strings.TrimLeft(priorRe.FindString(body), "，, ")
	p.Custody = strings.TrimLeft(custodyRe.FindString(body), "，, ")
	p.Individual = p.Sex != "" || p.Birth != ""
}

// caseTypeFromParties guesses the case type when the header did not say.
func caseTypeFromParties(ps []Party) string {
	for _, p := range ps {
		switch {
		case strings.Contains(p.Role, "公诉") || strings.Contains(p.Role, "被告人") || p.Role == "辩护人":
			return "criminal"
		case p.Role == "原告" || p.Role == "被告":
			return "civil"
		}
	}
	return ""
}
