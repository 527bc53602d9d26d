package api

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"leian/api/auth"
)

// TestBrowserCheck drives the 智能纠错 page in headless Chromium: an
// assistant pastes a real judgment with a miswritten article, sees the
// finding marked in the text and listed beside it, dismisses it, and the
// dismissal lands in the audit log with the user.
func TestBrowserCheck(t *testing.T) {
	requireChromium(t)
	ck, docs := realChecker(t)
	ts := newTestServer(t, Options{Checker: ck})
	text, _ := wrongArticle(t, docs)
	tctx := openUI(t, ts, 90*time.Second)
	err := chromedp.Do(tctx,
		logIn(ts.tokens[auth.Assistant]),
		openPage("check"),
		chromedp.WaitVisible(chromedp.CSS("#check-text")),
		chromedp.SetValue(chromedp.CSS("#check-text"), text),
		chromedp.Click(chromedp.CSS("#check-submit")),
		chromedp.WaitVisible(chromedp.CSS("#check-view mark.finding.error")),
		chromedp.WaitVisible(chromedp.CSS("#check-list .finding-card.error")),
	)
	if err != nil {
		t.Fatalf("check through the UI: %v", err)
	}
	mark, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#check-view mark.finding.error")))
	if err != nil || !strings.Contains(text, mark) || mark == "" {
		t.Errorf("marked %q (%v) is not a passage of the text", mark, err)
	}
	status, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#check-status")))
	if !strings.Contains(status, "错误") {
		t.Errorf("status %q lacks the counts", status)
	}
	saveScreenshot(t, tctx, "leian-e2e-check.png")
	before, _ := chromedp.Run(tctx, chromedp.Evaluate[int](`document.querySelectorAll("#check-list .finding-card").length`))
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS("#check-list .finding-card .actions button.link")),
		chromedp.WaitVisible(chromedp.CSS("#check-status")),
	)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		after, _ := chromedp.Run(tctx, chromedp.Evaluate[int](`document.querySelectorAll("#check-list .finding-card").length`))
		if after == before-1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("dismissed finding still listed: %d → %d", before, after)
		}
		time.Sleep(100 * time.Millisecond)
	}
	found := false
	for _, e := range readAudit(t, ts.auditDir) {
		if e.Route == "POST /api/v1/check/feedback" && e.User == "测试法官助理" && strings.HasPrefix(e.ResultIDs[0], "dismiss:") {
			found = true
		}
	}
	if !found {
		t.Fatal("no dismissal with the user in the audit log")
	}
	// Logging out wipes the page.
	if err := chromedp.Do(tctx, chromedp.Click(chromedp.CSS("#logout")), chromedp.WaitVisible(chromedp.CSS("#token"))); err != nil {
		t.Fatal(err)
	}
	left, _ := chromedp.Run(tctx, chromedp.Evaluate[string](`document.getElementById("check-text").value + document.getElementById("check-view").textContent`))
	if left != "" {
		t.Errorf("logout left %d characters of case text on the page", len(left))
	}
}
