// Package docmeta reads a stored judgment's filter columns (court, level,
// province, year, procedure, charges, articles) and case elements: the one
// place a store's metadata comes from, for the engine and the store tests alike.
package docmeta

import (
	"regexp"
	"strconv"
	"strings"

	"leian/corpus"
	"leian/corpus/extract"
	"leian/retrieval"
	"leian/retrieval/elements"
)

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
	p, _ := corpus.ProvinceOf(court)
	return p.Name
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
	if doc.CaseType == corpus.Civil {
		c.Loan = LoanOf(doc.Text)
	}
	return c
}

// LoanOf returns the private-lending elements of text, nil when it is not
// a private-lending case.
func LoanOf(text string) *extract.Loan {
	if !extract.IsLoan(text) {
		return nil
	}
	l := extract.ExtractLoan(text)
	return &l
}
