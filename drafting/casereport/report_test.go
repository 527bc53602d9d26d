package casereport

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"leian/corpus"
	"leian/corpus/docstore"
	"leian/corpus/ingest"
	"leian/corpus/ingest/source"
	"leian/internal/dataset"
	"leian/internal/officetest"
	"leian/retrieval"
)

var errEnough = errors.New("enough")

// lecardStore puts the first n LeCaRD candidates, prepared by the real
// ingest step, into a docstore in a temporary folder.
func lecardStore(t *testing.T, n int) (*docstore.Store, []*corpus.Document) {
	t.Helper()
	path := dataset.Path(t, "lecard/candidates.jsonl.gz")
	var docs []*corpus.Document
	err := source.Read(context.Background(), path, source.FormatLeCaRD, source.Options{}, func(e source.Entry) error {
		if e.Problem != nil {
			return e.Problem
		}
		doc, err := ingest.Prepare(e.Record)
		if err != nil {
			return err
		}
		doc.ID = e.Record.Source + ":" + e.Record.SourceID
		if docs = append(docs, doc); len(docs) == n {
			return errEnough
		}
		return nil
	})
	if err != nil && !errors.Is(err, errEnough) {
		t.Fatal(err)
	}
	st, err := docstore.Open(filepath.Join(t.TempDir(), "docs.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.PutBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return st, docs
}

// request is a push of docs with the first three marked.
func request(docs []*corpus.Document) Request {
	req := Request{CaseNo: "（2024）京0105刑初123号", Query: retrieval.Query{Facts: "经审理查明，被告人张某于2018年5月入户盗窃财物，价值2183元。", Charges: []string{"盗窃罪"}, K: len(docs)}}
	for i, d := range docs {
		req.Pushed = append(req.Pushed, Pushed{Rank: i + 1, ID: d.ID, Score: 1 / float64(i+1)})
	}
	req.Selected = []Selection{
		{ID: docs[0].ID, Mark: Follow, Reason: "基本案情与法律适用问题相同"},
		{ID: docs[2].ID, Mark: Consult, Reason: "情节相近，数额不同"},
		{ID: docs[1].ID, Mark: Decline, Reason: "罪名不同<script>"},
	}
	return req
}

var judge = Searcher{User: "张法官", Role: "judge", Platform: "Leian 类案推送（嵌入式检索库）"}

func TestBuildPointsAndRender(t *testing.T) {
	st, docs := lecardStore(t, 5)
	now := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	rep, err := Build(context.Background(), st, judge, request(docs), now)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Cases) != 3 || rep.Cases[1].Rank != 3 || rep.Cases[2].Mark != Decline {
		t.Fatalf("cases %+v", rep.Cases)
	}
	withPoints := 0
	for _, c := range rep.Cases {
		doc, _ := st.Get(context.Background(), c.ID)
		for _, p := range c.Points {
			// A point is quoted from the judgment, never written by Leian.
			if !strings.Contains(strings.ReplaceAll(doc.Text, "\n", ""), strings.TrimSuffix(p, "…")) {
				t.Errorf("%s: point %q is not in the judgment", c.ID, p)
			}
		}
		if len(c.Points) > 0 {
			withPoints++
			if !strings.Contains(c.Points[0], "本院认为") {
				t.Errorf("%s: first point %q does not open the reasoning", c.ID, c.Points[0])
			}
		}
		if len(c.Charges) == 0 {
			t.Errorf("%s: no charges", c.ID)
		}
	}
	if withPoints == 0 {
		t.Error("no selected LeCaRD judgment yielded a 裁判要点")
	}
	html, err := HTML(rep)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"类案检索报告", "检索主体", "张法官（承办法官）", "检索平台", "检索方法", "罪名：盗窃罪"} {
		if !strings.Contains(string(html), want) {
			t.Errorf("html lacks %q", want)
		}
	}
	if !strings.Contains(string(html), "参照1件，参考1件，不予参照1件") || strings.Contains(string(html), "<script>") {
		t.Errorf("html tallies or escaping wrong")
	}
	checkDOCX(t, rep)
}

// checkDOCX converts the .docx with LibreOffice headless and reads it back.
func checkDOCX(t *testing.T, rep *Report) {
	b, err := DOCX(rep)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := zip.NewReader(bytes.NewReader(b), int64(len(b))); err != nil {
		t.Fatalf("not a zip package: %v", err)
	}
	txt := officetest.Text(t, b, "report")
	for _, want := range []string{"类案检索报告", "检索主体：张法官（承办法官）", "检索时间", "检索方法", "裁判要点", "运用情况：参照", "运用情况：不予参照", "理由：罪名不同<script>", rep.Cases[0].ID} {
		if !strings.Contains(txt, want) {
			t.Errorf("converted text lacks %q", want)
		}
	}
}

