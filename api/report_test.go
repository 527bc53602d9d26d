package api

import (
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"leian/api/auth"
	"leian/drafting/casereport"
)

// reportServer is a server over the real engine, docstore and a report
// folder in a temporary home.
func reportServer(t *testing.T) *testServer {
	opts := realOptions(t)
	opts.Reports = casereport.Dir{Path: filepath.Join(t.TempDir(), "reports")}
	opts.Platform = "Leian 类案推送（测试）"
	return newTestServer(t, opts)
}

// pushFor runs a real push and turns it into a report request marking the
// first three results.
func pushFor(t *testing.T, ts *testServer) reportRequest {
	facts, _ := lecardQuery(t, 330)
	q := map[string]any{"facts": facts, "charges": []string{"盗窃罪"}, "k": 10}
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/similar", q)
	if rec.Code != http.StatusOK {
		t.Fatalf("push: %d %s", rec.Code, rec.Body)
	}
	resp := decodeBody[similarResponse](t, rec)
	if len(resp.Cases) < 3 {
		t.Fatalf("push found %d cases", len(resp.Cases))
	}
	req := reportRequest{CaseNo: "（2026）测0101刑初1号", Query: similarRequest{Facts: facts, Charges: []string{"盗窃罪"}, K: 10}}
	for i, c := range resp.Cases {
		req.Pushed = append(req.Pushed, casereport.Pushed{Rank: i + 1, ID: c.ID, Score: c.Score})
	}
	req.Selected = []casereport.Selection{
		{ID: resp.Cases[0].ID, Mark: casereport.Follow, Reason: "案情与争议焦点相同"},
		{ID: resp.Cases[1].ID, Mark: casereport.Consult, Reason: "数额不同"},
		{ID: resp.Cases[2].ID, Mark: casereport.Decline, Reason: "罪名不同"},
	}
	return req
}

func TestReportFileAndExport(t *testing.T) {
	ts := reportServer(t)
	req := pushFor(t, ts)
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/reports", req)
	if rec.Code != http.StatusCreated {
		t.Fatalf("file report: %d %s", rec.Code, rec.Body)
	}
	rep := decodeBody[casereport.Report](t, rec)
	if rep.Author != "测试"+auth.Judge.Label() || rep.Platform != "Leian 类案推送（测试）" || len(rep.Cases) != 3 || len(rep.Pushed) != len(req.Pushed) || rep.QueryHash == "" {
		t.Fatalf("report %+v", rep)
	}
	var pushHash string
	for _, e := range readAudit(t, ts.auditDir) {
		if e.Route == "POST /api/v1/similar" {
			pushHash = e.QueryHMAC
		}
	}
	if pushHash != rep.QueryHash {
		t.Errorf("report query hash %s, its push's %s: the audit log cannot tie them", rep.QueryHash, pushHash)
	}
	if len(rep.Cases[0].Points) == 0 {
		t.Errorf("case %s has no 裁判要点", rep.Cases[0].ID)
	}
	for _, tt := range []struct{ path, ctype, want string }{
		{"/api/v1/reports/" + rep.ID, "application/json", rep.Cases[0].ID},
		{"/api/v1/reports/" + rep.ID + "/html", "text/html", "类案检索报告"},
		{"/api/v1/reports/" + rep.ID + "/docx", "application/vnd.openxmlformats", "word/document.xml"},
	} {
		rec := ts.call(t, auth.Judge, http.MethodGet, tt.path, nil)
		if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), tt.ctype) || !strings.Contains(rec.Body.String(), tt.want) {
			t.Errorf("GET %s = %d %s, want %s holding %q", tt.path, rec.Code, rec.Header().Get("Content-Type"), tt.ctype, tt.want)
		}
	}
	list := decodeBody[struct {
		Reports []reportSummary `json:"reports"`
	}](t, ts.call(t, auth.Judge, http.MethodGet, "/api/v1/reports", nil))
	if len(list.Reports) != 1 || list.Reports[0].Marks[casereport.Follow] != 1 {
		t.Errorf("list %+v", list)
	}
	// Filing, listing and every export are audited with the report's id.
	var filed, exported int
	for _, e := range readAudit(t, ts.auditDir) {
		if len(e.ResultIDs) > 0 && e.ResultIDs[0] == "report:"+rep.ID {
			switch e.Route {
			case "POST /api/v1/reports":
				filed++
				if e.QueryHMAC != rep.QueryHash {
					t.Errorf("audit query hash %s, report %s", e.QueryHMAC, rep.QueryHash)
				}
			case "GET /api/v1/reports/:id/docx", "GET /api/v1/reports/:id/html":
				exported++
			}
		}
	}
	if filed != 1 || exported != 2 {
		t.Errorf("audit: %d filings, %d exports; want 1 and 2", filed, exported)
	}
}

