package api

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"leian/drafting/sentencing"
)

// Sentencer recommends a sentence with its reasoning (sentencing.Estimator).
type Sentencer interface {
	Estimate(ctx context.Context, c sentencing.Case) (sentencing.Recommendation, error)
}

// sentencingRequest is the body of POST /api/v1/sentencing.
type sentencingRequest struct {
	Facts   string   `json:"facts"`
	Charges []string `json:"charges"`
	Court   string   `json:"court"`
	DocID   string   `json:"doc_id"` // the stored document the facts come from, left out of the similar cases
}

type sentencingResponse struct {
	RequestID      string                    `json:"request_id"`
	Recommendation sentencing.Recommendation `json:"recommendation"`
	TookMS         int64                     `json:"took_ms"`
}

func (s *Server) sentencing(c *gin.Context) {
	start := time.Now()
	var req sentencingRequest
	if err := decodeJSON(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	c.Set(queryHashKey, s.hashRequest([]byte(req.Facts+"\x00"+strings.Join(req.Charges, ";")+"\x00"+req.Court)))
	if len(req.Court) > 200 {
		s.writeError(c, invalid("court", "法院名称过长"))
		return
	}
	if s.opts.Sentencing == nil {
		s.writeError(c, fmt.Errorf("sentencing: %w", ErrUnavailable))
		return
	}
	sc := sentencing.Case{Facts: req.Facts, Charges: req.Charges, Court: req.Court}
	if req.DocID != "" {
		sc.Exclude = []string{req.DocID}
	}
	rec, err := s.opts.Sentencing.Estimate(c.Request.Context(), sc)
	if fe, ok := sentencing.IsFieldError(err); ok {
		s.writeError(c, invalid(fe.Field, fe.Reason))
		return
	}
	if err != nil {
		s.writeError(c, fmt.Errorf("sentencing: %w", err))
		return
	}
	var ids []string
	for _, n := range rec.Similar.Cases {
		ids = append(ids, n.ID)
	}
	if err := s.record(c, ids); err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, sentencingResponse{RequestID: requestID(c), Recommendation: rec, TookMS: time.Since(start).Milliseconds()})
}