func TestRequestRefused(t *testing.T) {
	st, docs := lecardStore(t, 3)
	cases := []struct {
		name, field string
		edit        func(*Request)
	}{
		{"no facts", "query.facts", func(r *Request) { r.Query.Facts = " " }},
		{"no push", "pushed", func(r *Request) { r.Pushed = nil }},
		{"rank gap", "pushed[1].rank", func(r *Request) { r.Pushed[1].Rank = 5 }},
		{"duplicate push", "pushed[1].id", func(r *Request) { r.Pushed[1].ID = r.Pushed[0].ID }},
		{"nothing selected", "selected", func(r *Request) { r.Selected = nil }},
		{"not pushed", "selected[0].id", func(r *Request) { r.Selected[0].ID = "lecard:nope" }},
		{"bad mark", "selected[1].mark", func(r *Request) { r.Selected[1].Mark = "采纳" }},
		{"no reason", "selected[2].reason", func(r *Request) { r.Selected[2].Reason = "  " }},
		{"twice", "selected[1].id", func(r *Request) { r.Selected[1].ID = r.Selected[0].ID }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req := request(docs)
			c.edit(&req)
			_, err := Build(context.Background(), st, judge, req, time.Now())
			var ie *InputError
			if !errors.As(err, &ie) || ie.Field != c.field {
				t.Errorf("err %v, want an InputError on %s", err, c.field)
			}
		})
	}
}

func TestFeedback(t *testing.T) {
	mk := func(marks ...Mark) *Report {
		r := &Report{}
		for i, m := range marks {
			if m != "" {
				r.Cases = append(r.Cases, Case{Rank: i + 1, Mark: m})
			}
		}
		return r
	}
	// Report A: ranks 1 参照, 2 unmarked, 3 不予参照. Report B: rank 1 不予参照, rank 2 参考.
	p := Feedback([]*Report{mk(Follow, "", Decline), mk(Decline, Consult), {}})
	if p.Reports != 2 || p.Marks != 4 {
		t.Fatalf("reports %d marks %d", p.Reports, p.Marks)
	}
	want := map[int]float64{1: (1 + 0) / 2.0, 3: (1.0/3 + 1.0/3) / 2}
	for k, v := range want {
		if diff := p.At[k] - v; diff > 1e-9 || diff < -1e-9 {
			t.Errorf("P@%d = %v, want %v", k, p.At[k], v)
		}
	}
	if got := p.JudgedAt[3]; got-0.5 > 1e-9 || 0.5-got > 1e-9 {
		t.Errorf("judged P@3 = %v, want 0.5", got)
	}
	if empty := Feedback(nil); empty.Reports != 0 || empty.At[1] != 0 {
		t.Errorf("empty feedback %+v", empty)
	}
}

func TestDirStore(t *testing.T) {
	testStore(t, Dir{Path: filepath.Join(t.TempDir(), "reports")})
	if _, err := (Dir{Path: t.TempDir()}).Get(context.Background(), "../../etc/passwd"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a path as id: %v, want ErrNotFound", err)
	}
}

type store interface {
	Save(context.Context, *Report) error
	Get(context.Context, string) (*Report, error)
	List(context.Context, string) ([]*Report, error)
}

func testStore(t *testing.T, s store) {
	ctx := context.Background()
	st, docs := lecardStore(t, 3)
	var ids []string
	for i, who := range []Searcher{judge, judge, {User: "李法官", Role: "judge"}} {
		rep, err := Build(ctx, st, who, request(docs), time.Date(2026, 12, 1+i, 0, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Save(ctx, rep); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, rep.ID)
	}
	got, err := s.Get(ctx, ids[0])
	if err != nil || got.Author != "张法官" || len(got.Cases) != 3 || got.Cases[0].Mark != Follow || len(got.Pushed) != 3 {
		t.Fatalf("get %s: %+v, %v", ids[0], got, err)
	}
	mine, err := s.List(ctx, "张法官")
	if err != nil || len(mine) != 2 || mine[0].ID != ids[1] {
		t.Errorf("list 张法官: %d reports (%v), want 2 newest first", len(mine), err)
	}
	all, err := s.List(ctx, "")
	if err != nil || len(all) != 3 {
		t.Errorf("list all: %d (%v)", len(all), err)
	}
	if _, err := s.Get(ctx, "20261201-000000000000"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown id: %v, want ErrNotFound", err)
	}
}
