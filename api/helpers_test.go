package api

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"leian/api/audit"
	"leian/api/auth"
)

// testServer is a server over the real token store and audit log in a
// temporary LEIAN_HOME, with one token per role.
type testServer struct {
	srv      *Server
	tokens   map[auth.Role]string
	auditDir string
	logs     *syncBuffer // the server's slog output
}

// syncBuffer is a bytes.Buffer safe for the server's concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// newTestServer is a server with opts' dependencies.
func newTestServer(t testing.TB, opts Options) *testServer {
	t.Helper()
	home := t.TempDir()
	toks, err := auth.Open(filepath.Join(home, "tokens.json"))
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{tokens: map[auth.Role]string{}, auditDir: filepath.Join(home, "audit"), logs: &syncBuffer{}}
	for _, r := range auth.Roles() {
		tok, _, err := toks.Add("测试"+r.Label(), r)
		if err != nil {
			t.Fatal(err)
		}
		ts.tokens[r] = tok
	}
	log, err := audit.Open(ts.auditDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { log.Close() })
	opts.Tokens, opts.Audit = toks, log
	opts.Log = slog.New(slog.NewTextHandler(ts.logs, nil))
	ts.srv = New(opts)
	return ts
}

// realOptions wires Leian's own components: the engine and document store
// over real LeCaRD judgments, and the rule library of the bundle.
func realOptions(t testing.TB) Options {
	eng, lib := loadEngine(t), loadRules(t)
	return Options{Cases: eng, Docs: eng.Docs, Rules: lib, Law: lib}
}

func TestMain(m *testing.M) {
	code := m.Run()
	closeEngine()
	os.Exit(code)
}

// call sends a request as role ("" for no token) and returns the recorder.
func (ts *testServer) call(t testing.TB, role auth.Role, method, path string, body any) *httptest.ResponseRecorder {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, ok := body.([]byte)
		if !ok {
			var err error
			if b, err = json.Marshal(body); err != nil {
				t.Fatal(err)
			}
		}
		r = bytes.NewReader(b)
	}
	req := httptest.NewRequest(method, path, r)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if role != "" {
		req.Header.Set("Authorization", "Bearer "+ts.tokens[role])
	}
	rec := httptest.NewRecorder()
	ts.srv.Handler().ServeHTTP(rec, req)
	return rec
}

func decodeBody[T any](t testing.TB, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %q: %v", rec.Body.String(), err)
	}
	return v
}

func newRequest(method, path string) *http.Request { return httptest.NewRequest(method, path, nil) }

func serve(s *Server, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	return rec
}

func newRecorder(s *Server, method, path string) *httptest.ResponseRecorder {
	return serve(s, newRequest(method, path))
}
