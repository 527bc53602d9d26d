package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"leian/api/auth"
	"leian/internal/dataset"
	"leian/retrieval"
)

// TestSimilarNoSearchableTerm: facts with nothing to search for are the
// judge's input, not a server fault, and never reach the log.
func TestSimilarNoSearchableTerm(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	for _, facts := range []string{"。", "的", "的的的了", "……！？", "😀😀", "a", "\xff\xfe\xfd", "，，。。、、"} {
		rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", []byte(`{"facts":"`+facts+`"}`))
		e := decodeBody[errorBody](t, rec)
		if rec.Code != http.StatusBadRequest || e.Error.Field != "facts" || !strings.Contains(e.Error.Message, "案件事实") {
			t.Errorf("facts %q = %d %s, want 400 naming facts in Chinese", facts, rec.Code, rec.Body)
		}
	}
	logs := ts.logs.String()
	for _, leak := range []string{"的的的了", "……！？", "😀", "no searchable"} {
		if strings.Contains(logs, leak) {
			t.Errorf("server log contains %q:\n%s", leak, logs)
		}
	}
	if strings.Contains(logs, "level=ERROR") {
		t.Errorf("bad input logged as a server error:\n%s", logs)
	}
}

// FuzzSimilarHandler sends arbitrary facts through the whole handler: no
// input may give a 500 or put request text into the log.
func FuzzSimilarHandler(f *testing.F) {
	for _, s := range []string{"。", "的", "的的的了", "……！？", "😀", "a", "\xff\xfe", "被告人张某盗窃手机一部", "The defendant stole a bike", "\x00\x01", "刑法第264条", "𠀀𠀁"} {
		f.Add(s)
	}
	ts := newTestServer(f, realOptions(f))
	f.Fuzz(func(t *testing.T, facts string) {
		rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", map[string]any{"facts": facts, "k": 3})
		if rec.Code >= 500 {
			t.Fatalf("facts %q = %d %s", facts, rec.Code, rec.Body)
		}
		if rec.Code == http.StatusOK && strings.Contains(rec.Body.String(), `"reasons":null`) {
			t.Fatalf("facts %q: reasons null in %s", facts, rec.Body)
		}
		if r := []rune(strings.TrimSpace(facts)); len(r) >= 6 && strings.Contains(ts.logs.String(), string(r)) {
			t.Fatalf("log holds the facts %q", facts)
		}
	})
}

func TestSimilarCharset(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	facts, _ := lecardQuery(t, 330)
	utf := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", map[string]any{"facts": facts, "k": 3})
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(`{"facts":"` + facts + `","k":3}`)
	if err != nil {
		t.Fatal(err)
	}
	send := func(charset, body string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/api/v1/similar", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json; charset="+charset)
		req.Header.Set("Authorization", "Bearer "+ts.tokens[auth.Judge])
		return serve(ts.srv, req)
	}
	rec := send("GBK", gbk)
	if rec.Code != http.StatusOK {
		t.Fatalf("GBK body = %d %s, want 200", rec.Code, rec.Body)
	}
	got, want := decodeBody[similarResponse](t, rec), decodeBody[similarResponse](t, utf)
	if len(got.Cases) == 0 || got.Cases[0].ID != want.Cases[0].ID {
		t.Errorf("GBK push found %v, UTF-8 push %v: the body was not decoded", ids(got.Cases), ids(want.Cases))
	}
	if rec := send("iso-8859-1", `{"facts":"x"}`); rec.Code != http.StatusUnsupportedMediaType {
		t.Errorf("latin-1 body = %d %s, want 415", rec.Code, rec.Body)
	}
}

