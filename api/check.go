package api

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"leian/drafting/check"
)

// Checker checks a judgment's text (drafting/check.Checker).
type Checker interface {
	Check(ctx context.Context, text string) (*check.Report, error)
}

// checkRequest is the body of POST /api/v1/check: exactly one of text, a
// stored document's id, or a file (.txt in UTF-8 or GBK, .docx) in base64.
type checkRequest struct {
	Text  string     `json:"text"`
	DocID string     `json:"doc_id"`
	File  *checkFile `json:"file"`
}

type checkFile struct {
	Name string `json:"name"`
	Data string `json:"data"` // base64
}

// checkResponse carries the text that was checked, so the page can mark
// the findings in it whatever the input was.
type checkResponse struct {
	RequestID string        `json:"request_id"`
	Text      string        `json:"text"`
	Report    *check.Report `json:"report"`
	TookMS    int64         `json:"took_ms"`
}

func (s *Server) check(c *gin.Context) {
	start := time.Now()
	var req checkRequest
	if err := decodeJSON(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	text, err := s.checkText(c, req)
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.Set(queryHashKey, s.hashRequest([]byte(text)))
	if s.opts.Checker == nil {
		s.writeError(c, fmt.Errorf("judgment checker: %w", ErrUnavailable))
		return
	}
	rep, err := s.opts.Checker.Check(c.Request.Context(), text)
	switch {
	case errors.Is(err, check.ErrEmpty), errors.Is(err, check.ErrTooLarge), errors.Is(err, check.ErrEncoding):
		s.writeError(c, invalid("text", "无法检查："+err.Error()))
		return
	case err != nil:
		s.writeError(c, fmt.Errorf("judgment checker: %w", err))
		return
	}
	ids := make([]string, 0, len(rep.Findings))
	for _, f := range rep.Findings {
		ids = append(ids, fmt.Sprintf("%s@%d-%d", f.Code, f.RuneStart, f.RuneEnd))
	}
	if err := s.record(c, ids); err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, checkResponse{RequestID: requestID(c), Text: text, Report: rep, TookMS: time.Since(start).Milliseconds()})
}

// checkText reads the one input the request gives.
func (s *Server) checkText(c *gin.Context, req checkRequest) (string, error) {
	given := 0
	for _, ok := range []bool{req.Text != "", req.DocID != "", req.File != nil} {
		if ok {
			given++
		}
	}
	if given != 1 {
		return "", invalid("text", "请只提供一项：文书文本（text）、文书编号（doc_id）或文件（file）")
	}
	switch {
	case req.DocID != "":
		if s.opts.Docs == nil {
			return "", fmt.Errorf("document store: %w", ErrUnavailable)
		}
		d, err := s.opts.Docs.Get(c.Request.Context(), req.DocID)
		if err != nil {
			return "", err
		}
		return d.Text, nil
	case req.File != nil:
		b, err := base64.StdEncoding.DecodeString(req.File.Data)
		if err != nil {
			return "", invalid("file.data", "文件内容须为 base64 编码")
		}
		name := req.File.Name
		if name == "" || strings.ContainsAny(name, "/\\") {
			name = "upload.txt"
		}
		text, err := check.Decode(name, b)
		if err != nil {
			return "", invalid("file", "无法读取文件："+err.Error())
		}
		return text, nil
	}
	return req.Text, nil
}

// checkFeedback is the body of POST /api/v1/check/feedback: the user's
// decision on one finding of an earlier check.
type checkFeedback struct {
	RequestID string `json:"request_id"`
	Code      string `json:"code"`
	RuneStart int    `json:"rune_start"`
	RuneEnd   int    `json:"rune_end"`
	Action    string `json:"action"` // accept or dismiss
}

// checkFeedbackAction records an accepted or dismissed finding in the audit
// log with the user; nothing of the text is stored.
func (s *Server) checkFeedbackAction(c *gin.Context) {
	var fb checkFeedback
	if err := decodeJSON(c, &fb); err != nil {
		s.writeError(c, err)
		return
	}
	if fb.Action != "accept" && fb.Action != "dismiss" {
		s.writeError(c, invalid("action", "action 须为 accept 或 dismiss"))
		return
	}
	if fb.Code == "" || len(fb.Code) > 64 || fb.RuneStart < 0 || fb.RuneEnd < fb.RuneStart || len(fb.RequestID) > 64 {
		s.writeError(c, invalid("code", "须给出发现的代码和位置"))
		return
	}
	ids := []string{fmt.Sprintf("%s:%s@%d-%d", fb.Action, fb.Code, fb.RuneStart, fb.RuneEnd)}
	if fb.RequestID != "" {
		ids = append(ids, "check_request:"+fb.RequestID)
	}
	if err := s.record(c, ids); err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"request_id": requestID(c), "recorded": fb.Action})
}
