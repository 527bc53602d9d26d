// Package api is Leian's HTTP face: the gin router, authentication, audit
// logging and the embedded web UI, over interfaces of the inner packages.
package api

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// DefaultMaxBody is the request body limit when Options.MaxBodyBytes is 0.
const DefaultMaxBody = 1 << 20

// Options wires the server's dependencies. A nil engine makes its routes
// answer 503; a nil Tokens or Audit makes every protected route fail closed.
type Options struct {
	Log    *slog.Logger
	Tokens Authenticator
	Audit  Auditor

	Cases CaseSearcher
	Rules RuleFinder
	Law   LawFinder
	Docs  DocumentReader
	Evals EvalReader

	Deviation DeviationChecker

	MaxBodyBytes int64
}

// Server is Leian's HTTP server.
type Server struct {
	opts   Options
	router *gin.Engine
}

// New returns a server with every route registered.
func New(opts Options) *Server {
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBody
	}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	s := &Server{opts: opts, router: r}
	r.Use(withRequestID, securityHeaders, s.logRequests, gin.CustomRecoveryWithWriter(io.Discard, s.recovered))
	r.NoRoute(func(c *gin.Context) { s.writeError(c, fmt.Errorf("route %s: %w", c.Request.URL.Path, ErrNotFound)) })
	r.GET("/healthz", s.health)
	s.routeWeb(r)

	v1 := r.Group("/api/v1", noStore, s.limitBody(opts.MaxBodyBytes), s.authenticate)
	v1.GET("/me", s.me)
	v1.POST("/similar", s.audited, s.allow(featureSimilar), s.similar)
	v1.GET("/docs/:id", s.audited, s.allow(featureDocs), s.document)
	v1.POST("/deviation", s.audited, s.allow(featureDeviation), s.deviation)
	v1.GET("/law", s.allow(featureLaw), s.law)
	v1.GET("/evals", s.allow(featureEvals), s.evals)
	return s
}

// Handler returns the router, for tests and embedding.
func (s *Server) Handler() http.Handler { return s.router }

func (s *Server) health(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
}

// ListenAndServe serves on addr until ctx is cancelled, then shuts down gracefully.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	hs := &http.Server{
		Addr:              addr,
		Handler:           s.router,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute, // a cold similar-case search can take a while
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    1 << 20,
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.ListenAndServe() }()
	s.opts.Log.Info("serving", "addr", addr)
	select {
	case err := <-errc:
		return fmt.Errorf("listen on %s: %w", addr, err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
