// Package api is Leian's HTTP face: the gin router, authentication, audit
// logging and the embedded web UI, over interfaces of the inner packages.
package api

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
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
	// Checker checks judgments (drafting/check); nil answers 503.
	Checker Checker

	// DataDir is the data bundle; documents name their source files
	// relative to it.
	DataDir string
	// Drafter writes judgment drafts (drafting/draft).
	Drafter JudgmentDrafter
	// Sentencing recommends sentences (judges and reviewers).
	Sentencing Sentencer

	Deviation DeviationChecker
	// Batch groups dockets of pending cases (drafting/batch); nil answers 503.
	Batch DocketGrouper

	// Reports keeps 类案检索报告; Platform names this installation in them
	// (the report's 检索平台).
	Reports  ReportStore
	Platform string

	MaxBodyBytes int64
	// MaxPushes bounds the similar-case pushes searched at once (default
	// 2 × GOMAXPROCS); up to as many again wait briefly, the rest get 503.
	MaxPushes int
	// NotReady, when not empty, says in Chinese why the index cannot yet
	// serve good pushes (a build incomplete or stale): /readyz answers 503
	// with it and the UI shows it.
	NotReady string
}

// Server is Leian's HTTP server.
type Server struct {
	opts    Options
	router  *gin.Engine
	pushes  *limiter
	audited gin.HandlerFunc
	key     []byte // query-hash key when the audit log keeps none
	unauth  unauthLines
}

// New returns a server with every route registered.
func New(opts Options) *Server {
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBody
	}
	if opts.MaxPushes <= 0 {
		opts.MaxPushes = 2 * runtime.GOMAXPROCS(0)
	}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.HandleMethodNotAllowed = true
	s := &Server{opts: opts, router: r, pushes: newLimiter(opts.MaxPushes, opts.MaxPushes, pushWait)}
	s.audited = s.markAudited
	s.key = make([]byte, 32)
	_, _ = rand.Read(s.key) // crypto/rand.Read never fails on supported platforms
	r.Use(withRequestID, securityHeaders, s.logRequests, gin.CustomRecoveryWithWriter(io.Discard, s.recovered))
	r.NoRoute(func(c *gin.Context) { s.writeError(c, fmt.Errorf("route %s: %w", c.Request.URL.Path, ErrNotFound)) })
	r.NoMethod(func(c *gin.Context) {
		s.writeError(c, fmt.Errorf("%s %s: %w", c.Request.Method, c.Request.URL.Path, ErrMethod))
	})
	r.GET("/healthz", s.health)
	r.GET("/readyz", s.ready)
	s.routeWeb(r)

	v1 := r.Group("/api/v1", noStore, s.limitBody(opts.MaxBodyBytes), s.authenticate)
	v1.GET("/me", s.me)
	v1.POST("/similar", s.audited, s.allow(featureSimilar), s.limitPushes, s.similar)
	v1.POST("/draft", s.audited, s.allow(featureDraft), s.limitPushes, s.draft)
	v1.POST("/draft/docx", s.audited, s.allow(featureDraft), s.draftDocx)
	v1.GET("/docs/:id", s.audited, s.allow(featureDocs), s.document)
	v1.POST("/deviation", s.audited, s.allow(featureDeviation), s.deviation)
	v1.GET("/law", s.allow(featureLaw), s.law)
	v1.GET("/evals", s.allow(featureEvals), s.evals)
	v1.POST("/check", s.audited, s.allow(featureCheck), s.check)
	v1.POST("/check/feedback", s.audited, s.allow(featureCheck), s.checkFeedbackAction)
	v1.POST("/sentencing", s.audited, s.allow(featureSentencing), s.sentencing)
	v1.POST("/reports", s.audited, s.allow(featureReport), s.createReport)
	v1.GET("/reports", s.audited, s.allow(featureReport), s.listReports)
	v1.GET("/reports/:id", s.audited, s.allow(featureReport), s.getReport("json"))
	v1.GET("/reports/:id/docx", s.audited, s.allow(featureReport), s.getReport("docx"))
	v1.GET("/reports/:id/html", s.audited, s.allow(featureReport), s.getReport("html"))
	v1.POST("/form", s.audited, s.allow(featureForm), s.form)
	v1.POST("/form/apply", s.audited, s.allow(featureForm), s.limitPushes, s.formApply)
	v1.POST("/batch", s.audited, s.allow(featureBatch), s.batchGroup)
	v1.POST("/batch/draft", s.audited, s.allow(featureBatch), s.limitPushes, s.batchDraft)
	v1.POST("/anonymize", s.audited, s.allow(featureAnonymize), s.anonymize)
	return s
}

// Handler returns the router, for tests and embedding.
func (s *Server) Handler() http.Handler { return s.router }

// health says the process answers; ready says whether pushes are worth
// sending, so a proxy or operator does not route judges to a half-built index.
func (s *Server) health(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
}

func (s *Server) ready(c *gin.Context) {
	if note := s.notReady(); note != "" {
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "not_ready", "message": note})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ready"})
}

// notReady is why pushes cannot be trusted yet, in Chinese, or "".
func (s *Server) notReady() string {
	if s.opts.Cases == nil {
		return "类案索引尚未建立：类案推送暂不可用。请管理员运行 leian index（make run 会自动运行）后重启服务。"
	}
	return s.opts.NotReady
}

// ListenAndServeTLS serves on addr, over HTTPS when certFile and keyFile
// (PEM) are given, until ctx is cancelled.
func (s *Server) ListenAndServeTLS(ctx context.Context, addr, certFile, keyFile string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	return s.Serve(ctx, ln, certFile, keyFile)
}

// Serve answers on ln (closing it), over HTTPS when certFile and keyFile
// are given, until ctx is cancelled.
func (s *Server) Serve(ctx context.Context, ln net.Listener, certFile, keyFile string) error {
	hs := &http.Server{
		Handler:           s.router,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute, // a cold similar-case search can take a while
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    1 << 20,
		TLSConfig:         &tls.Config{MinVersion: tls.VersionTLS12},
		ErrorLog:          slog.NewLogLogger(s.opts.Log.Handler(), slog.LevelWarn),
	}
	tlsOn := certFile != "" && keyFile != ""
	errc := make(chan error, 1)
	go func() {
		if tlsOn {
			errc <- hs.ServeTLS(ln, certFile, keyFile)
			return
		}
		errc <- hs.Serve(ln)
	}()
	s.opts.Log.Info("serving", "addr", ln.Addr().String(), "tls", tlsOn)
	select {
	case err := <-errc:
		return fmt.Errorf("serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	defer s.flushUnauthenticated()
	if err := hs.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
