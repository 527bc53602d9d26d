// Package casereport builds, stores and renders 类案检索报告: the search
// report a judge files under the SPC's 2020 guidance on similar-case search.
package casereport

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"leian/retrieval"
)

// Guidance is the rule that defines the report. The rule library bundled
// with Leian (LawRefBook) does not carry it, so it is named, not quoted.
const Guidance = "《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》（法发〔2020〕24号）"

// Mark is how the judge used one similar case: the guidance's 参照 (a
// guiding case the judgment must follow), 参考 (a case consulted) or 不予参照.
type Mark string

// Marks.
const (
	Follow  Mark = "参照"
	Consult Mark = "参考"
	Decline Mark = "不予参照"
)

// Relevant says whether the judge found the case similar enough to use:
// the relevance judgment `leian eval feedback` scores pushes with.
func (m Mark) Relevant() bool { return m == Follow || m == Consult }

func (m Mark) valid() bool { return m == Follow || m == Consult || m == Decline }

// Limits on what one report holds, so a request cannot grow the store unboundedly.
const (
	MaxPushed      = 100
	MaxReasonRunes = 1000
	MaxCaseNoRunes = 100
)

// ErrNotFound is a report id the store does not hold.
var ErrNotFound = errors.New("report not found")

// InputError is a report request the builder refuses: the field at fault
// and why, in Chinese.
type InputError struct {
	Field   string
	Message string
}

func (e *InputError) Error() string { return fmt.Sprintf("report: %s: %s", e.Field, e.Message) }

// Report is one 类案检索报告: who searched, when, where, how, what was found,
// and how each selected case was used.
type Report struct {
	ID       string    `json:"id"`
	CaseNo   string    `json:"case_no,omitempty"` // the pending case's number, when the judge gives it
	Author   string    `json:"author"`
	Role     string    `json:"role"`
	Created  time.Time `json:"created"`
	Platform string    `json:"platform"`
	Method   string    `json:"method"`
	Basis    string    `json:"basis"`
	// QueryHash names the push in the audit log (its HMAC) without its facts.
	QueryHash string          `json:"query_hash,omitempty"`
	Query     retrieval.Query `json:"query"`
	// Pushed is the whole push as the judge saw it, best first: the
	// ranking that feedback scores.
	Pushed []Pushed `json:"pushed"`
	Cases  []Case   `json:"cases"`
}

// Pushed is one result of the push.
type Pushed struct {
	Rank  int     `json:"rank"` // 1-based
	ID    string  `json:"id"`
	Score float64 `json:"score"`
}

// Case is one selected similar case with its 裁判要点 and the judge's mark.
type Case struct {
	Rank    int      `json:"rank"`
	ID      string   `json:"id"`
	Title   string   `json:"title,omitempty"`
	Court   string   `json:"court,omitempty"`
	CaseNo  string   `json:"case_no,omitempty"`
	Date    string   `json:"date,omitempty"`
	Charges []string `json:"charges,omitempty"`
	Outcome string   `json:"outcome,omitempty"`
	// Points are the 裁判要点: the holding and key reasoning sentences of
	// the stored judgment, quoted, not written by Leian.
	Points []string `json:"points"`
	Mark   Mark     `json:"mark"`
	Reason string   `json:"reason"`
}

// Counts tallies the marks.
func (r *Report) Counts() map[Mark]int {
	m := map[Mark]int{}
	for _, c := range r.Cases {
		m[c.Mark]++
	}
	return m
}

// Selection is a judge's mark on one pushed case.
type Selection struct {
	ID     string `json:"id"`
	Mark   Mark   `json:"mark"`
	Reason string `json:"reason"`
}

// Request is what a judge submits to file a report.
type Request struct {
	CaseNo   string          `json:"case_no"`
	Query    retrieval.Query `json:"query"`
	Pushed   []Pushed        `json:"pushed"`
	Selected []Selection     `json:"selected"`
}

// validate checks a request and returns each selection's pushed rank.
func (r *Request) validate() (map[string]int, error) {
	if strings.TrimSpace(r.Query.Facts) == "" {
		return nil, &InputError{"query.facts", "检索报告须载明检索所用的案件事实"}
	}
	if utf8.RuneCountInString(r.CaseNo) > MaxCaseNoRunes {
		return nil, &InputError{"case_no", fmt.Sprintf("案号过长（超过%d字）", MaxCaseNoRunes)}
	}
	if len(r.Pushed) == 0 {
		return nil, &InputError{"pushed", "没有检索结果：请先推送类案"}
	}
	if len(r.Pushed) > MaxPushed {
		return nil, &InputError{"pushed", fmt.Sprintf("检索结果超过%d件", MaxPushed)}
	}
	ranks := make(map[string]int, len(r.Pushed))
	for i, p := range r.Pushed {
		if strings.TrimSpace(p.ID) == "" {
			return nil, &InputError{fmt.Sprintf("pushed[%d].id", i), "缺少文书编号"}
		}
		if _, dup := ranks[p.ID]; dup {
			return nil, &InputError{fmt.Sprintf("pushed[%d].id", i), "文书 " + p.ID + " 重复出现"}
		}
		if p.Rank != i+1 {
			return nil, &InputError{fmt.Sprintf("pushed[%d].rank", i), fmt.Sprintf("名次应为 %d", i+1)}
		}
		ranks[p.ID] = p.Rank
	}
	if len(r.Selected) == 0 {
		return nil, &InputError{"selected", "请至少选择一件类案并标注参照、参考或不予参照"}
	}
	seen := map[string]bool{}
	for i, s := range r.Selected {
		field := fmt.Sprintf("selected[%d]", i)
		if _, ok := ranks[s.ID]; !ok {
			return nil, &InputError{field + ".id", "文书 " + s.ID + " 不在本次检索结果中"}
		}
		if seen[s.ID] {
			return nil, &InputError{field + ".id", "文书 " + s.ID + " 重复标注"}
		}
		seen[s.ID] = true
		if !s.Mark.valid() {
			return nil, &InputError{field + ".mark", "标注只能是 参照、参考 或 不予参照"}
		}
		n := utf8.RuneCountInString(strings.TrimSpace(s.Reason))
		if n == 0 {
			return nil, &InputError{field + ".reason", "请说明" + string(s.Mark) + "的理由"}
		}
		if n > MaxReasonRunes {
			return nil, &InputError{field + ".reason", fmt.Sprintf("理由过长（超过%d字）", MaxReasonRunes)}
		}
	}
	return ranks, nil
}
