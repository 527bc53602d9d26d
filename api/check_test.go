package api

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"leian/api/auth"
	"leian/drafting/check"
	"leian/internal/dataset"
)

var (
	checkerOnce sync.Once
	checkerVal  *check.Checker
	checkerErr  error
	checkDocs   []string
)

// realChecker is the checker the server runs: the bundle's rule library
// and a language model counted over real JuDGE judgments (all but the
// first ten, which the tests check).
func realChecker(t testing.TB) (*check.Checker, []string) {
	t.Helper()
	lib := loadRules(t).Lib
	checkerOnce.Do(func() {
		dataset.Lines(t, "judge/judge.jsonl", func(_ int, b []byte) bool {
			var r struct{ FD string }
			if err := json.Unmarshal(b, &r); err == nil {
				checkDocs = append(checkDocs, r.FD)
			}
			return true
		})
		lm, err := check.BuildLM(context.Background(), func(yield func(string) error) error {
			for _, d := range checkDocs[10:] {
				if err := yield(d); err != nil {
					return err
				}
			}
			return nil
		})
		checkerVal, checkerErr = check.Default(check.Deps{Library: lib, LM: lm}), err
	})
	if checkerErr != nil {
		t.Fatal(checkerErr)
	}
	return checkerVal, checkDocs[:10]
}

// wrongArticle is a real judgment with its principal article miswritten.
func wrongArticle(t testing.TB, docs []string) (string, string) {
	t.Helper()
	for _, d := range docs {
		if strings.Contains(d, "第二百六十四条") && strings.Contains(d, "犯盗窃罪") {
			return strings.Replace(d, "第二百六十四条", "第二百三十四条", 1), "citation.charge_mismatch"
		}
	}
	for _, d := range docs {
		if i := strings.Index(d, "第一百三十三条之一"); i >= 0 {
			return strings.Replace(d, "第一百三十三条之一", "第四百三十三条之一", 1), "citation.no_such_article"
		}
	}
	t.Fatal("no judgment to inject into")
	return "", ""
}

type checkAnswer struct {
	RequestID string       `json:"request_id"`
	Text      string       `json:"text"`
	Report    check.Report `json:"report"`
}

func TestCheckAPI(t *testing.T) {
	ck, docs := realChecker(t)
	ts := newTestServer(t, Options{Checker: ck})
	text, code := wrongArticle(t, docs)
	rec := ts.call(t, auth.Assistant, http.MethodPost, "/api/v1/check", map[string]any{"text": text})
	if rec.Code != http.StatusOK {
		t.Fatalf("check = %d %s", rec.Code, rec.Body)
	}
	ans := decodeBody[checkAnswer](t, rec)
	if ans.Text != text || !slices.ContainsFunc(ans.Report.Findings, func(f check.Finding) bool { return f.Code == code && f.Severity == check.Error }) {
		t.Fatalf("no %s in %+v", code, ans.Report.Findings)
	}
	for _, f := range ans.Report.Findings {
		if text[f.Start:f.End] != f.Quote || f.Message == "" || f.Suggest == "" {
			t.Errorf("finding %s: span %q, quote %q, message %q", f.Code, text[f.Start:f.End], f.Quote, f.Message)
		}
	}
	entries := readAudit(t, ts.auditDir)
	if len(entries) != 1 || entries[0].Route != "POST /api/v1/check" || entries[0].User != "测试法官助理" ||
		len(entries[0].QueryHMAC) != 64 || len(entries[0].ResultIDs) != len(ans.Report.Findings) {
		t.Fatalf("audit %+v", entries)
	}
	// Dismissing a finding is recorded with the user.
	f := ans.Report.Findings[0]
	rec = ts.call(t, auth.Assistant, http.MethodPost, "/api/v1/check/feedback", map[string]any{
		"request_id": ans.RequestID, "code": f.Code, "rune_start": f.RuneStart, "rune_end": f.RuneEnd, "action": "dismiss"})
	if rec.Code != http.StatusOK {
		t.Fatalf("feedback = %d %s", rec.Code, rec.Body)
	}
	entries = readAudit(t, ts.auditDir)
	last := entries[len(entries)-1]
	if last.Route != "POST /api/v1/check/feedback" || last.User != "测试法官助理" || !strings.HasPrefix(last.ResultIDs[0], "dismiss:"+f.Code+"@") {
		t.Fatalf("dismissal audit %+v", last)
	}
	raw := readAuditRaw(t, ts.auditDir)
	for _, leak := range []string{string([]rune(text)[:20]), f.Quote} {
		if len([]rune(leak)) > 3 && strings.Contains(raw, leak) {
			t.Errorf("audit log holds case text %q", leak)
		}
	}
}

