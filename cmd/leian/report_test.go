package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"leian/drafting/casereport"
	"leian/retrieval"
)

// TestReportCommands: with no report, feedback says so; with filed reports,
// list, show, export and feedback read them from LEIAN_HOME/reports.
func TestReportCommands(t *testing.T) {
	home := t.TempDir()
	t.Setenv("LEIAN_HOME", home)
	t.Setenv("LEIAN_STORE", "embedded")
	if out, err := runLeian(t, "eval", "feedback"); err != nil || !strings.Contains(out, "还没有反馈") {
		t.Fatalf("feedback with no reports: %q, %v", out, err)
	}
	// Reports as the API files them; the cases' content is not what is tested here.
	st := casereport.Dir{Path: filepath.Join(home, "reports")}
	mk := func(id string, marks ...casereport.Mark) {
		r := &casereport.Report{ID: id, Author: "张法官", Role: "judge", Created: time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC),
			Query: retrieval.Query{Facts: "被告人入户盗窃。"}, Basis: casereport.Guidance}
		for i := range 10 {
			r.Pushed = append(r.Pushed, casereport.Pushed{Rank: i + 1, ID: "lecard:" + string(rune('a'+i))})
		}
		for i, m := range marks {
			r.Cases = append(r.Cases, casereport.Case{Rank: i + 1, ID: r.Pushed[i].ID, Mark: m, Reason: "理由"})
		}
		if err := st.Save(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	mk("20261204-000000000001", casereport.Follow, casereport.Decline)
	mk("20261204-000000000002", casereport.Consult)
	out, err := runLeian(t, "eval", "feedback", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var p casereport.Precision
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("%q: %v", out, err)
	}
	if p.Reports != 2 || p.At[1] != 1 || p.JudgedAt[3] != 0.75 {
		t.Errorf("feedback %+v, want 2 reports, P@1 1, judged P@3 0.75", p)
	}
	if out, err := runLeian(t, "report", "list"); err != nil || !strings.Contains(out, "20261204-000000000002") {
		t.Errorf("report list: %q, %v", out, err)
	}
	if out, err := runLeian(t, "report", "show", "20261204-000000000001"); err != nil || !strings.Contains(out, "运用情况：不予参照") {
		t.Errorf("report show: %q, %v", out, err)
	}
	docx := filepath.Join(t.TempDir(), "r.docx")
	if _, err := runLeian(t, "report", "export", "20261204-000000000001", "--out", docx); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(docx); err != nil || len(b) < 1000 {
		t.Errorf("exported docx: %d bytes, %v", len(b), err)
	}
	if _, err := runLeian(t, "report", "export", "20261204-000000000001", "--out", "r.pdf"); err == nil {
		t.Error("export to .pdf: want an error")
	}
	if _, err := runLeian(t, "report", "show", "20261204-999999999999"); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Errorf("show an unknown report: %v", err)
	}
}
