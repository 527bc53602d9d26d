package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"leian/corpus"
	"leian/drafting/deviation"
)

// DeviationChecker checks proposed outcomes (drafting/deviation.Checker).
type DeviationChecker interface {
	FromProposal(ctx context.Context, p deviation.Proposal) (deviation.Input, error)
	FromText(text string) (deviation.Input, error)
	FromDocument(doc *corpus.Document) (deviation.Input, error)
	Check(ctx context.Context, in deviation.Input) (*deviation.Report, error)
}

// deviationRequest is the body of POST /api/v1/deviation: a proposed
// outcome typed in, a judgment or draft text, or a stored document.
type deviationRequest struct {
	deviation.Proposal
	Text  string `json:"text"`
	DocID string `json:"doc_id"`
}

type deviationResponse struct {
	RequestID string `json:"request_id"`
	*deviation.Report
	TookMS int64 `json:"took_ms"`
}

func (s *Server) deviation(c *gin.Context) {
	start := time.Now()
	var req deviationRequest
	if err := decodeJSON(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	c.Set(queryHashKey, s.deviationHash(req))
	if s.opts.Deviation == nil {
		s.writeError(c, fmt.Errorf("deviation check: %w", ErrUnavailable))
		return
	}
	in, err := s.deviationInput(c, req)
	if err != nil {
		s.writeError(c, deviationError(err))
		return
	}
	rep, err := s.opts.Deviation.Check(c.Request.Context(), in)
	if err != nil {
		s.writeError(c, deviationError(fmt.Errorf("deviation check: %w", err)))
		return
	}
	var ids []string
	for _, sc := range rep.Similar.Cases {
		if sc.Comparable {
			ids = append(ids, sc.ID)
		}
	}
	for _, a := range rep.Alerts {
		ids = append(ids, "alert:"+a.Code)
	}
	if err := s.record(c, ids); err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, deviationResponse{RequestID: requestID(c), Report: rep, TookMS: time.Since(start).Milliseconds()})
}

// deviationInput reads the one source the request names.
func (s *Server) deviationInput(c *gin.Context, req deviationRequest) (deviation.Input, error) {
	given := 0
	for _, set := range []bool{strings.TrimSpace(req.Text) != "", strings.TrimSpace(req.DocID) != "", strings.TrimSpace(req.Facts) != "" || len(req.Charges) > 0} {
		if set {
			given++
		}
	}
	switch {
	case given == 0:
		return deviation.Input{}, invalid("facts", "请填写案件事实和拟判结果，或提交文书全文（text）或文书编号（doc_id）")
	case given > 1:
		return deviation.Input{}, invalid("text", "案件事实、文书全文（text）和文书编号（doc_id）只能提交其一")
	case req.Text != "":
		return s.opts.Deviation.FromText(req.Text)
	case req.DocID != "":
		if s.opts.Docs == nil {
			return deviation.Input{}, fmt.Errorf("document store: %w", ErrUnavailable)
		}
		doc, err := s.opts.Docs.Get(c.Request.Context(), strings.TrimSpace(req.DocID))
		if err != nil {
			return deviation.Input{}, fmt.Errorf("document %q: %w", clip(req.DocID, 40), err)
		}
		return s.opts.Deviation.FromDocument(doc)
	}
	return s.opts.Deviation.FromProposal(c.Request.Context(), req.Proposal)
}

// deviationError turns the check's refusals into the API's field errors.
func deviationError(err error) error {
	var ie *deviation.InputError
	if errors.As(err, &ie) {
		return invalid(ie.Field, ie.Message)
	}
	return err
}

// deviationHash names a request in the audit log without revealing it.
func (s *Server) deviationHash(req deviationRequest) string {
	b, _ := json.Marshal(req) // strings, numbers and slices only: it always encodes
	return s.hashRequest(b)
}
