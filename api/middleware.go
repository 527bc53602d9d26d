package api

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

const requestIDKey = "leian.request_id"

// contentSecurityPolicy allows only the server's own scripts, styles and
// API: no inline script, no framing, no external origin.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// withRequestID gives every request a fresh random id, echoed in the
// X-Request-ID header, the JSON error body, the logs and the audit line.
// A client-sent id is ignored so logs cannot be forged through it.
func withRequestID(c *gin.Context) {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms
	id := hex.EncodeToString(b)
	c.Set(requestIDKey, id)
	c.Header("X-Request-ID", id)
	c.Next()
}

func requestID(c *gin.Context) string { return c.GetString(requestIDKey) }

func securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
	c.Next()
}

// noStore keeps API answers, which hold case content, out of every cache.
func noStore(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
	c.Next()
}

// limitBody caps request bodies at max bytes: a declared larger body is
// refused at once, an undeclared one fails while it is read.
func (s *Server) limitBody(max int64) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.ContentLength > max {
			s.writeError(c, fmt.Errorf("body of %d bytes over the %d-byte limit: %w", c.Request.ContentLength, max, ErrTooLarge))
			return
		}
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, max)
		c.Next()
	}
}

// logRequests writes one slog line per request with no personal data: the
// route pattern rather than the URL (whose query may hold case text), and
// the token id and role rather than the user's name.
func (s *Server) logRequests(c *gin.Context) {
	start := time.Now()
	c.Next()
	p, _ := principal(c)
	s.opts.Log.Info("request",
		"request_id", requestID(c),
		"method", c.Request.Method,
		"route", c.FullPath(),
		"status", c.Writer.Status(),
		"duration_ms", time.Since(start).Milliseconds(),
		"token_id", p.TokenID,
		"role", string(p.Role),
	)
}

// recovered turns a panic into a logged 500 so none escapes the server.
func (s *Server) recovered(c *gin.Context, v any) {
	s.writeError(c, fmt.Errorf("panic in %s: %v", c.FullPath(), v))
}
