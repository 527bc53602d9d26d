package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"leian/api/auth"
	"leian/corpus/parse"
	"leian/internal/dataset"
)

// firstJudgment is the first real LeCaRD judgment of the bundle.
func firstJudgment(t testing.TB) string {
	t.Helper()
	var text string
	dataset.Lines(t, "lecard/candidates.jsonl.gz", func(_ int, b []byte) bool {
		var r struct{ Qw string }
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		text = r.Qw
		return false
	})
	return text
}

type anonAnswer struct {
	Text       string `json:"text"`
	Redactions []struct {
		Kind        string `json:"kind"`
		Replacement string `json:"replacement"`
	} `json:"redactions"`
	Counts  map[string]int `json:"counts"`
	Persons int            `json:"persons"`
}

// TestAnonymizeAPI checks roles, bad input, the answer on a real judgment
// and that the audit log holds counts but no name from the judgment.
func TestAnonymizeAPI(t *testing.T) {
	ts := newTestServer(t, Options{})
	text := firstJudgment(t)
	defendant := ""
	for _, p := range parse.Parse(text).Parties {
		if p.Role == "被告人" {
			defendant = p.Name
		}
	}
	if defendant == "" {
		t.Fatal("the first LeCaRD judgment has no 被告人 the parser reads")
	}
	cases := []struct {
		name string
		role auth.Role
		body any
		want int
	}{
		{"judge", auth.Judge, map[string]any{"text": text}, 200},
		{"assistant", auth.Assistant, map[string]any{"text": text}, 200},
		{"reviewer", auth.Reviewer, map[string]any{"text": text}, 200},
		{"evaluator may not", auth.Evaluator, map[string]any{"text": text}, 403},
		{"admin may not", auth.Admin, map[string]any{"text": text}, 403},
		{"no token", "", map[string]any{"text": text}, 401},
		{"empty", auth.Judge, map[string]any{"text": "  "}, 400},
		{"two inputs", auth.Judge, map[string]any{"text": text, "doc_id": "lecard:8"}, 400},
		{"no store for doc_id", auth.Judge, map[string]any{"doc_id": "lecard:8"}, 503},
		{"too large", auth.Judge, map[string]any{"text": strings.Repeat("判", DefaultMaxBody/3+10)}, 413},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := ts.call(t, c.role, http.MethodPost, "/api/v1/anonymize", c.body)
			if rec.Code != c.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, c.want, rec.Body.String())
			}
			if c.want != 200 {
				return
			}
			ans := decodeBody[anonAnswer](t, rec)
			if strings.Contains(ans.Text, defendant) || ans.Persons < 1 || ans.Counts["name"] == 0 {
				t.Errorf("defendant still named or no names redacted (persons %d, counts %v)", ans.Persons, ans.Counts)
			}
			if strings.Contains(rec.Body.String(), defendant) {
				t.Errorf("the answer carries the original name")
			}
		})
	}
	raw := readAuditRaw(t, ts.auditDir)
	if strings.Contains(raw, defendant) || !strings.Contains(raw, "name:") {
		t.Errorf("audit log holds the defendant's name or lacks the counts")
	}
	for _, e := range readAudit(t, ts.auditDir) {
		if e.Route == "POST /api/v1/anonymize" && e.Status == 200 && e.QueryHMAC == "" {
			t.Errorf("audited answer without the request hash")
		}
	}
}

// TestBrowserAnonymize drives the 上网隐名 page in headless Chromium: a
// judge pastes a real judgment and sees the redactions marked in place
// with their kinds, the bench kept, and nothing left after logging out.
func TestBrowserAnonymize(t *testing.T) {
	requireChromium(t)
	ts := newTestServer(t, Options{})
	text := firstJudgment(t)
	st := parse.Parse(text)
	tctx := openUI(t, ts, 90*time.Second)
	err := chromedp.Do(tctx,
		logIn(ts.tokens[auth.Judge]),
		openPage("anonymize"),
		chromedp.WaitVisible(chromedp.CSS("#anon-text")),
		chromedp.SetValue(chromedp.CSS("#anon-text"), text),
		chromedp.Click(chromedp.CSS("#anon-submit")),
		chromedp.WaitVisible(chromedp.CSS("#anon-view mark.redaction.name")),
	)
	if err != nil {
		t.Fatalf("anonymise through the UI: %v", err)
	}
	checkCount(t, tctx, "#anon-view mark.redaction.birth_date", 1)
	kind, _ := chromedp.Run(tctx, chromedp.Evaluate[string](`document.querySelector("#anon-view mark.redaction.name").dataset.kind`))
	if kind != "姓名" {
		t.Errorf("name mark labelled %q, want 姓名", kind)
	}
	view, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#anon-view")))
	for _, p := range st.Parties {
		if p.Role == "被告人" && strings.Contains(view, p.Name) {
			t.Errorf("defendant still named on the page")
		}
	}
	if len(st.Judges) == 0 || !strings.Contains(view, st.Judges[0].Name) {
		t.Errorf("presiding judge not kept on the page")
	}
	side, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#anon-list")))
	if !strings.Contains(side, "姓名") || !strings.Contains(side, "审判人员") {
		t.Errorf("side list %q lacks the kinds or the kept bench", side)
	}
	saveScreenshot(t, tctx, "leian-e2e-anonymize.png")
	if err := chromedp.Do(tctx, chromedp.Click(chromedp.CSS("#logout")), chromedp.WaitVisible(chromedp.CSS("#token"))); err != nil {
		t.Fatal(err)
	}
	left, _ := chromedp.Run(tctx, chromedp.Evaluate[string](`document.getElementById("anon-text").value + document.getElementById("anon-view").textContent`))
	if left != "" {
		t.Errorf("logout left %d characters of case text on the page", len(left))
	}
}
