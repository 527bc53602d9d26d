package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"leian/drafting/batch"
)

// DocketGrouper groups pending cases by elements and facts (drafting/batch.Grouper).
type DocketGrouper interface {
	Group(ctx context.Context, cs []batch.Case, o batch.Options) (*batch.Result, error)
}

// batchRequest is the body of POST /api/v1/batch and /batch/draft: stored
// documents by id and pasted cases; Model names the model case to draft
// the others from.
type batchRequest struct {
	DocIDs    []string     `json:"doc_ids"`
	Cases     []batch.Case `json:"cases"`
	Threshold float64      `json:"threshold"`
	Model     string       `json:"model"`
}

type batchResponse struct {
	RequestID string              `json:"request_id"`
	Result    *batch.Result       `json:"result,omitempty"`
	Drafts    []batch.MemberDraft `json:"drafts,omitempty"`
}

// cases reads the request's cases: stored documents first, then pasted ones.
func (s *Server) batchCases(c *gin.Context, req batchRequest) ([]batch.Case, error) {
	if len(req.DocIDs)+len(req.Cases) == 0 {
		return nil, invalid("doc_ids", "待处理案件为空：请填写库中文书编号或粘贴案件文本")
	}
	if n := len(req.DocIDs) + len(req.Cases); n > batch.MaxCases {
		return nil, invalid("doc_ids", fmt.Sprintf("一次最多处理%d件案件，本次%d件", batch.MaxCases, n))
	}
	var out []batch.Case
	for i, id := range req.DocIDs {
		id = strings.TrimSpace(id)
		if s.opts.Docs == nil {
			return nil, fmt.Errorf("documents: %w", ErrUnavailable)
		}
		d, err := s.opts.Docs.Get(c.Request.Context(), id)
		if err != nil {
			return nil, fmt.Errorf("doc_ids[%d] %s: %w", i, id, err)
		}
		out = append(out, batch.Case{ID: id, Text: d.Text})
	}
	return append(out, req.Cases...), nil
}

func batchError(err error) error {
	var ie *batch.ItemError
	if errors.As(err, &ie) {
		if ie.Item == "" {
			return invalid("cases", ie.Message)
		}
		return invalid("cases", "案件「"+ie.Item+"」："+ie.Message)
	}
	return err
}

func (s *Server) batchGroup(c *gin.Context) {
	var req batchRequest
	if err := decodeJSON(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	if req.Threshold < 0 || req.Threshold > 1 {
		s.writeError(c, invalid("threshold", "合并阈值应在 0 到 1 之间"))
		return
	}
	cases, err := s.batchCases(c, req)
	if err != nil {
		s.writeError(c, err)
		return
	}
	s.hashCases(c, cases)
	if s.opts.Batch == nil {
		s.writeError(c, fmt.Errorf("batch grouping: %w", ErrUnavailable))
		return
	}
	res, err := s.opts.Batch.Group(c.Request.Context(), cases, batch.Options{Threshold: req.Threshold})
	if err != nil {
		s.writeError(c, batchError(err))
		return
	}
	var ids []string
	for _, cl := range res.Clusters {
		ids = append(ids, cl.Model)
	}
	if err := s.record(c, ids); err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, batchResponse{RequestID: requestID(c), Result: res})
}

// batchDraft drafts every case but the model from the model case.
func (s *Server) batchDraft(c *gin.Context) {
	var req batchRequest
	if err := decodeJSON(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	cases, err := s.batchCases(c, req)
	if err != nil {
		s.writeError(c, err)
		return
	}
	s.hashCases(c, cases)
	var model *batch.Case
	var members []batch.Case
	for i := range cases {
		if cases[i].ID == req.Model {
			model = &cases[i]
		} else {
			members = append(members, cases[i])
		}
	}
	if model == nil {
		s.writeError(c, invalid("model", "请从本批案件中选定范本案件"))
		return
	}
	if s.opts.Drafter == nil {
		s.writeError(c, fmt.Errorf("drafting: %w", ErrUnavailable))
		return
	}
	stored := map[string]bool{}
	for _, id := range req.DocIDs {
		stored[strings.TrimSpace(id)] = true
	}
	ds, err := batch.DraftFrom(c.Request.Context(), s.opts.Drafter, func(id string) bool { return stored[id] }, *model, members)
	if err != nil {
		s.writeError(c, batchError(err))
		return
	}
	ids := []string{"model:" + model.ID}
	for _, d := range ds {
		ids = append(ids, d.ID)
	}
	if err := s.record(c, ids); err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, batchResponse{RequestID: requestID(c), Drafts: ds})
}

// hashCases sets the audit line's query hash over every case's id and text.
func (s *Server) hashCases(c *gin.Context, cases []batch.Case) {
	var b strings.Builder
	for _, cs := range cases {
		b.WriteString(cs.ID + "\x00" + cs.Text + "\x00")
	}
	c.Set(queryHashKey, s.hashRequest([]byte(b.String())))
}
