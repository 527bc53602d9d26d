package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"leian/drafting/casereport"
)

// ReportStore keeps 类案检索报告 (casereport.Dir, casereport.Postgres).
type ReportStore interface {
	Save(ctx context.Context, r *casereport.Report) error
	Get(ctx context.Context, id string) (*casereport.Report, error)
	List(ctx context.Context, author string) ([]*casereport.Report, error)
}

// reportRequest is the body of POST /api/v1/reports: the push request as
// it was sent to /similar, the ranked results it returned, and the marks.
type reportRequest struct {
	CaseNo   string                 `json:"case_no"`
	Query    similarRequest         `json:"query"`
	Pushed   []casereport.Pushed    `json:"pushed"`
	Selected []casereport.Selection `json:"selected"`
}

// reportSummary is one line of a judge's report list.
type reportSummary struct {
	ID      string                  `json:"id"`
	CaseNo  string                  `json:"case_no,omitempty"`
	Created time.Time               `json:"created"`
	Pushed  int                     `json:"pushed"`
	Marks   map[casereport.Mark]int `json:"marks"`
}

// createReport files a report from a push and the judge's marks. Each
// selected case is read from the document store, so its 裁判要点 are the
// judgment's own; the audit log ties the report to its push by the query hash.
func (s *Server) createReport(c *gin.Context) {
	var body reportRequest
	if err := decodeJSON(c, &body); err != nil {
		s.writeError(c, err)
		return
	}
	// The query is read as a push reads it, so it hashes as that push did.
	q, err := body.Query.query()
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.Set(queryHashKey, s.queryHash(q))
	req := casereport.Request{CaseNo: body.CaseNo, Query: q, Pushed: body.Pushed, Selected: body.Selected}
	if s.opts.Reports == nil || s.opts.Docs == nil {
		s.writeError(c, fmt.Errorf("search reports: %w", ErrUnavailable))
		return
	}
	p, _ := principal(c)
	who := casereport.Searcher{User: p.User, Role: string(p.Role), Platform: s.opts.Platform}
	rep, err := casereport.Build(c.Request.Context(), s.opts.Docs, who, req, time.Now())
	if err != nil {
		s.writeError(c, reportError(err))
		return
	}
	rep.QueryHash = c.GetString(queryHashKey)
	if err := s.opts.Reports.Save(c.Request.Context(), rep); err != nil {
		s.writeError(c, err)
		return
	}
	if err := s.record(c, reportIDs(rep)); err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusCreated, rep)
}

// listReports lists the caller's own reports, newest first.
func (s *Server) listReports(c *gin.Context) {
	if s.opts.Reports == nil {
		s.writeError(c, fmt.Errorf("search reports: %w", ErrUnavailable))
		return
	}
	p, _ := principal(c)
	reps, err := s.opts.Reports.List(c.Request.Context(), p.User)
	if err != nil {
		s.writeError(c, err)
		return
	}
	out := make([]reportSummary, 0, len(reps))
	ids := make([]string, 0, len(reps))
	for _, r := range reps {
		out = append(out, reportSummary{ID: r.ID, CaseNo: r.CaseNo, Created: r.Created, Pushed: len(r.Pushed), Marks: r.Counts()})
		ids = append(ids, "report:"+r.ID)
	}
	if err := s.record(c, ids); err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"reports": out})
}

// getReport answers one of the caller's reports as JSON, .docx or HTML.
// Another user's report is "not found": its facts are not the caller's to see.
func (s *Server) getReport(format string) gin.HandlerFunc {
	return func(c *gin.Context) {
		if s.opts.Reports == nil {
			s.writeError(c, fmt.Errorf("search reports: %w", ErrUnavailable))
			return
		}
		id := c.Param("id")
		rep, err := s.opts.Reports.Get(c.Request.Context(), id)
		p, _ := principal(c)
		if err == nil && rep.Author != p.User {
			err = fmt.Errorf("report %s of another user: %w", id, casereport.ErrNotFound)
		}
		if err != nil {
			s.writeError(c, reportError(err))
			return
		}
		var body []byte
		var ctype string
		switch format {
		case "docx":
			body, err = casereport.DOCX(rep)
			ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
		case "html":
			body, err = casereport.HTML(rep)
			ctype = "text/html; charset=utf-8"
		}
		if err != nil {
			s.writeError(c, err)
			return
		}
		if err := s.record(c, reportIDs(rep)); err != nil {
			s.writeError(c, err)
			return
		}
		if format == "json" {
			c.JSON(http.StatusOK, rep)
			return
		}
		c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="leian-report-%s.%s"`, rep.ID, format))
		if format == "html" {
			// The exported page is a document, not part of the app: no script runs in it.
			c.Header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
		}
		c.Data(http.StatusOK, ctype, body)
	}
}

func reportIDs(r *casereport.Report) []string {
	ids := []string{"report:" + r.ID}
	for _, c := range r.Cases {
		ids = append(ids, c.ID)
	}
	return ids
}

// reportError maps the report package's errors onto the API's.
func reportError(err error) error {
	var ie *casereport.InputError
	switch {
	case errors.As(err, &ie):
		return invalid(ie.Field, ie.Message)
	case errors.Is(err, casereport.ErrNotFound):
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	return err
}