func TestReportRefusals(t *testing.T) {
	ts := reportServer(t)
	req := pushFor(t, ts)
	rec := ts.call(t, auth.Judge, http.MethodPost, "/api/v1/reports", req)
	rep := decodeBody[casereport.Report](t, rec)

	bad := req
	bad.Selected = append([]casereport.Selection{}, req.Selected...)
	bad.Selected[1].Mark = "采纳"
	unknown := req
	unknown.Pushed = append([]casereport.Pushed{}, req.Pushed...)
	unknown.Pushed[0].ID = "lecard:no-such-doc"
	unknown.Selected = []casereport.Selection{{ID: "lecard:no-such-doc", Mark: casereport.Follow, Reason: "x"}}
	tests := []struct {
		name   string
		role   auth.Role
		method string
		path   string
		body   any
		want   int
		field  string
	}{
		{"assistant may not file", auth.Assistant, http.MethodPost, "/api/v1/reports", req, http.StatusForbidden, ""},
		{"reviewer may not read", auth.Reviewer, http.MethodGet, "/api/v1/reports/" + rep.ID, nil, http.StatusForbidden, ""},
		{"bad mark", auth.Judge, http.MethodPost, "/api/v1/reports", bad, http.StatusBadRequest, "selected[1].mark"},
		{"unknown document", auth.Judge, http.MethodPost, "/api/v1/reports", unknown, http.StatusNotFound, ""},
		{"unknown report", auth.Judge, http.MethodGet, "/api/v1/reports/20260101-000000000000/docx", nil, http.StatusNotFound, ""},
		{"path as id", auth.Judge, http.MethodGet, "/api/v1/reports/..%2f..%2ftokens/html", nil, http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ts.call(t, tt.role, tt.method, tt.path, tt.body)
			if rec.Code != tt.want {
				t.Fatalf("%s %s = %d %s, want %d", tt.method, tt.path, rec.Code, rec.Body, tt.want)
			}
			if e := decodeBody[errorBody](t, rec); e.Error.Field != tt.field {
				t.Errorf("field %q, want %q", e.Error.Field, tt.field)
			}
		})
	}
}

// TestReportOwnOnly: another judge cannot read or export a report.
func TestReportOwnOnly(t *testing.T) {
	ts := reportServer(t)
	rep := decodeBody[casereport.Report](t, ts.call(t, auth.Judge, http.MethodPost, "/api/v1/reports", pushFor(t, ts)))
	other, _, err := ts.srv.opts.Tokens.(*auth.Tokens).Add("另一法官", auth.Judge)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/v1/reports/" + rep.ID, "/api/v1/reports/" + rep.ID + "/docx"} {
		r := newRequest(http.MethodGet, path)
		r.Header.Set("Authorization", "Bearer "+other)
		if rec := serve(ts.srv, r); rec.Code != http.StatusNotFound {
			t.Errorf("another judge GET %s = %d, want 404", path, rec.Code)
		}
	}
}