func ids(rs []retrieval.Result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func TestSimilarSmallFaults(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", map[string]any{"facts": "The defendant stole a bicycle worth 500 yuan from a shop in 2018", "k": 5})
	if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "null") {
		t.Errorf("English facts = %d %s, want 200 with no null list", rec.Code, rec.Body)
	}
	tests := []struct {
		name, body, field string
	}{
		{"unknown filter", `{"facts":"盗窃手机","filters":{"foo":1}}`, "filters.foo"},
		{"array body", `[{"facts":"盗窃手机"}]`, "body"},
		{"string body", `"盗窃手机"`, "body"},
		{"filters not an object", `{"facts":"盗窃手机","filters":[1]}`, "filters"},
	}
	for _, tt := range tests {
		rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", []byte(tt.body))
		if e := decodeBody[errorBody](t, rec); rec.Code != http.StatusBadRequest || e.Error.Field != tt.field || e.Error.Message == "" {
			t.Errorf("%s = %d %s, want 400 on field %q", tt.name, rec.Code, rec.Body, tt.field)
		}
	}
}

func TestMethodNotAllowed(t *testing.T) {
	ts := newTestServer(t, Options{})
	for _, c := range []struct{ method, path string }{
		{http.MethodGet, "/api/v1/similar"}, {http.MethodDelete, "/api/v1/similar"},
		{http.MethodPost, "/api/v1/docs/lecard:8"}, {http.MethodPut, "/api/v1/law"}, {http.MethodPost, "/healthz"},
	} {
		rec := ts.call(t, auth.Judge, c.method, c.path, nil)
		if e := decodeBody[errorBody](t, rec); rec.Code != http.StatusMethodNotAllowed || e.Error.Code != "method_not_allowed" || rec.Header().Get("Allow") == "" {
			t.Errorf("%s %s = %d %s (Allow %q), want 405", c.method, c.path, rec.Code, rec.Body, rec.Header().Get("Allow"))
		}
	}
}

// TestAuditRecordsRefusals: every call to an audited route is recorded,
// including those refused before the handler ran.
func TestAuditRecordsRefusals(t *testing.T) {
	ts := newTestServer(t, Options{})
	ts.call(t, "", http.MethodPost, "/api/v1/similar", map[string]any{"facts": "盗窃"})
	// Another client: one client's 401s within a minute share a line.
	other := newRequest(http.MethodGet, "/api/v1/docs/lecard:8")
	other.RemoteAddr = "198.51.100.7:4321"
	serve(ts.srv, other)
	big := []byte(`{"facts":"` + strings.Repeat("盗", DefaultMaxBody/3+10) + `"}`)
	if rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", big); rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("big body = %d", rec.Code)
	}
	ts.call(t, "", http.MethodGet, "/api/v1/me", nil) // not audited
	entries := readAudit(t, ts.auditDir)
	want := []struct {
		route  string
		status int
	}{{"POST /api/v1/similar", 401}, {"GET /api/v1/docs/:id", 401}, {"POST /api/v1/similar", 413}}
	if len(entries) != len(want) {
		t.Fatalf("audit = %+v, want %d entries", entries, len(want))
	}
	for i, w := range want {
		if entries[i].Route != w.route || entries[i].Status != w.status {
			t.Errorf("entry %d = %s %d, want %s %d", i, entries[i].Route, entries[i].Status, w.route, w.status)
		}
	}
}

// gated holds every search until its gate opens, to fill the server's slots.
type gated struct {
	CaseSearcher
	gate    chan struct{}
	started chan struct{}
}

func (g gated) Search(ctx context.Context, q retrieval.Query) ([]retrieval.Result, error) {
	g.started <- struct{}{}
	select {
	case <-g.gate:
	case <-ctx.Done():
	}
	return g.CaseSearcher.Search(ctx, q)
}

func TestAbortedPushAuditedAsCanceled(t *testing.T) {
	g := gated{CaseSearcher: loadEngine(t), gate: make(chan struct{}), started: make(chan struct{}, 1)}
	ts := newTestServer(t, Options{Cases: g})
	ctx, cancel := context.WithCancel(context.Background())
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/api/v1/similar", strings.NewReader(`{"facts":"被告人张某盗窃手机一部"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+ts.tokens[auth.Judge])
	done := make(chan struct{})
	go func() { serve(ts.srv, req); close(done) }()
	<-g.started
	cancel()
	<-done
	entries := readAudit(t, ts.auditDir)
	if len(entries) != 1 || entries[0].Status != statusClientClosed || len(entries[0].ResultIDs) != 0 {
		t.Errorf("audit = %+v, want one entry with status 499 and no results", entries)
	}
}

