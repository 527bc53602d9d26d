package api

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"leian/api/auth"
)

const chromiumPath = "/usr/bin/chromium"

// TestBrowserPush drives the embedded UI in headless Chromium: log in with a
// token, push a real LeCaRD query, and check the cards, reasons, marked
// passages, rules panel, detail view and a Chinese error message.
func TestBrowserPush(t *testing.T) {
	requireChromium(t)
	ts := newTestServer(t, realOptions(t))
	hs := httptest.NewServer(ts.srv.Handler())
	defer hs.Close()
	facts, _ := lecardQuery(t, 330)

	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(hs.URL)); err != nil { // the first call starts the browser: no timeout on it
		t.Fatal(err)
	}
	tctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	err := chromedp.Do(tctx,
		logIn(ts.tokens[auth.Judge]),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
		chromedp.SetValue(chromedp.CSS("#facts"), facts),
		chromedp.SetValue(chromedp.CSS("#charges"), "盗窃罪"),
		chromedp.SetValue(chromedp.CSS("#articles"), "264"),
		chromedp.Click(chromedp.CSS("#submit")),
		chromedp.WaitVisible(chromedp.CSS("#results article.case mark")),
		chromedp.WaitVisible(chromedp.CSS("#rules .rule")),
	)
	if err != nil {
		t.Fatalf("push through the UI: %v", err)
	}
	checkCount(t, tctx, "#results article.case", 10)
	checkCount(t, tctx, "#results .chip.shared", 1)
	checkCount(t, tctx, "#results .bar .seg", 10)
	checkCount(t, tctx, "#rules .rule", 1)
	if rule, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#rules .rule h4"))); err != nil || !strings.Contains(rule, "刑法第二百六十四条") {
		t.Errorf("first rule %q (%v), want 刑法第二百六十四条 for 盗窃罪", rule, err)
	}
	marks, err := chromedp.Run(tctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#results mark"), m => m.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range marks {
		if len([]rune(m)) < 4 {
			t.Errorf("marked passage %q shorter than the 4-rune minimum", m)
		}
	}
	saveScreenshot(t, tctx, "leian-e2e-results.png")

	title, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#results article.case h3 button")))
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS("#results article.case h3 button")),
		chromedp.WaitVisible(chromedp.CSS("#detail-sections .doc-section")),
	)
	if err != nil {
		t.Fatalf("open the detail view: %v", err)
	}
	detail, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#detail-title")))
	if err != nil || !strings.Contains(title, detail) {
		t.Errorf("detail title %q (%v), want the card's %q", detail, err, title)
	}
	saveScreenshot(t, tctx, "leian-e2e-detail.png")

	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS("#detail-back")),
		chromedp.SetValue(chromedp.CSS("#facts"), "   "),
		chromedp.Click(chromedp.CSS("#submit")),
		chromedp.WaitVisible(chromedp.CSS("#status.error")),
	)
	if err != nil {
		t.Fatalf("submit empty facts: %v", err)
	}
	if msg, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#status"))); err != nil || !strings.Contains(msg, "请填写案件事实") {
		t.Errorf("error message %q (%v), want 请填写案件事实", msg, err)
	}
}

// newBrowser starts headless Chromium with a fresh profile for this test.
// logIn enters token in the login form and submits it.
func logIn(token string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.WaitVisible(chromedp.CSS("#token")),
		chromedp.SendKeys(chromedp.CSS("#token"), token),
		chromedp.Click(chromedp.CSS("#login-form button")),
	)
}

// openPage opens a page from the navigation bar once login has shown it.
func openPage(page string) chromedp.Action[chromedp.Void] {
	sel := `#nav button[data-page="` + page + `"]`
	return chromedp.Steps(chromedp.WaitVisible(chromedp.CSS(sel)), chromedp.Click(chromedp.CSS(sel)))
}

// openUI serves ts over HTTP and opens Chromium on it, returning a browser
// context that ends after timeout; the server and browser close with t.
func openUI(t *testing.T, ts *testServer, timeout time.Duration) context.Context {
	t.Helper()
	hs := httptest.NewServer(ts.srv.Handler())
	t.Cleanup(hs.Close)
	ctx := newBrowser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(hs.URL)); err != nil {
		t.Fatal(err)
	}
	tctx, cancel := context.WithTimeout(ctx, timeout)
	t.Cleanup(cancel)
	return tctx
}

// requireChromium skips a browser test where Chromium is missing, and
// fails it under CI, where .ci/run installs it.
func requireChromium(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is required in CI (apt-get install chromium chromium-driver): %v", err)
		}
		t.Skipf("chromium not installed at %s: %v", chromiumPath, err)
	}
}

