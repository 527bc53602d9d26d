package api

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"leian/corpus/anonymize"
)

// anonymizeResponse is the anonymised text and its redaction list; the
// original is not sent back, so a response can be stored or forwarded.
type anonymizeResponse struct {
	RequestID  string                 `json:"request_id"`
	Text       string                 `json:"text"`
	Redactions []anonymize.Redaction  `json:"redactions"`
	Counts     map[anonymize.Kind]int `json:"counts"`
	Kept       []anonymize.Kept       `json:"kept,omitempty"`
	Persons    int                    `json:"persons"`
	TookMS     int64                  `json:"took_ms"`
}

// anonymize answers POST /api/v1/anonymize: {"text"}, {"doc_id"} or
// {"file"} as for /check. The audit line holds the keyed hash of the
// input and the counts per kind, never a name or number.
func (s *Server) anonymize(c *gin.Context) {
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
	res, err := anonymize.Anonymize(text, anonymize.Options{})
	switch {
	case errors.Is(err, anonymize.ErrEmpty), errors.Is(err, anonymize.ErrTooLarge), errors.Is(err, anonymize.ErrEncoding):
		s.writeError(c, invalid("text", "无法隐名处理："+err.Error()))
		return
	case err != nil:
		s.writeError(c, fmt.Errorf("anonymize: %w", err))
		return
	}
	ids := make([]string, 0, len(res.Counts)+1)
	for _, k := range anonymize.Kinds() {
		if n := res.Counts[k]; n > 0 {
			ids = append(ids, fmt.Sprintf("%s:%d", k, n))
		}
	}
	ids = append(ids, fmt.Sprintf("persons:%d", res.Persons))
	if err := s.record(c, ids); err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, anonymizeResponse{RequestID: requestID(c), Text: res.Text, Redactions: res.Redactions,
		Counts: res.Counts, Kept: res.Kept, Persons: res.Persons, TookMS: time.Since(start).Milliseconds()})
}
