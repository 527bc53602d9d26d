// Package extract reads legal elements out of a parsed judgment: charges,
// cited articles, penalties, amounts, sentencing circumstances and civil outcomes.
package extract

import (
	"leian/corpus/cite"
	"leian/corpus/parse"
)

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
	Name          string         `json:"name"`
	Charges       []string       `json:"charges,omitempty"`
	Penalty       *Penalty       `json:"penalty,omitempty"`
	Circumstances []Circumstance `json:"circumstances,omitempty"`
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

// Extract reads the elements of text, using s for section boundaries.
func Extract(text string, s *parse.Structure) *Elements {
	return &Elements{}
}