func TestCheckAPIFiles(t *testing.T) {
	ck, docs := realChecker(t)
	ts := newTestServer(t, Options{Checker: ck})
	text, code := wrongArticle(t, docs)
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><w:document xmlns:w="w"><w:body>`))
	for _, para := range strings.Split(text, "\n") {
		var esc bytes.Buffer
		xmlEscape(&esc, para)
		w.Write([]byte(`<w:p><w:r><w:t>` + esc.String() + `</w:t></w:r></w:p>`))
	}
	w.Write([]byte(`</w:body></w:document>`))
	zw.Close()
	for name, data := range map[string][]byte{"判决.txt": []byte(gbk), "判决.docx": buf.Bytes()} {
		rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/check", map[string]any{"file": map[string]string{"name": name, "data": base64.StdEncoding.EncodeToString(data)}})
		if rec.Code != http.StatusOK {
			t.Fatalf("%s = %d %s", name, rec.Code, rec.Body)
		}
		ans := decodeBody[checkAnswer](t, rec)
		if !slices.ContainsFunc(ans.Report.Findings, func(f check.Finding) bool { return f.Code == code }) {
			t.Errorf("%s: no %s", name, code)
		}
	}
}

func TestCheckAPIBadInput(t *testing.T) {
	ck, _ := realChecker(t)
	ts := newTestServer(t, Options{Checker: ck})
	tests := []struct {
		name  string
		role  auth.Role
		body  any
		code  int
		field string
	}{
		{"empty", auth.Judge, map[string]any{"text": ""}, 400, "text"},
		{"blank", auth.Judge, map[string]any{"text": "  \n "}, 400, "text"},
		{"two inputs", auth.Judge, map[string]any{"text": "判决", "doc_id": "x"}, 400, "text"},
		{"docx not a zip", auth.Judge, map[string]any{"file": map[string]string{"name": "a.docx", "data": base64.StdEncoding.EncodeToString([]byte("不是压缩包"))}}, 400, "file"},
		{"not base64", auth.Judge, map[string]any{"file": map[string]string{"name": "a.txt", "data": "@@@"}}, 400, "file.data"},
		{"evaluator", auth.Evaluator, map[string]any{"text": "本院认为"}, 403, ""},
		{"too large", auth.Judge, map[string]any{"text": strings.Repeat("字", 1<<20)}, 413, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ts.call(t, tt.role, http.MethodPost, "/api/v1/check", tt.body)
			if rec.Code != tt.code {
				t.Fatalf("= %d %s, want %d", rec.Code, rec.Body, tt.code)
			}
			if tt.field != "" {
				var e errorBody
				json.Unmarshal(rec.Body.Bytes(), &e)
				if e.Error.Field != tt.field || e.Error.Message == "" {
					t.Errorf("error %+v, want field %s", e.Error, tt.field)
				}
			}
		})
	}
	// Not a judgment: answered, with no structural findings.
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/check", map[string]any{"text": "今天天气很好，我们去公园散步。"})
	if ans := decodeBody[checkAnswer](t, rec); rec.Code != 200 || ans.Report.Judgment {
		t.Fatalf("plain text = %d %+v", rec.Code, ans.Report)
	}
}

func xmlEscape(b *bytes.Buffer, s string) {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	b.WriteString(r.Replace(s))
}
