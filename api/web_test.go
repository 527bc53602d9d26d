package api

import (
	"io/fs"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"leian/api/auth"
)

func TestWebAssetsAndHeaders(t *testing.T) {
	ts := newTestServer(t, Options{})
	tests := []struct {
		path, contentType, contains string
	}{
		{"/", "text/html", `<script src="/static/app.js">`},
		{"/static/app.js", "text/javascript", "textContent"},
		{"/static/start.js", "text/javascript", "enter()"},
		{"/static/style.css", "text/css", "mark"},
		{"/api/v1/me", "application/json", "role_label"},
	}
	for _, tt := range tests {
		rec := ts.call(t, auth.Judge, http.MethodGet, tt.path, nil)
		h := rec.Header()
		if rec.Code != http.StatusOK || !strings.HasPrefix(h.Get("Content-Type"), tt.contentType) || !strings.Contains(rec.Body.String(), tt.contains) {
			t.Errorf("GET %s = %d %s, want %s containing %q", tt.path, rec.Code, h.Get("Content-Type"), tt.contentType, tt.contains)
		}
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors 'none'") || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") {
			t.Errorf("GET %s: CSP %q", tt.path, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Request-ID") == "" {
			t.Errorf("GET %s: headers %v", tt.path, h)
		}
	}
	if rec := ts.call(t, auth.Judge, http.MethodGet, "/static/../server.go", nil); rec.Code != http.StatusNotFound {
		t.Errorf("path outside the UI = %d, want 404", rec.Code)
	}
}

// TestUIEscapes guards the UI's rule: data reaches the page only through
// textContent, and no script is inline (the CSP would block it).
func TestUIEscapes(t *testing.T) {
	scripts, err := fs.Glob(webFiles, "web/*.js")
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts embedded: %v", err)
	}
	for _, name := range scripts {
		js, err := webFiles.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, banned := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
			if strings.Contains(string(js), banned) {
				t.Errorf("%s uses %s", name, banned)
			}
		}
	}
	html, err := webFiles.ReadFile("web/index.html")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(html), "<script>") || strings.Contains(string(html), " on") && strings.Contains(string(html), "onclick") || strings.Contains(string(html), "http") {
		t.Error("index.html has inline script, inline handlers or an external URL")
	}
}

// TestUIScriptsDeclareNamesOnce: the page scripts share one global scope,
// so a top-level name declared in two files stops the later file loading.
func TestUIScriptsDeclareNamesOnce(t *testing.T) {
	scripts, err := fs.Glob(webFiles, "web/*.js")
	if err != nil {
		t.Fatal(err)
	}
	decl := regexp.MustCompile(`(?m)^(?:async function|function|const|let|class) ([A-Za-z_$][A-Za-z0-9_$]*)`)
	where := map[string]string{}
	for _, name := range scripts {
		js, err := webFiles.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range decl.FindAllStringSubmatch(string(js), -1) {
			if prev, ok := where[m[1]]; ok {
				t.Errorf("%s declares %s, already declared in %s", name, m[1], prev)
			}
			where[m[1]] = name
		}
	}
}
