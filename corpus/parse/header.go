package parse

import (
	"regexp"
	"strconv"
	"strings"
)

// CaseNumber is a parsed 案号 such as （2018）赣0111刑初485号.
type CaseNumber struct {
	Raw   string `json:"raw"`
	Year  int    `json:"year"`
	Court string `json:"court"` // court code, e.g. 赣0111 or 浙温
	Type  string `json:"type"`  // procedure type, e.g. 刑初, 刑终, 民初
	Seq   int    `json:"seq"`
	Span  Span   `json:"span"`
}

// titleBytes bounds where a title without case number is looked for, so
// that 判决书 in the appeal notice of an excerpt is not taken for one.
const titleBytes = 360

var (
	caseNumberRe = regexp.MustCompile(`[（(〔\[【]\s*((?:19|20)\d{2})\s*[）)〕\]】]\s*(\p{Han}{1,6}?\d{0,6})\s*((?:刑|民|行|执|赔|知|商|司|破|财|法|委|监)\p{Han}{0,3}?)\s*字?\s*第?\s*(\d+)(?:[-－之]\d+)?\s*号`)
	docTypes     = []string{"判决书", "裁定书", "调解书", "决定书", "通知书"}
	courtRe      = regexp.MustCompile(`^[\p{Han}（）()·]{2,40}?法院`)
)

// header reads court, document type, case type, case number and procedure
// from the opening lines and returns where the header ends (after the case
// number, or after the document title when there is none).
func (d *doc) header(s *Structure) int {
	end := 0
	limit := min(len(d.text), 1500)
	if m := caseNumberRe.FindStringSubmatchIndex(d.text[:limit]); m != nil {
		end = m[1]
		year, _ := strconv.Atoi(d.text[m[2]:m[3]])
		seq, _ := strconv.Atoi(d.text[m[8]:m[9]])
		s.CaseNumber = &CaseNumber{
			Raw: d.text[m[0]:m[1]], Year: year, Court: d.text[m[4]:m[5]],
			Type: d.text[m[6]:m[7]], Seq: seq, Span: Span{d.runeAt(m[0]), d.runeAt(m[1])},
		}
	} else if i := d.docTypeIndex(min(limit, titleBytes)); i > 0 {
		end = d.paraEnd(i)
	}
	head := squeeze(d.text[:end])
	for _, t := range docTypes {
		if strings.Contains(head, t) {
			s.DocType = t
			break
		}
	}
	s.Court = d.court(end)
	s.CaseType = caseType(head, s.CaseNumber)
	s.Procedure = procedure(head, s.CaseNumber)
	return end
}

// docTypeIndex finds a document-type word in the first limit bytes.
func (d *doc) docTypeIndex(limit int) int {
	sq := d.text[:limit]
	for _, t := range docTypes {
		if i := strings.Index(sq, t); i >= 0 {
			return i
		}
	}
	return -1
}

// court is the first header paragraph that names a court; titles such as
// 陆某贩卖毒品罪…一审刑事判决书 come first in some sources and are skipped.
func (d *doc) court(end int) string {
	for _, p := range d.paras {
		if p.s >= end && end > 0 || p.s > 1500 {
			break
		}
		line := d.text[p.s:p.e]
		if strings.ContainsAny(line, "与诉") && strings.Contains(line, "判决书") {
			continue
		}
		if m := courtRe.FindString(line); m != "" {
			return m
		}
	}
	return ""
}

func caseType(head string, cn *CaseNumber) string {
	for _, c := range []struct{ word, kind string }{{"刑事", "criminal"}, {"民事", "civil"}, {"行政", "administrative"}} {
		if strings.Contains(head, c.word) {
			return c.kind
		}
	}
	if cn != nil {
		switch {
		case strings.HasPrefix(cn.Type, "刑"):
			return "criminal"
		case strings.HasPrefix(cn.Type, "民"):
			return "civil"
		case strings.HasPrefix(cn.Type, "行"):
			return "administrative"
		}
	}
	return ""
}

func procedure(head string, cn *CaseNumber) string {
	if cn != nil {
		t := cn.Type
		switch {
		case strings.ContainsAny(t, "再监申抗"):
			return "再审"
		case strings.Contains(t, "终"):
			return "二审"
		case strings.Contains(t, "初"):
			return "一审"
		case strings.Contains(t, "核"):
			return "复核"
		case strings.Contains(t, "更"):
			return "减刑假释"
		}
	}
	for _, p := range []string{"再审", "二审", "一审"} {
		if strings.Contains(head, p) {
			return p
		}
	}
	return ""
}

// squeeze removes all white space, for matching words written 民 事 判 决 书.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}
