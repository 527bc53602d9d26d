package api

import (
	"embed"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

// webFiles is the UI: plain HTML, CSS and JavaScript with no build step.
//
//go:embed web/index.html web/style.css web/app.js
var webFiles embed.FS

func (s *Server) routeWeb(r *gin.Engine) {
	r.GET("/", s.asset("web/index.html", "text/html; charset=utf-8"))
	r.GET("/static/style.css", s.asset("web/style.css", "text/css; charset=utf-8"))
	r.GET("/static/app.js", s.asset("web/app.js", "text/javascript; charset=utf-8"))
}

func (s *Server) asset(name, contentType string) gin.HandlerFunc {
	return func(c *gin.Context) {
		b, err := webFiles.ReadFile(name)
		if err != nil {
			s.writeError(c, fmt.Errorf("embedded asset %s: %w", name, err))
			return
		}
		c.Header("Cache-Control", "no-cache")
		c.Data(http.StatusOK, contentType, b)
	}
}
