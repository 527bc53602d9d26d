package api

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// evalRun is the newest run of one suite, without its per-item scores.
type evalRun struct {
	ID        string                        `json:"id"`
	Suite     string                        `json:"suite"`
	N         int                           `json:"n"`
	Metrics   map[string]float64            `json:"metrics"`
	Baselines map[string]map[string]float64 `json:"baselines,omitempty"`
	Limit     int                           `json:"limit,omitempty"`
	Commit    string                        `json:"commit"`
	Started   time.Time                     `json:"started"`
	Duration  float64                       `json:"duration_seconds"`
}

type evalsResponse struct {
	Runs []evalRun `json:"runs"`
}

// evals answers GET /api/v1/evals with the newest run of each suite.
func (s *Server) evals(c *gin.Context) {
	if s.opts.Evals == nil {
		s.writeError(c, fmt.Errorf("evaluation runs: %w", ErrUnavailable))
		return
	}
	recs, err := s.opts.Evals.List()
	if err != nil {
		s.writeError(c, fmt.Errorf("evaluation runs: %w", err))
		return
	}
	latest := map[string]evalRun{}
	for _, r := range recs { // oldest first, so later runs replace earlier ones
		latest[r.Suite] = evalRun{ID: r.ID, Suite: r.Suite, N: r.N, Metrics: r.Metrics, Baselines: r.Baselines,
			Limit: r.Limit, Commit: r.Commit, Started: r.Started, Duration: r.Duration}
	}
	resp := evalsResponse{Runs: make([]evalRun, 0, len(latest))}
	for _, run := range latest {
		resp.Runs = append(resp.Runs, run)
	}
	slices.SortFunc(resp.Runs, func(a, b evalRun) int { return strings.Compare(a.Suite, b.Suite) })
	c.JSON(http.StatusOK, resp)
}
