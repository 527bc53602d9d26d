package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"leian/drafting/check"
	"leian/drafting/draft"
	"leian/retrieval"
)

// JudgmentDrafter drafts a judgment from facts, or from the stored
// document docID (its facts, its own case kept out of retrieval).
type JudgmentDrafter interface {
	Draft(ctx context.Context, docID string, r draft.Request) (*draft.Draft, error)
}

// draftRequest is the body of POST /api/v1/draft.
type draftRequest struct {
	DocID   string       `json:"doc_id"`
	Facts   string       `json:"facts"`
	Charges []string     `json:"charges"`
	Kind    string       `json:"kind"`
	Header  draft.Header `json:"header"`
}

type draftResponse struct {
	RequestID string       `json:"request_id"`
	Draft     *draft.Draft `json:"draft"`
	// Check is the judgment checker's report on the draft, run before the
	// draft is shown; nil when no checker is configured.
	Check  *check.Report `json:"check,omitempty"`
	TookMS int64         `json:"took_ms"`
}

// draftErrorBody is a refused draft that still offers similar cases (a
// civil case with no template).
type draftErrorBody struct {
	Error   errorDetail        `json:"error"`
	Similar []retrieval.Result `json:"similar"`
}

func (s *Server) draft(c *gin.Context) {
	start := time.Now()
	var req draftRequest
	if err := decodeJSON(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	if req.DocID == "" && strings.TrimSpace(req.Facts) == "" {
		s.writeError(c, invalid("facts", "请填写案件事实，或指定已入库文书（doc_id）"))
		return
	}
	if utf8.RuneCountInString(req.Facts) > maxFactsRunes {
		s.writeError(c, invalid("facts", fmt.Sprintf("案件事实过长（超过%d字），请精简后重试", maxFactsRunes)))
		return
	}
	if req.Kind != "" && req.Kind != draft.KindCriminal && req.Kind != draft.KindLoan {
		s.writeError(c, invalid("kind", "文书类型只能是 criminal（刑事）或 loan（民间借贷）"))
		return
	}
	c.Set(queryHashKey, s.hashRequest([]byte(req.DocID+"\x00"+req.Facts+"\x00"+strings.Join(req.Charges, "、"))))
	if s.opts.Drafter == nil {
		s.writeError(c, fmt.Errorf("drafting: %w", ErrUnavailable))
		return
	}
	d, err := s.opts.Drafter.Draft(c.Request.Context(), req.DocID, draft.Request{Facts: req.Facts, Charges: req.Charges, Kind: req.Kind, Header: req.Header})
	var ie *draft.InputError
	if errors.As(err, &ie) {
		s.auditFailure(c, http.StatusUnprocessableEntity)
		c.AbortWithStatusJSON(http.StatusUnprocessableEntity, draftErrorBody{
			Error:   errorDetail{Code: "invalid_input", Message: ie.Message, Field: ie.Field, RequestID: requestID(c)},
			Similar: nonNil(ie.Similar),
		})
		return
	}
	if err != nil {
		s.writeError(c, fmt.Errorf("drafting: %w", err))
		return
	}
	ids := make([]string, 0, len(d.Similar)+len(d.Articles))
	for _, r := range d.Similar {
		ids = append(ids, r.ID)
	}
	for _, a := range d.Articles {
		ids = append(ids, "rule:"+a.Law+a.Label)
	}
	if err := s.record(c, ids); err != nil {
		s.writeError(c, err)
		return
	}
	resp := draftResponse{RequestID: requestID(c), Draft: d}
	if s.opts.Checker != nil {
		// A draft that cannot be checked is still shown; the UI says it was not checked.
		if rep, err := s.opts.Checker.Check(c.Request.Context(), d.Plain()); err == nil {
			resp.Check = rep
		} else {
			slog.Warn("checking a draft failed", "err", err)
		}
	}
	resp.TookMS = time.Since(start).Milliseconds()
	c.JSON(http.StatusOK, resp)
}

func nonNil(rs []retrieval.Result) []retrieval.Result {
	if rs == nil {
		return []retrieval.Result{}
	}
	return rs
}

// docxRequest is an edited draft to export: its sections' final texts.
type docxRequest struct {
	Title    string `json:"title"`
	Sections []struct {
		Key  string `json:"key"`
		Text string `json:"text"`
	} `json:"sections"`
	Articles []draft.Article `json:"articles"`
}

// draftDocx turns an edited draft into a Word document.
func (s *Server) draftDocx(c *gin.Context) {
	var req docxRequest
	if err := decodeJSON(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	if len(req.Sections) == 0 {
		s.writeError(c, invalid("sections", "没有可导出的文书内容"))
		return
	}
	d := &draft.Draft{Title: req.Title, Articles: req.Articles}
	for i, sec := range req.Sections {
		if sec.Key == "" {
			s.writeError(c, invalid(fmt.Sprintf("sections[%d].key", i), "缺少段落标识"))
			return
		}
		d.Sections = append(d.Sections, draft.Section{Key: sec.Key, Sentences: []draft.Sentence{{Text: sec.Text, Source: "edited"}}})
	}
	b, err := draft.DOCX(d)
	if err != nil {
		s.writeError(c, fmt.Errorf("docx: %w", err))
		return
	}
	if err := s.record(c, nil); err != nil {
		s.writeError(c, err)
		return
	}
	c.Header("Content-Disposition", `attachment; filename="draft.docx"`)
	c.Data(http.StatusOK, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b)
}
