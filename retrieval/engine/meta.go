package engine

import (
	"regexp"
	"strconv"
	"strings"

	"leian/corpus"
	"leian/corpus/extract"
	"leian/corpus/parse"
	"leian/retrieval"
	"leian/retrieval/elements"
)

// provinces are the province-level regions as court names begin with them.
var provinces = []string{"北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
	"安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南",
	"西藏", "陕西", "甘肃", "青海", "宁夏", "新疆"}

// caseYear finds the year of a case number such as （2018）赣0111刑初485号.
var caseYear = regexp.MustCompile(`[（(]((?:19|20)\d\d)[）)]`)

// CourtLevel names the level of a court from its name: 最高, 高级, 中级 or 基层.
func CourtLevel(court string) string {
	switch {
	case court == "":
		return ""
	case strings.Contains(court, "最高人民法院"):
		return "最高"
	case strings.Contains(court, "高级人民法院"):
		return "高级"
	case strings.Contains(court, "中级人民法院"):
		return "中级"
	case strings.HasSuffix(court, "人民法院") || strings.HasSuffix(court, "法院"):
		return "基层"
	}
	return ""
}

// Province names the province-level region a court name begins with.
func Province(court string) string {
	for _, p := range provinces {
		if strings.HasPrefix(court, p) {
			return p
		}
	}
	return ""
}

// Analyse fills a document's Structure and Elements when ingest left them
// empty (documents handed over by an eval rather than read from the store).
func Analyse(doc *corpus.Document) {
	if doc.Structure == nil {
		doc.Structure = parse.Parse(doc.Text)
	}
	if doc.Elements == nil {
		doc.Elements = extract.Extract(doc.Text, doc.Structure)
	}
}

// MetaOf returns a document's filter columns.
func MetaOf(doc *corpus.Document) retrieval.Meta {
	var m retrieval.Meta
	s, e := doc.Structure, doc.Elements
	m.CaseType = string(doc.CaseType)
	if s != nil {
		m.Court, m.DocType, m.Procedure = s.Court, s.DocType, s.Procedure
		if m.CaseType == "" {
			m.CaseType = s.CaseType
		}
		if s.CaseNumber != nil {
			m.Year = s.CaseNumber.Year
		}
	}
	m.CourtLevel, m.Province = CourtLevel(m.Court), Province(m.Court)
	c := CaseOf(doc)
	m.Charges, m.Articles = c.Charges, c.Articles
	if e != nil {
		m.Cause = e.Cause
	}
	if y := caseYear.FindStringSubmatch(head(doc.Text, 300)); m.Year == 0 && y != nil {
		m.Year, _ = strconv.Atoi(y[1])
	}
	if m.Procedure == "" {
		m.Procedure = procedure(head(doc.Text, 300) + doc.Title)
	}
	return m
}

// procedure reads 一审/二审/再审 from the case number or title.
func procedure(s string) string {
	switch {
	case strings.Contains(s, "再审") || strings.Contains(s, "刑再") || strings.Contains(s, "民再"):
		return "再审"
	case strings.Contains(s, "二审") || strings.Contains(s, "终"):
		return "二审"
	case strings.Contains(s, "一审") || strings.Contains(s, "初"):
		return "一审"
	}
	return ""
}

func head(s string, runes int) string {
	for i := range s {
		if runes == 0 {
			return s[:i]
		}
		runes--
	}
	return s
}

// CaseOf returns the elements of a stored document, preferring the charges
// a source labelled over extracted ones.
func CaseOf(doc *corpus.Document) elements.Case {
	var stated []string
	for _, l := range doc.Labels {
		stated = append(stated, l.Charges...)
	}
	c := elements.FromElements(doc.Elements, stated)
	c.Manners = mannersOf(facts(doc))
	if doc.CaseType == corpus.Civil {
		c.Loan = loanOf(doc.Text)
	}
	return c
}

// loanOf returns the private-lending elements of text, nil when it is not
// a private-lending case.
func loanOf(text string) *extract.Loan {
	if !extract.IsLoan(text) {
		return nil
	}
	l := extract.ExtractLoan(text)
	return &l
}

// facts returns the text the signals compare: the facts section when the
// source delimited one, else the parsed facts, else the whole text.
func facts(doc *corpus.Document) string {
	if f := doc.Sections["facts"]; strings.TrimSpace(f) != "" {
		return f
	}
	if doc.Structure != nil {
		for _, sec := range doc.Structure.Sections {
			if sec.Kind == parse.Facts {
				return sec.Text
			}
		}
	}
	return doc.Text
}

// penaltyWords writes the first defendant's sentence as the verdict states
// it, else the decided outcome the source recorded (CAIL2018 facts come
// without their verdict).
func penaltyWords(doc *corpus.Document) string {
	if e := doc.Elements; e != nil {
		for _, d := range e.Defendants {
			if d.Penalty != nil {
				return elements.PenaltyWords(d.Penalty.Kind, d.Penalty.Months)
			}
		}
	}
	if kind, months, ok := doc.Decided(); ok {
		return elements.PenaltyWords(kind, months)
	}
	return ""
}

// extractFacts reads the elements of facts alone (the case in hand has no verdict yet).
func extractFacts(text string) *extract.Elements {
	return extract.Extract(text, parse.Parse(text))
}
