package api

import (
	"embed"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// webFiles is the UI: plain HTML, CSS and JavaScript with no build step.
//
//go:embed web/index.html web/*.css web/*.js
var webFiles embed.FS

// routeWeb serves the page and every embedded script and style sheet by name;
// anything else under /static is a 404.
func (s *Server) routeWeb(r *gin.Engine) {
	r.GET("/", s.asset("web/index.html", "text/html; charset=utf-8"))
	entries, _ := webFiles.ReadDir("web") // the folder is embedded at build time, so this cannot fail
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasSuffix(name, ".js"):
			r.GET("/static/"+name, s.asset("web/"+name, "text/javascript; charset=utf-8"))
		case strings.HasSuffix(name, ".css"):
			r.GET("/static/"+name, s.asset("web/"+name, "text/css; charset=utf-8"))
		}
	}
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
