package api

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"leian/api/auth"
)

// TestBrowserForms drives the 要素式审判 page: a judge pastes a real
// private-lending judgment, sees the form filled with confidences and
// sources, corrects the principal, drafts from the corrected form, and
// logging out wipes the page.
func TestBrowserForms(t *testing.T) {
	requireChromium(t)
	ts := newTestServer(t, draftOptions(t))
	text := scmLoan(t, 11)
	tctx := openUI(t, ts, 90*time.Second)
	err := chromedp.Do(tctx,
		logIn(ts.tokens[auth.Judge]),
		openPage("forms"),
		chromedp.WaitVisible(chromedp.CSS("#form-text")),
		chromedp.SetValue(chromedp.CSS("#form-text"), text),
		chromedp.Click(chromedp.CSS("#form-submit")),
		chromedp.WaitVisible(chromedp.CSS("#form-fields .form-value")),
	)
	if err != nil {
		t.Fatalf("fill the form through the UI: %v", err)
	}
	status, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#form-status")))
	if !strings.Contains(status, "民间借贷") {
		t.Errorf("status %q does not name the form", status)
	}
	quotes, _ := chromedp.Run(tctx, chromedp.Evaluate[int](`document.querySelectorAll("#form-fields .quote").length`))
	if quotes == 0 {
		t.Error("no value shows the passage it was read from")
	}
	err = chromedp.Do(tctx,
		chromedp.SetValue(chromedp.CSS(`#form-fields .form-value[data-key="principal"]`), "61234元"),
		chromedp.Click(chromedp.CSS("#form-draft")),
		chromedp.WaitVisible(chromedp.CSS("#form-result .draft-text")),
	)
	if err != nil {
		t.Fatalf("draft from the corrected form: %v", err)
	}
	result, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#form-result")))
	if !strings.Contains(result, "61234") {
		t.Errorf("the draft does not carry the corrected principal: %.200q", result)
	}
	judged, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#form-fields")))
	if !strings.Contains(judged, "已人工更正") {
		t.Error("the corrected value is not marked as the judge's")
	}
	saveScreenshot(t, tctx, "leian-e2e-forms.png")
	if err := chromedp.Do(tctx, chromedp.Click(chromedp.CSS("#logout")), chromedp.WaitVisible(chromedp.CSS("#token"))); err != nil {
		t.Fatal(err)
	}
	left, _ := chromedp.Run(tctx, chromedp.Evaluate[string](`document.getElementById("form-text").value + document.getElementById("form-fields").textContent + document.getElementById("form-result").textContent`))
	if left != "" {
		t.Errorf("logout left %d characters of case data on the page", len(left))
	}
}

// TestBrowserBatch drives the 类案批量智审 page: an assistant enters stored
// theft and traffic cases, sees them grouped with each member's differences,
// and drafts a group's other cases from its model case.
func TestBrowserBatch(t *testing.T) {
	requireChromium(t)
	ts := newTestServer(t, batchOptions(t))
	ids := append(lecardIDs(t, "盗窃罪", 4), lecardIDs(t, "交通肇事罪", 3)...)
	tctx := openUI(t, ts, 120*time.Second)
	err := chromedp.Do(tctx,
		logIn(ts.tokens[auth.Assistant]),
		openPage("batch"),
		chromedp.WaitVisible(chromedp.CSS("#batch-ids")),
		chromedp.SetValue(chromedp.CSS("#batch-ids"), strings.Join(ids, "\n")),
		chromedp.Click(chromedp.CSS("#batch-submit")),
		chromedp.WaitVisible(chromedp.CSS("#batch-clusters .batch-cluster")),
	)
	if err != nil {
		t.Fatalf("group through the UI: %v", err)
	}
	rows, _ := chromedp.Run(tctx, chromedp.Evaluate[int](`document.querySelectorAll("#batch-clusters tbody tr").length`))
	if rows != len(ids) {
		t.Errorf("%d rows for %d cases", rows, len(ids))
	}
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS("#batch-clusters .batch-cluster button.batch-draft")),
		chromedp.WaitVisible(chromedp.CSS("#batch-drafts .batch-draft-item")),
	)
	if err != nil {
		t.Fatalf("draft a group from its model: %v", err)
	}
	status, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#batch-status")))
	if !strings.Contains(status, "依范本") {
		t.Errorf("status %q", status)
	}
	// Each draft lists what it took over from the model case.
	carried, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#batch-drafts .batch-draft-item .batch-carries")))
	if !strings.Contains(carried, "罪名") || !strings.Contains(carried, "刑期") {
		t.Errorf("carried-over list %q lacks the charge or the term", carried)
	}
	saveScreenshot(t, tctx, "leian-e2e-batch.png")
	if err := chromedp.Do(tctx, chromedp.Click(chromedp.CSS("#logout")), chromedp.WaitVisible(chromedp.CSS("#token"))); err != nil {
		t.Fatal(err)
	}
	left, _ := chromedp.Run(tctx, chromedp.Evaluate[string](`document.getElementById("batch-ids").value + document.getElementById("batch-clusters").textContent + document.getElementById("batch-drafts").textContent`))
	if left != "" {
		t.Errorf("logout left %d characters of case data on the page", len(left))
	}
}
