package api

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"leian/retrieval"
)

// similarRequest is the body of POST /api/v1/similar.
type similarRequest struct {
	Facts    string         `json:"facts"`
	Charges  []string       `json:"charges"`
	Articles []string       `json:"articles"`
	Filters  similarFilters `json:"filters"`
	K        int            `json:"k"`
}

type similarFilters struct {
	Court     string `json:"court"`
	YearFrom  int    `json:"year_from"`
	YearTo    int    `json:"year_to"`
	Procedure string `json:"procedure"`
	DocType   string `json:"doc_type"`
	CaseType  string `json:"case_type"`
}

// similarResponse is the push: similar cases with reasons, and the rules
// that apply. RulesNote says, in Chinese, why Rules is empty when the rule
// library could not answer.
type similarResponse struct {
	RequestID string             `json:"request_id"`
	Cases     []retrieval.Result `json:"cases"`
	Rules     []RuleHit          `json:"rules"`
	RulesNote string             `json:"rules_note,omitempty"`
	TookMS    int64              `json:"took_ms"`
}

func (s *Server) similar(c *gin.Context) {
	start := time.Now()
	var req similarRequest
	if err := decodeJSON(c, &req); err != nil {
		s.writeError(c, err)
		return
	}
	q, err := req.query()
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.Set(queryHashKey, s.queryHash(q))
	if s.opts.Cases == nil {
		s.writeError(c, fmt.Errorf("similar-case search: %w", ErrUnavailable))
		return
	}
	ctx := c.Request.Context()
	cases, err := s.opts.Cases.Search(ctx, q)
	if ctx.Err() != nil {
		// The client left: nothing was shown, and the audit line says so.
		s.writeError(c, fmt.Errorf("similar-case search: %w", ErrCanceled))
		return
	}
	if err != nil {
		s.writeError(c, fmt.Errorf("similar-case search: %w", err))
		return
	}
	resp := similarResponse{RequestID: requestID(c), Cases: cases, Rules: []RuleHit{}}
	if resp.Cases == nil {
		resp.Cases = []retrieval.Result{}
	}
	resp.Rules, resp.RulesNote = s.applicableRules(c, q, cases)
	if ctx.Err() != nil {
		s.writeError(c, fmt.Errorf("applicable rules: %w", ErrCanceled))
		return
	}
	if err := s.record(c, resultIDs(cases, resp.Rules)); err != nil {
		s.writeError(c, err)
		return
	}
	resp.TookMS = time.Since(start).Milliseconds()
	c.JSON(http.StatusOK, resp)
}

// applicableRules asks the rule library; the push still answers when the
// library is missing or fails, saying so instead of hiding the cases.
func (s *Server) applicableRules(c *gin.Context, q retrieval.Query, cases []retrieval.Result) ([]RuleHit, string) {
	if s.opts.Rules == nil {
		return []RuleHit{}, "法律规则库尚未配置"
	}
	rules, err := s.opts.Rules.Applicable(c.Request.Context(), q, cases)
	if err != nil {
		s.opts.Log.Error("rule library failed", "request_id", requestID(c), "err", err)
		return []RuleHit{}, "法律规则库暂时不可用"
	}
	if rules == nil {
		rules = []RuleHit{}
	}
	return rules, ""
}

// queryHasher is an audit log that keys query hashes with the
// installation's secret (audit.Log).
type queryHasher interface {
	QueryHMAC(query []byte) string
}

// queryHash names a query in the audit log without revealing it: an HMAC
// under the installation's secret, so equal facts do not hash alike across
// courts and cannot be confirmed by hashing a guess without the secret.
func (s *Server) queryHash(q retrieval.Query) string {
	b, _ := json.Marshal(q) // a Query holds only strings, slices and ints: it always encodes
	return s.hashRequest(b)
}

// hashRequest is the audit log's name for any request body (a push, a
// text to check, a case to draft): the installation's HMAC of it.
func (s *Server) hashRequest(b []byte) string {
	if h, ok := s.opts.Audit.(queryHasher); ok {
		return h.QueryHMAC(b)
	}
	m := hmac.New(sha256.New, s.key)
	m.Write(b)
	return hex.EncodeToString(m.Sum(nil))
}

func resultIDs(cases []retrieval.Result, rules []RuleHit) []string {
	ids := make([]string, 0, len(cases)+len(rules))
	for _, r := range cases {
		ids = append(ids, r.ID)
	}
	for _, r := range rules {
		ids = append(ids, "rule:"+r.Ref)
	}
	return ids
}
