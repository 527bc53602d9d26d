package api

import (
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"runtime"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"

	"leian/api/audit"
	"leian/api/auth"
)

const (
	principalKey = "leian.principal"
	auditedKey   = "leian.audited"
	queryHashKey = "leian.query_hmac"
)

// feature is a group of routes sharing one access rule.
type feature string

const (
	featureSimilar    feature = "similar"    // similar-case push
	featureDocs       feature = "docs"       // stored judgments
	featureLaw        feature = "law"        // citation lookup
	featureEvals      feature = "evals"      // evaluation results
	featureCheck      feature = "check"      // judgment checking (智能纠错)
	featureDraft      feature = "draft"      // judgment drafting
	featureSentencing feature = "sentencing" // sentencing recommendations
	featureDeviation  feature = "deviation"  // 裁判偏离度预警
	featureReport     feature = "report"     // 类案检索报告
	featureForm       feature = "form"       // 要素式审判: element forms
	featureBatch      feature = "batch"      // 类案批量智审
	featureAnonymize  feature = "anonymize"  // 上网文书隐名
)

func features() []feature {
	return []feature{featureSimilar, featureDocs, featureLaw, featureEvals, featureCheck, featureDraft, featureSentencing, featureDeviation, featureReport, featureForm, featureBatch, featureAnonymize}
}

// roles is the least-privilege table: who may use each feature.
func (f feature) roles() []auth.Role {
	switch f {
	case featureSimilar, featureDocs, featureCheck, featureAnonymize:
		return []auth.Role{auth.Judge, auth.Assistant, auth.Reviewer}
	case featureLaw:
		return auth.Roles()
	case featureEvals:
		return []auth.Role{auth.Evaluator, auth.Admin}
	case featureDraft, featureForm, featureBatch:
		return []auth.Role{auth.Judge, auth.Assistant}
	case featureSentencing, featureDeviation:
		return []auth.Role{auth.Judge, auth.Reviewer}
	case featureReport:
		// Whether a similar case is 参照 or 参考 is the judge's decision, and
		// the guidance makes the judge answer for the search: judges only.
		return []auth.Role{auth.Judge}
	}
	return nil
}

// authenticate requires a valid "Authorization: Bearer <token>" header.
func (s *Server) authenticate(c *gin.Context) {
	if s.opts.Tokens == nil {
		s.writeError(c, fmt.Errorf("no token store configured: %w", ErrUnauthenticated))
		return
	}
	token, ok := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
	if !ok {
		s.writeError(c, fmt.Errorf("no bearer token: %w", ErrUnauthenticated))
		return
	}
	p, err := s.opts.Tokens.Authenticate(strings.TrimSpace(token))
	if err != nil {
		if !errors.Is(err, auth.ErrInvalidToken) {
			err = fmt.Errorf("authenticate: %w", err) // a broken tokens file is a 500, not the caller's fault
		}
		s.writeError(c, err)
		return
	}
	c.Set(principalKey, p)
	c.Next()
}

func principal(c *gin.Context) (auth.Principal, bool) {
	p, ok := c.Get(principalKey)
	if !ok {
		return auth.Principal{}, false
	}
	pr, ok := p.(auth.Principal)
	return pr, ok
}

// allow admits only the roles of f.
func (s *Server) allow(f feature) gin.HandlerFunc {
	return func(c *gin.Context) {
		p, _ := principal(c)
		if !slices.Contains(f.roles(), p.Role) {
			s.writeError(c, fmt.Errorf("role %q on %s: %w", p.Role, f, ErrForbidden))
			return
		}
		c.Next()
	}
}

// markAudited marks a route whose every answer, success or failure, is
// recorded. Route lines name it (s.audited) after the group's body limit
// and authentication, so isAudited also finds it in the route's chain: a
// 401 or 413 on an audited route is recorded though the marker never ran.
func (s *Server) markAudited(c *gin.Context) {
	c.Set(auditedKey, true)
	c.Next()
}

var auditedName = runtime.FuncForPC(reflect.ValueOf((*Server).markAudited).Pointer()).Name()

func isAudited(c *gin.Context) bool {
	if c.GetBool(auditedKey) {
		return true
	}
	for _, h := range c.HandlerNames() {
		if h == auditedName+"-fm" || h == auditedName {
			return true
		}
	}
	return false
}

// record writes the audit line of a successful answer. It must succeed
// before the answer is sent: no suggestion leaves the server unaudited.
func (s *Server) record(c *gin.Context, resultIDs []string) error {
	if s.opts.Audit == nil {
		return fmt.Errorf("no audit log configured: %w", ErrUnavailable)
	}
	if err := s.opts.Audit.Record(s.entry(c, http.StatusOK, resultIDs)); err != nil {
		return fmt.Errorf("audit %s: %w", c.FullPath(), err)
	}
	return nil
}

// auditFailure records a failed answer on an audited route; a failure to
// record is logged since the caller already gets an error.
func (s *Server) auditFailure(c *gin.Context, status int) {
	if !isAudited(c) || s.opts.Audit == nil {
		return
	}
	if status == http.StatusUnauthorized {
		s.auditUnauthenticated(c)
		return
	}
	if err := s.opts.Audit.Record(s.entry(c, status, nil)); err != nil {
		s.opts.Log.Error("audit failed", "request_id", requestID(c), "err", err)
	}
}

func (s *Server) entry(c *gin.Context, status int, resultIDs []string) audit.Entry {
	p, _ := principal(c)
	return audit.Entry{
		User:      p.User,
		Role:      string(p.Role),
		TokenID:   p.TokenID,
		Route:     c.Request.Method + " " + c.FullPath(),
		RequestID: requestID(c),
		Status:    status,
		QueryHMAC: c.GetString(queryHashKey),
		ResultIDs: resultIDs,
	}
}
