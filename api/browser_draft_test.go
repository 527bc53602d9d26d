package api

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"leian/api/auth"
)

// TestBrowserDraft drives the 文书生成 page as an assistant: draft a real
// case, show each sentence's source, edit the reasoning, export .docx.
func TestBrowserDraft(t *testing.T) {
	requireChromium(t)
	ts := newTestServer(t, draftOptions(t))
	facts, _ := lecardQuery(t, 330)
	tctx := openUI(t, ts, 120*time.Second)
	err := chromedp.Do(tctx,
		logIn(ts.tokens[auth.Assistant]),
		openPage("draft"),
		chromedp.WaitVisible(chromedp.CSS("#draft-facts")),
		chromedp.SetValue(chromedp.CSS("#draft-facts"), facts),
		chromedp.Click(chromedp.CSS("#draft-sources")),
		chromedp.Click(chromedp.CSS("#draft-submit")),
		chromedp.WaitVisible(chromedp.CSS("#draft-body .draft-sentence")),
	)
	if err != nil {
		t.Fatalf("draft through the UI: %v", err)
	}
	checkCount(t, tctx, `#draft-body .draft-section[data-key="reasoning"] .draft-sentence`, 2)
	checkCount(t, tctx, "#draft-body .draft-src", 5)
	checkCount(t, tctx, "#draft-articles li", 1)
	checkCount(t, tctx, "#draft-cases li", 1)
	text, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS(`#draft-body .draft-section[data-key="verdict"]`)))
	if err != nil || !strings.Contains(text, "判处") {
		t.Errorf("verdict %q (%v), want a sentence", text, err)
	}
	if _, err := chromedp.Run(tctx, chromedp.Evaluate[string](`document.querySelector('#draft-body .draft-section[data-key="reasoning"] .draft-sentence').textContent = "本院认为，经合议庭评议修改。"`)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tctx, chromedp.Click(chromedp.CSS("#draft-export"))); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		st, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#draft-status")))
		if err == nil && strings.Contains(st, "已导出") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("export status %q (%v)", st, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	saveScreenshot(t, tctx, "draft.png")
	if strings.Contains(ts.logs.String(), string([]rune(facts)[:12])) {
		t.Error("server log contains the facts")
	}
}