func newBrowser(t *testing.T) context.Context {
	t.Helper()
	// Not t.TempDir: Chromium's children may still write there after it
	// stops, and a failed removal would fail the test.
	profile, err := os.MkdirTemp("", "leian-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 1400),
	)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
		os.RemoveAll(profile)
	})
	return ctx
}

func checkCount(t *testing.T, ctx context.Context, selector string, atLeast int) {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+"`"+selector+"`"+`).length`))
	if err != nil || n < atLeast {
		t.Errorf("%s: %d elements (%v), want at least %d", selector, n, err, atLeast)
	}
}

// saveScreenshot keeps a full-page screenshot outside the repository for a
// person to look at; it is never compared or committed.
func saveScreenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // quality 100 gives PNG
	if err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	dir := filepath.Join(os.TempDir(), "leian-e2e")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// TestBrowserLogoutClears: a judge pushes and opens a case, then logs out;
// an evaluator, who may not see pushes or judgments, logs in on the same
// page and must find none of the judge's facts, cases or rules, in the
// page or in its storage. On the way, an error names the field as the
// form labels it, not by its JSON name.
func TestBrowserLogoutClears(t *testing.T) {
	requireChromium(t)
	opts := realOptions(t)
	opts.NotReady = "类案索引未完成，推送结果可能不完整"
	ts := newTestServer(t, opts)
	facts, _ := lecardQuery(t, 330)
	tctx := openUI(t, ts, 90*time.Second)
	err := chromedp.Do(tctx,
		logIn(ts.tokens[auth.Judge]),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
		chromedp.WaitVisible(chromedp.CSS("#notice")),
	)
	if err != nil {
		t.Fatalf("log in as judge with an incomplete index: %v", err)
	}
	if n, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#notice"))); err != nil || !strings.Contains(n, "索引未完成") {
		t.Errorf("notice %q (%v), want the incomplete-index warning", n, err)
	}
	err = chromedp.Do(tctx,
		chromedp.SetValue(chromedp.CSS("#facts"), facts),
		chromedp.SetValue(chromedp.CSS("#charges"), "盗窃罪"),
		chromedp.Click(chromedp.CSS("#submit")),
		chromedp.WaitVisible(chromedp.CSS("#results article.case")),
		chromedp.WaitVisible(chromedp.CSS("#rules .rule")),
	)
	if err != nil {
		t.Fatalf("push as judge: %v", err)
	}
	title, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#results article.case h3 button")))
	if err != nil {
		t.Fatal(err)
	}
	rule, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#rules .rule .rule-text")))
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS("#results article.case h3 button")),
		chromedp.WaitVisible(chromedp.CSS("#detail-sections .doc-section")),
		chromedp.Click(chromedp.CSS("#detail-back")),
		chromedp.SetValue(chromedp.CSS("#year-from"), "2019"),
		chromedp.SetValue(chromedp.CSS("#year-to"), "2015"),
		chromedp.Click(chromedp.CSS("#submit")),
		chromedp.WaitVisible(chromedp.CSS("#status.error")),
	)
	if err != nil {
		t.Fatalf("open a case, then a bad year range: %v", err)
	}
	if msg, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#status"))); err != nil || !strings.Contains(msg, "结束年份") || strings.Contains(msg, "filters.") {
		t.Errorf("error message %q (%v), want the field named 结束年份, not filters.year_to", msg, err)
	}
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS("#logout")),
		logIn(ts.tokens[auth.Evaluator]),
		chromedp.WaitVisible(chromedp.CSS("#who")),
	)
	if err != nil {
		t.Fatalf("log out and in as evaluator: %v", err)
	}
	page, err := chromedp.Run(tctx, chromedp.Evaluate[string](`[
		document.body.textContent,
		...Array.from(document.querySelectorAll("input, textarea, select"), (n) => n.value),
		JSON.stringify(Object.entries(sessionStorage)),
		JSON.stringify(Object.entries(localStorage)),
	].join("\n")`))
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, tctx, "leian-e2e-after-logout.png")
	for name, leak := range map[string]string{
		"facts": string([]rune(facts)[:20]), "case title": title, "rule text": string([]rune(rule)[:min(20, len([]rune(rule)))]), "judge token": ts.tokens[auth.Judge],
	} {
		if leak != "" && strings.Contains(page, leak) {
			t.Errorf("after the judge logged out, the evaluator's page holds the judge's %s %q", name, leak)
		}
	}
}
