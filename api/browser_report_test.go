package api

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"leian/api/auth"
	"leian/drafting/casereport"
)

// TestBrowserReport: a judge pushes, marks two cases (one without a reason
// first, which is refused naming the case), files the report, exports it
// as .docx and HTML, and finds it on the 检索报告 page; an assistant sees
// no mark controls.
func TestBrowserReport(t *testing.T) {
	requireChromium(t)
	ts := reportServer(t)
	facts, _ := lecardQuery(t, 330)
	tctx := openUI(t, ts, 90*time.Second)
	first := `#results article.case:nth-of-type(1) `
	third := `#results article.case:nth-of-type(3) `
	err := chromedp.Do(tctx,
		logIn(ts.tokens[auth.Judge]),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
		chromedp.SetValue(chromedp.CSS("#facts"), facts),
		chromedp.SetValue(chromedp.CSS("#charges"), "盗窃罪"),
		chromedp.Click(chromedp.CSS("#submit")),
		chromedp.WaitVisible(chromedp.CSS(first+".report-control")),
		chromedp.WaitVisible(chromedp.CSS("#report-panel")),
		chromedp.Click(chromedp.CSS(first+".report-pick")),
		chromedp.SetValue(chromedp.CSS(first+".report-reason"), "基本案情、争议焦点与法律适用相同"),
		chromedp.Click(chromedp.CSS(third+".report-pick")),
		chromedp.SetValue(chromedp.CSS(third+".report-mark"), "不予参照"),
		chromedp.SetValue(chromedp.CSS("#report-case-no"), "（2026）测0101刑初1号"),
		chromedp.Click(chromedp.CSS("#report-file")),
		chromedp.WaitVisible(chromedp.CSS("#report-status.error")),
	)
	if err != nil {
		t.Fatalf("mark cases through the UI: %v", err)
	}
	if msg, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#report-status"))); err != nil || !strings.Contains(msg, "第2件选中类案") || !strings.Contains(msg, "理由") {
		t.Errorf("refusal %q (%v), want it to name the 2nd selected case and its 理由", msg, err)
	}
	err = chromedp.Do(tctx,
		chromedp.SetValue(chromedp.CSS(third+".report-reason"), "罪名与情节均不同"),
		chromedp.Click(chromedp.CSS("#report-file")),
		chromedp.WaitVisible(chromedp.CSS(`#report-status .report-export[data-format="docx"]`)),
		chromedp.Click(chromedp.CSS(`#report-status .report-export[data-format="docx"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#report-status .report-export[data-bytes]`)),
		chromedp.Click(chromedp.CSS(`#report-status .report-export[data-format="html"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#report-status .report-export[data-format="html"][data-bytes]`)),
	)
	if err != nil {
		t.Fatalf("file and export the report: %v", err)
	}
	saveScreenshot(t, tctx, "leian-e2e-report.png")
	reps, err := ts.srv.opts.Reports.List(context.Background(), "")
	if err != nil || len(reps) != 1 {
		t.Fatalf("stored reports: %d (%v), want 1", len(reps), err)
	}
	rep := reps[0]
	if rep.CaseNo != "（2026）测0101刑初1号" || len(rep.Cases) != 2 || rep.Cases[0].Rank != 1 || rep.Cases[0].Mark != casereport.Follow ||
		rep.Cases[1].Rank != 3 || rep.Cases[1].Mark != casereport.Decline || rep.Cases[1].Reason != "罪名与情节均不同" {
		t.Errorf("stored report %+v", rep)
	}
	err = chromedp.Do(tctx,
		openPage("reports"),
		chromedp.WaitVisible(chromedp.CSS("#report-list .report-row")),
	)
	if err != nil {
		t.Fatalf("open the 检索报告 page: %v", err)
	}
	if row, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#report-list .report-row"))); err != nil || !strings.Contains(row, rep.ID) || !strings.Contains(row, "参照 1") {
		t.Errorf("report row %q (%v)", row, err)
	}

	// An assistant pushes but may not file reports: no controls, no page.
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS("#logout")),
		logIn(ts.tokens[auth.Assistant]),
		chromedp.WaitVisible(chromedp.CSS("#facts")),
		chromedp.SetValue(chromedp.CSS("#facts"), facts),
		chromedp.Click(chromedp.CSS("#submit")),
		chromedp.WaitVisible(chromedp.CSS("#results article.case")),
	)
	if err != nil {
		t.Fatalf("push as assistant: %v", err)
	}
	n, err := chromedp.Run(tctx, chromedp.Evaluate[int](`document.querySelectorAll(".report-control, #nav button[data-page=reports]").length + ($("report-panel").hidden ? 0 : 1)`))
	if err != nil || n != 0 {
		t.Errorf("assistant sees %d report controls (%v), want none", n, err)
	}
}
