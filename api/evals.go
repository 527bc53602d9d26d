package api

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"leian/evals"
)

type evalsResponse struct {
	Results []evals.Result `json:"results"`
}

// evals answers GET /api/v1/evals with the latest result of each suite.
func (s *Server) evals(c *gin.Context) {
	if s.opts.Evals == nil {
		s.writeError(c, fmt.Errorf("evaluation results: %w", ErrUnavailable))
		return
	}
	rs, err := s.opts.Evals.Latest(c.Request.Context())
	if err != nil {
		s.writeError(c, fmt.Errorf("evaluation results: %w", err))
		return
	}
	if rs == nil {
		rs = []evals.Result{}
	}
	c.JSON(http.StatusOK, evalsResponse{Results: rs})
}
