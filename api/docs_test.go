package api

import (
	"net/http"
	"strings"
	"testing"

	"leian/api/auth"
)

func TestDocument(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	tests := []struct {
		path        string
		want        int
		wantTitle   string
		wantCaseNo  string
		wantVerdict string
	}{
		{"/api/v1/docs/lecard:8", http.StatusOK, "应国平交通肇事一审刑事判决书", "（2018）赣0111刑初485号", "判处有期徒刑一年五个月"},
		{"/api/v1/docs/lecard%3A13", http.StatusOK, "叶勇、刘月、周文发等诈骗罪一审刑事判决书", "（2018）浙0304刑初87号", "犯诈骗罪"},
		{"/api/v1/docs/lecard:no-such-id", http.StatusNotFound, "", "", ""},
	}
	for _, tt := range tests {
		rec := ts.call(t, auth.Assistant, http.MethodGet, tt.path, nil)
		if rec.Code != tt.want {
			t.Fatalf("GET %s = %d %s, want %d", tt.path, rec.Code, rec.Body, tt.want)
		}
		if tt.want != http.StatusOK {
			continue
		}
		v := decodeBody[documentView](t, rec)
		if v.Title != tt.wantTitle || v.CaseNo != tt.wantCaseNo || !strings.Contains(v.Text, "刑事判决书") || v.Elements == nil {
			t.Errorf("GET %s = title %q, case %q, elements %v; want %q, %q", tt.path, v.Title, v.CaseNo, v.Elements, tt.wantTitle, tt.wantCaseNo)
		}
		if !hasSection(v, "verdict", tt.wantVerdict) {
			t.Errorf("GET %s: no verdict section containing %q in %+v", tt.path, tt.wantVerdict, v.Sections)
		}
	}
	entries := readAudit(t, ts.auditDir)
	if len(entries) != 3 || entries[0].ResultIDs[0] != "lecard:8" || entries[2].Status != http.StatusNotFound {
		t.Errorf("audit = %+v, want two reads and one 404", entries)
	}
}

func TestLaw(t *testing.T) {
	ts := newTestServer(t, realOptions(t))
	tests := []struct {
		q         string
		want      int
		wantRef   string
		wantField string
	}{
		{"刑法第二百六十四条", http.StatusOK, "刑法第二百六十四条", ""},
		{"264", http.StatusOK, "刑法第二百六十四条", ""},
		{"133之一", http.StatusOK, "刑法第一百三十三条之一", ""},
		{"第六十七条第三款", http.StatusOK, "刑法第六十七条第三款", ""},
		{"第999条", http.StatusNotFound, "", ""},
		{"", http.StatusBadRequest, "", "q"},
		{strings.Repeat("刑", maxLawQueryLen+1), http.StatusBadRequest, "", "q"},
	}
	for _, tt := range tests {
		rec := ts.call(t, auth.Reviewer, http.MethodGet, "/api/v1/law?q="+tt.q, nil)
		if rec.Code != tt.want {
			t.Fatalf("law %q = %d %s, want %d", tt.q, rec.Code, rec.Body, tt.want)
		}
		if tt.want != http.StatusOK {
			if e := decodeBody[errorBody](t, rec); e.Error.Field != tt.wantField {
				t.Errorf("law %q error field %q, want %q", tt.q, e.Error.Field, tt.wantField)
			}
			continue
		}
		resp := decodeBody[lawResponse](t, rec)
		got := ""
		if len(resp.Rules) > 0 {
			got = resp.Rules[0].Ref
		}
		if got != tt.wantRef {
			t.Errorf("law %q = %q, want %q", tt.q, got, tt.wantRef)
		}
	}
}

func hasSection(v documentView, kind, contains string) bool {
	for _, s := range v.Sections {
		if s.Kind == kind && strings.Contains(s.Text, contains) {
			return true
		}
	}
	return false
}