func TestPushesBounded(t *testing.T) {
	g := gated{CaseSearcher: loadEngine(t), gate: make(chan struct{}), started: make(chan struct{}, 8)}
	ts := newTestServer(t, Options{Cases: g, MaxPushes: 2})
	ts.srv.pushes.wait = 50 * time.Millisecond
	codes := make(chan int, 6)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			codes <- ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", map[string]any{"facts": "被告人张某盗窃手机一部", "k": 3}).Code
		})
	}
	<-g.started
	<-g.started
	for range 4 { // two wait and time out, two find the queue full
		rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", map[string]any{"facts": "被告人张某盗窃手机一部", "k": 3})
		if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
			t.Errorf("push past the bound = %d (Retry-After %q), want 503 with Retry-After", rec.Code, rec.Header().Get("Retry-After"))
		}
	}
	close(g.gate)
	wg.Wait()
	close(codes)
	for c := range codes {
		if c != http.StatusOK {
			t.Errorf("admitted push = %d, want 200", c)
		}
	}
}

func TestDocumentSourcesRelative(t *testing.T) {
	opts := realOptions(t)
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	opts.DataDir = dir
	ts := newTestServer(t, opts)
	rec := ts.call(t, auth.Judge, http.MethodGet, "/api/v1/docs/lecard:8", nil)
	v := decodeBody[documentView](t, rec)
	if len(v.Sources) == 0 {
		t.Fatalf("no sources in %s", rec.Body)
	}
	for _, s := range v.Sources {
		if filepath.IsAbs(s.File) || strings.Contains(s.File, "..") || !strings.HasPrefix(s.File, "lecard/") {
			t.Errorf("source file %q, want a name relative to the bundle (lecard/…)", s.File)
		}
	}
	for _, tt := range []struct{ file, want string }{
		{filepath.Join(dir, "cail2018", "a.json"), "cail2018/a.json"},
		{"/srv/other/x.txt", "x.txt"},
		{"../elsewhere/y.jsonl", "y.jsonl"},
	} {
		if got := sourceName(tt.file, dir); got != tt.want {
			t.Errorf("sourceName(%q) = %q, want %q", tt.file, got, tt.want)
		}
	}
}

func TestReady(t *testing.T) {
	if rec := newTestServer(t, Options{}).call(t, "", http.MethodGet, "/readyz", nil); rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "leian index") {
		t.Errorf("readyz with no engine = %d %s, want 503 saying what to run", rec.Code, rec.Body)
	}
	ts := newTestServer(t, Options{Cases: loadEngine(t), NotReady: "索引未完成"})
	if rec := ts.call(t, "", http.MethodGet, "/readyz", nil); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("readyz with an incomplete index = %d %s, want 503", rec.Code, rec.Body)
	}
	if me := decodeBody[meResponse](t, ts.call(t, auth.Judge, http.MethodGet, "/api/v1/me", nil)); me.Notice != "索引未完成" {
		t.Errorf("me.notice = %q, want the readiness note for the UI", me.Notice)
	}
	if rec := newTestServer(t, Options{Cases: loadEngine(t)}).call(t, "", http.MethodGet, "/readyz", nil); rec.Code != http.StatusOK {
		t.Errorf("readyz = %d %s, want 200", rec.Code, rec.Body)
	}
}

