// Package extract reads legal elements out of a parsed judgment: charges,
// cited articles, penalties, amounts, sentencing circumstances and civil outcomes.
package extract

import (
	"strings"

	"leian/corpus/cite"
	"leian/corpus/parse"
)

// criminalLaw is the law bare article numbers in a criminal legal basis belong to.
const criminalLaw = "中华人民共和国刑法"

// Elements are the legal elements of one judgment. CONTRACT: fields may be
// added; existing ones keep their meaning because retrieval and the rule
// library read them.
type Elements struct {
	CaseType      string          `json:"case_type,omitempty"`
	Charges       []string        `json:"charges,omitempty"`  // case-level, normalised Criminal Law names with 罪
	Articles      []cite.Citation `json:"articles,omitempty"` // cited in the legal basis (依照…之规定)
	Defendants    []Defendant     `json:"defendants,omitempty"`
	Amounts       []Amount        `json:"amounts,omitempty"`       // amounts involved in the facts
	Circumstances []Circumstance  `json:"circumstances,omitempty"` // case-level union
	// Civil cases.
	Cause   string   `json:"cause,omitempty"`   // 案由
	Claimed *float64 `json:"claimed,omitempty"` // yuan
	Awarded *float64 `json:"awarded,omitempty"` // yuan
	Outcome string   `json:"outcome,omitempty"` // 支持, 部分支持, 驳回, 撤诉, 维持, 改判, 发回重审
}

// Defendant is one accused person's charges, penalty and circumstances.
type Defendant struct {
	Name    string   `json:"name"`
	Charges []string `json:"charges,omitempty"`
	// ChargesWritten are the charges as the verdict words them (贩卖毒品罪
	// where Charges has 走私、贩卖、运输、制造毒品罪).
	ChargesWritten []string       `json:"charges_written,omitempty"`
	Penalty        *Penalty       `json:"penalty,omitempty"`
	Circumstances  []Circumstance `json:"circumstances,omitempty"`
}

// Penalty is a sentence as the verdict states it.
type Penalty struct {
	Kind            string     `json:"kind"` // 有期徒刑, 拘役, 管制, 无期徒刑, 死刑, 免予刑事处罚, 单处罚金
	Months          int        `json:"months,omitempty"`
	Probation       bool       `json:"probation,omitempty"` // 缓刑 / 缓期二年执行
	ProbationMonths int        `json:"probation_months,omitempty"`
	FineYuan        float64    `json:"fine_yuan,omitempty"`
	Accessory       []string   `json:"accessory,omitempty"` // 剥夺政治权利…, 没收财产
	Span            parse.Span `json:"span"`
}

// Circumstance is one sentencing circumstance with the sentence that states it.
type Circumstance struct {
	Kind     string     `json:"kind"` // 自首, 坦白, 立功, 累犯, 前科, 认罪认罚, 退赃退赔, 取得谅解, 未成年, 从犯, 未遂, 初犯 …
	Sentence string     `json:"sentence"`
	Span     parse.Span `json:"span"`
}

// Amount is a money amount found in the text.
type Amount struct {
	Yuan float64    `json:"yuan"`
	Text string     `json:"text"`
	Span parse.Span `json:"span"`
}

// Extract reads the elements of text, using s for section boundaries
// (s nil: text is parsed here). Offsets are rune offsets into text.
func Extract(text string, s *parse.Structure) *Elements {
	if s == nil {
		s = parse.Parse(text)
	}
	e := &Elements{CaseType: s.CaseType}
	if e.CaseType == "civil" || e.CaseType == "administrative" {
		civil(e, s)
		return e
	}
	if basis := s.Section(parse.LegalBasis); basis != nil {
		e.Articles = shift(cite.Find(basis.Text, criminalLaw), basis.Span.Start)
	}
	if v := s.Section(parse.Verdict); v != nil {
		e.Defendants = defendants(v.Text, v.Span.Start)
	}
	for _, d := range e.Defendants {
		for _, c := range d.Charges {
			e.Charges = appendNew(e.Charges, c)
		}
	}
	facts, factsBase := sectionOr(s, parse.Facts, text)
	e.Amounts = amounts(facts, factsBase)
	reasoning, reasonBase := sectionOr(s, parse.Reasoning, text)
	e.Circumstances = circumstances(reasoning, reasonBase, e.Defendants)
	if e.CaseType == "" && (len(e.Charges) > 0 || strings.Contains(text, "被告人")) {
		e.CaseType = "criminal"
	}
	return e
}

// sectionOr returns the text and rune offset of section k, or the whole
// text when the parser found no such section (fact excerpts, drafts).
func sectionOr(s *parse.Structure, k parse.SectionKind, text string) (string, int) {
	if sec := s.Section(k); sec != nil {
		return sec.Text, sec.Span.Start
	}
	return text, 0
}

// shift moves citation offsets from the searched section into the judgment.
func shift(cs []cite.Citation, base int) []cite.Citation {
	for i := range cs {
		cs[i].Start += base
		cs[i].End += base
	}
	return cs
}
