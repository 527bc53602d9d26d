package api

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"leian/corpus/forms"
	"leian/drafting/draft"
	"leian/retrieval"
)

// formRequest is the body of POST /api/v1/form: a complaint or judgment
// text, or a stored document, and optionally the form type.
type formRequest struct {
	Text  string `json:"text"`
	DocID string `json:"doc_id"`
	Type  string `json:"type"`
}

type formResponse struct {
	RequestID string      `json:"request_id"`
	Form      *forms.Form `json:"form"`
	Text      string      `json:"text"` // the text the spans point into
	Types     []formType  `json:"types"`
	TookMS    int64       `json:"took_ms"`
}

type formType struct {
	Type string `json:"type"`
	Name string `json:"name"`
}

func (s *Server) form(c *gin.Context) {
	start := time.Now()
	var req formRequest
	if err := decodeJSON(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	c.Set(queryHashKey, s.hashRequest([]byte(req.DocID+"\x00"+req.Text)))
	text, err := s.caseText(c, req.Text, req.DocID)
	if err != nil {
		s.writeError(c, err)
		return
	}
	f, err := forms.Fill(text, req.Type)
	if err != nil {
		s.writeError(c, formError(err))
		return
	}
	f.DocID = req.DocID
	if err := s.record(c, []string{"form:" + f.Type}); err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, formResponse{RequestID: requestID(c), Form: f, Text: text, Types: formTypes(), TookMS: time.Since(start).Milliseconds()})
}

// caseText is the request's text, or the stored document's.
func (s *Server) caseText(c *gin.Context, text, docID string) (string, error) {
	switch {
	case docID != "" && strings.TrimSpace(text) != "":
		return "", invalid("text", "请只提供文书全文或文书编号之一")
	case docID != "":
		if s.opts.Docs == nil {
			return "", fmt.Errorf("documents: %w", ErrUnavailable)
		}
		d, err := s.opts.Docs.Get(c.Request.Context(), docID)
		if err != nil {
			return "", fmt.Errorf("doc_id %s: %w", docID, err)
		}
		return d.Text, nil
	case strings.TrimSpace(text) == "":
		return "", invalid("text", "请粘贴起诉状或裁判文书全文，或填写库中文书编号")
	case utf8.RuneCountInString(text) > forms.MaxRunes:
		return "", invalid("text", fmt.Sprintf("文本过长（超过%d字）", forms.MaxRunes))
	}
	return text, nil
}

func formError(err error) error {
	switch {
	case errors.Is(err, forms.ErrUnsupported):
		return invalid("type", "暂无该案件类型的要素表；支持：民间借贷纠纷、机动车交通事故责任纠纷、劳动争议、盗窃和诈骗（刑事）")
	case errors.Is(err, forms.ErrNotJudgment):
		return invalid("text", "该文本不像起诉状、起诉书或裁判文书（没有当事人、诉讼请求、指控或事实）")
	case errors.Is(err, forms.ErrInvalid):
		field := "form"
		if i := strings.Index(err.Error(), ":"); i > 0 {
			field = "form." + err.Error()[:i]
		}
		return invalid(field, "要素表内容有误："+err.Error())
	}
	return err
}

func formTypes() []formType {
	ts, _ := forms.Types()
	out := make([]formType, 0, len(ts))
	for _, t := range ts {
		out = append(out, formType{t.Type, t.Name})
	}
	return out
}

// formApplyRequest is the body of POST /api/v1/form/apply: the form as the
// judge corrected it, and what to do with it.
type formApplyRequest struct {
	Form   *forms.Form `json:"form"`
	Action string      `json:"action"` // "similar" or "draft"
	K      int         `json:"k"`
}

type formApplyResponse struct {
	RequestID string             `json:"request_id"`
	Form      *forms.Form        `json:"form"`
	Statement string             `json:"statement"` // the facts the form states, as the push and drafter read them
	Similar   []retrieval.Result `json:"similar,omitempty"`
	Draft     *draft.Draft       `json:"draft,omitempty"`
	TookMS    int64              `json:"took_ms"`
}

// formApply runs the similar-case push or the drafter on the corrected
// form: its statement is the query's facts, its charges the query's.
func (s *Server) formApply(c *gin.Context) {
	start := time.Now()
	var req formApplyRequest
	if err := decodeJSON(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	f, err := forms.Corrected(req.Form)
	if err != nil {
		s.writeError(c, formError(err))
		return
	}
	t, _ := forms.Lookup(f.Type)
	st := f.Statement()
	c.Set(queryHashKey, s.hashRequest([]byte(f.DocID+"\x00"+st)))
	resp := formApplyResponse{RequestID: requestID(c), Form: f, Statement: st}
	var ids []string
	switch req.Action {
	case "similar":
		if s.opts.Cases == nil {
			s.writeError(c, fmt.Errorf("similar-case push: %w", ErrNotReady))
			return
		}
		k := req.K
		if k <= 0 || k > 50 {
			k = 10
		}
		q := retrieval.Query{Facts: st, Charges: f.Charges(), Filter: retrieval.Filter{CaseType: t.CaseType}, K: k}
		if f.DocID != "" {
			q.ExcludeIDs = []string{f.DocID}
		}
		if resp.Similar, err = s.opts.Cases.Search(c.Request.Context(), q); err != nil {
			s.writeError(c, fmt.Errorf("similar-case push: %w", err))
			return
		}
		for _, r := range resp.Similar {
			ids = append(ids, r.ID)
		}
	case "draft":
		if s.opts.Drafter == nil {
			s.writeError(c, fmt.Errorf("drafting: %w", ErrUnavailable))
			return
		}
		if t.DraftKind == "" {
			s.writeError(c, invalid("action", "该案件类型暂无文书模板（支持民间借贷、刑事案件）；可先推送类案参考"))
			return
		}
		d, err := s.opts.Drafter.Draft(c.Request.Context(), f.DocID, draft.Request{Facts: st, Kind: t.DraftKind, Charges: f.Charges()})
		var ie *draft.InputError
		if errors.As(err, &ie) {
			s.writeError(c, invalid("form", ie.Message))
			return
		}
		if err != nil {
			s.writeError(c, fmt.Errorf("drafting: %w", err))
			return
		}
		resp.Draft = d
		for _, r := range d.Similar {
			ids = append(ids, r.ID)
		}
	default:
		s.writeError(c, invalid("action", "action 只能是 similar（推送类案）或 draft（生成文书）"))
		return
	}
	if err := s.record(c, append([]string{"form:" + f.Type}, ids...)); err != nil {
		s.writeError(c, err)
		return
	}
	resp.TookMS = time.Since(start).Milliseconds()
	c.JSON(http.StatusOK, resp)
}