// TestRulesOnlyFromTheCase: a theft pushed with no charge must not be told
// that the articles of a similar case's other charges apply to it; those
// come, labelled, in their own group.
func TestRulesOnlyFromTheCase(t *testing.T) {
	lib := loadRules(t)
	facts, _ := lecardQuery(t, 330)
	similar := []retrieval.Result{{Charges: []string{"故意伤害罪"}}, {Charges: []string{"掩饰、隐瞒犯罪所得罪", "故意伤害罪"}}}
	hits, err := lib.Applicable(context.Background(), retrieval.Query{Facts: facts}, similar)
	if err != nil {
		t.Fatal(err)
	}
	seenSimilar := false
	for _, h := range hits {
		switch h.Group {
		case GroupCase:
			if seenSimilar {
				t.Errorf("case rule %s after the similar-case group", h.Ref)
			}
			if h.Ref == "刑法第二百三十四条" || h.Ref == "刑法第三百一十二条" || strings.Contains(h.Reason, "故意伤害") {
				t.Errorf("%s (%s) shown as applying to the case, from a similar case's charge", h.Ref, h.Reason)
			}
		case GroupSimilar:
			seenSimilar = true
			if !strings.Contains(h.Reason, "类案") || !strings.Contains(h.Reason, "仅供参考") {
				t.Errorf("similar-case rule %s without a label: %q", h.Ref, h.Reason)
			}
		default:
			t.Errorf("rule %s has no group: %+v", h.Ref, h)
		}
	}
	if !seenSimilar || !slices.ContainsFunc(hits, func(h RuleHit) bool { return h.Ref == "刑法第二百三十四条" && h.Group == GroupSimilar }) {
		t.Errorf("rules %+v lack 刑法第二百三十四条 in the similar-case group", hits)
	}
	// The judge named the charge: nothing from similar cases.
	hits, err = lib.Applicable(context.Background(), retrieval.Query{Facts: facts, Charges: []string{"盗窃罪"}}, similar)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.Group != GroupCase {
			t.Errorf("rule %s in group %q though the judge named the charge", h.Ref, h.Group)
		}
	}
}

// TestLawLookupSearchesAndFindsCases: words are searched, guiding-case
// numbers resolved, and a statute's tiers keep their term ranges.
func TestLawLookupSearchesAndFindsCases(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	tests := []struct {
		q, wantRef, wantTitle, wantText string
		want                            int
	}{
		{"盗窃", "", "", "盗窃", http.StatusOK},
		{"刑法", "", "", "", http.StatusOK},
		{"盗窃公私财物", "", "", "盗窃公私财物", http.StatusOK},
		{"检例第37号", "检例第37号", "张四毛", "", http.StatusOK},
		{"指导性案例第24号", "指导性案例第24号", "荣宝英", "", http.StatusOK},
		{"指导案例24号", "指导性案例第24号", "荣宝英", "", http.StatusOK},
		{"检例第9999号", "", "", "", http.StatusNotFound},
		{"刑法第二百六十四条", "刑法第二百六十四条", "", "个月", http.StatusOK},
	}
	for _, tt := range tests {
		rec := ts.call(t, auth.Evaluator, http.MethodGet, "/api/v1/law?q="+url.QueryEscape(tt.q), nil)
		if rec.Code != tt.want {
			t.Errorf("law %q = %d %s, want %d", tt.q, rec.Code, rec.Body, tt.want)
			continue
		}
		if tt.want != http.StatusOK {
			continue
		}
		resp := decodeBody[lawResponse](t, rec)
		if len(resp.Rules) == 0 {
			t.Errorf("law %q found nothing", tt.q)
			continue
		}
		r := resp.Rules[0]
		if (tt.wantRef != "" && r.Ref != tt.wantRef) || !strings.Contains(r.Title, tt.wantTitle) || !strings.Contains(r.Text, tt.wantText) {
			t.Errorf("law %q first = %s %q %.80q, want %s titled %q containing %q", tt.q, r.Ref, r.Title, r.Text, tt.wantRef, tt.wantTitle, tt.wantText)
		}
	}
	// The tier summary keeps each tier's term range.
	resp := decodeBody[lawResponse](t, ts.call(t, auth.Judge, http.MethodGet, "/api/v1/law?q="+url.QueryEscape("刑法第二百六十四条"), nil))
	if text := resp.Rules[0].Text; !strings.Contains(text, "法定刑幅度") || !strings.Contains(text, "个月") || strings.Contains(text, "→") {
		t.Errorf("刑法第二百六十四条 tiers without term ranges:\n%s", text)
	}
}
