package api

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"leian/api/auth"
)

// TestBrowserDeviation drives the 偏离度预警 page in headless Chromium: a
// reviewer checks an unlawful term for a real judgment's facts and sees the
// error with its legal evidence, the similar-case chart with the proposed
// term marked, a field error in Chinese, and nothing left after logout.
func TestBrowserDeviation(t *testing.T) {
	requireChromium(t)
	ts := newTestServer(t, deviationOptions(t))
	hs := httptest.NewServer(ts.srv.Handler())
	defer hs.Close()
	doc := sentencedDoc(t)
	d := doc.Elements.Defendants[0]

	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(hs.URL)); err != nil {
		t.Fatal(err)
	}
	tctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	err := chromedp.Do(tctx,
		logIn(ts.tokens[auth.Reviewer]),
		openPage("deviation"),
		chromedp.WaitVisible(chromedp.CSS("#dev-facts")),
		chromedp.SetValue(chromedp.CSS("#dev-facts"), doc.Sections["facts"]),
		chromedp.SetValue(chromedp.CSS("#dev-charges"), strings.Join(d.Charges, "，")),
		chromedp.SetValue(chromedp.CSS("#dev-term"), "400"),
		chromedp.SetValue(chromedp.CSS("#dev-fine"), "1000"),
		chromedp.Click(chromedp.CSS("#dev-submit")),
		chromedp.WaitVisible(chromedp.CSS("#dev-alerts .dev-alert.sev-error")),
	)
	if err != nil {
		body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("dev-status").textContent + "|" + document.getElementById("dev-result").textContent.slice(0, 300)`))
		t.Fatalf("check a proposal through the UI: %v; page says %q", err, body)
	}
	if level, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS(".dev-level"))); err != nil || level != "违法" {
		t.Errorf("level %q (%v), want 违法", level, err)
	}
	evidence, err := chromedp.Run(tctx, chromedp.Evaluate[string](
		`Array.from(document.querySelectorAll("#dev-alerts .sev-error .evidence li"), li => li.textContent).join("\n")`))
	if err != nil || !strings.Contains(evidence, "刑法第") {
		t.Errorf("error evidence %q (%v), want the Criminal Law article", evidence, err)
	}
	checkCount(t, tctx, "#dev-similar .dev-cases tbody tr", 1)
	chart, err := chromedp.Run(tctx, chromedp.Evaluate[int](`document.querySelectorAll("svg.term-chart line.proposed").length`))
	if err != nil {
		t.Fatal(err)
	}
	note, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#dev-similar")))
	if chart != 1 && !strings.Contains(note, "不足") {
		t.Errorf("no proposed-term marker in the chart and no note why: %q", note)
	}
	saveScreenshot(t, tctx, "leian-e2e-deviation.png")

	err = chromedp.Do(tctx,
		chromedp.SetValue(chromedp.CSS("#dev-facts"), " "),
		chromedp.Click(chromedp.CSS("#dev-submit")),
		chromedp.WaitVisible(chromedp.CSS("#dev-status.error")),
	)
	if err != nil {
		t.Fatalf("submit empty facts: %v", err)
	}
	if msg, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#dev-status"))); err != nil || !strings.Contains(msg, "请填写案件事实") || !strings.Contains(msg, "请检查：案件事实") {
		t.Errorf("error message %q (%v), want 请填写案件事实 naming the field", msg, err)
	}

	err = chromedp.Do(tctx, chromedp.Click(chromedp.CSS("#logout")), chromedp.WaitVisible(chromedp.CSS("#token")))
	if err != nil {
		t.Fatal(err)
	}
	left, err := chromedp.Run(tctx, chromedp.Evaluate[string](
		`["dev-facts","dev-charges","dev-term","dev-fine"].map(id => document.getElementById(id).value).join("") + document.getElementById("dev-result").textContent`))
	if err != nil || left != "" {
		t.Errorf("case data left after logout: %q (%v)", left, err)
	}
}
