package api

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"leian/api/auth"
)

// TestBrowserSentencing drives the 量刑建议 page in headless Chromium: a
// judge gets a recommendation with its cited steps and the similar cases'
// chart, an unknown charge gets a Chinese error naming the field, and
// logging out wipes the page.
func TestBrowserSentencing(t *testing.T) {
	requireChromium(t)
	ts := newTestServer(t, Options{Sentencing: loadEstimator(t)})
	tctx := openUI(t, ts, 90*time.Second)
	err := chromedp.Do(tctx,
		logIn(ts.tokens[auth.Judge]),
		openPage("sentencing"),
		chromedp.WaitVisible(chromedp.CSS("#sent-facts")),
		chromedp.SetValue(chromedp.CSS("#sent-facts"), theftFacts),
		chromedp.SetValue(chromedp.CSS("#sent-charges"), "盗窃罪"),
		chromedp.Click(chromedp.CSS("#sent-submit")),
		chromedp.WaitVisible(chromedp.CSS("#sent-result .trace li")),
	)
	if err != nil {
		t.Fatalf("recommendation through the UI: %v", err)
	}
	text, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#sent-result")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"量刑建议", "第二百六十四条", "量刑起点", "相似已决案件", "cail2018:"} {
		if !strings.Contains(text, want) {
			t.Errorf("result lacks %q:\n%s", want, text)
		}
	}
	bars, err := chromedp.Run(tctx, chromedp.Evaluate[int](`document.querySelectorAll("#sent-result svg.term-chart rect.bar").length`))
	if err != nil || bars == 0 {
		t.Errorf("term chart bars = %d (%v), want the similar cases' histogram", bars, err)
	}
	err = chromedp.Do(tctx,
		chromedp.SetValue(chromedp.CSS("#sent-charges"), "飞行罪"),
		chromedp.Click(chromedp.CSS("#sent-submit")),
		chromedp.WaitVisible(chromedp.CSS("#sent-status.error")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if msg, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#sent-status"))); err != nil || !strings.Contains(msg, "未知罪名") || !strings.Contains(msg, "罪名（第1项）") {
		t.Errorf("error %q (%v), want 未知罪名 on 罪名（第1项）", msg, err)
	}
	err = chromedp.Do(tctx, chromedp.Click(chromedp.CSS("#logout")), chromedp.WaitVisible(chromedp.CSS("#token")))
	if err != nil {
		t.Fatal(err)
	}
	left, err := chromedp.Run(tctx, chromedp.Evaluate[string](`document.getElementById("sent-facts").value + document.getElementById("sent-result").textContent`))
	if err != nil || left != "" {
		t.Errorf("after logout the page still holds %q (%v)", left, err)
	}
}
