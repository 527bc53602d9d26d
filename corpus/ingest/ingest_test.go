package ingest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"leian/corpus"
	"leian/corpus/ingest/source"
)

func TestIngestIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	files := smallBundle(t, dir)
	st := openStore(t, dir)
	defer st.Close()
	first := run(t, st, files, Options{Workers: 2})
	if first.Total.Rejected != 0 || first.Total.New == 0 {
		t.Fatalf("first run: %+v, rejections %v", first.Total, first.Rejections())
	}
	for _, src := range []string{"cail2018", "lecard", "lecard-query", "judge", "scm", "cail2021-focus", "cail2020-sfzy", "gazette", "lawbench"} {
		if first.Store.BySource[src] == 0 {
			t.Errorf("no %s documents stored", src)
		}
	}
	second := run(t, st, files, Options{Workers: 2})
	if second.Store.Documents != first.Store.Documents {
		t.Errorf("second run: %d documents, first %d", second.Store.Documents, first.Store.Documents)
	}
	if second.Total.New+second.Total.Merged+second.Total.Updated != 0 || second.Total.Unchanged != second.Records {
		t.Errorf("second run changed something: %+v of %d records", second.Total, second.Records)
	}
	// Every document carries what Leian parsed and a hash of its text.
	err := st.Each(context.Background(), func(d *corpus.Document) error {
		if d.Structure == nil || d.Elements == nil || d.ContentHash != ContentHash(d.Text) || len(d.Sources) == 0 {
			t.Errorf("%s: structure %v elements %v hash ok %v", d.ID, d.Structure != nil, d.Elements != nil, d.ContentHash == ContentHash(d.Text))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestJuDGEMergesOntoLeCaRD(t *testing.T) {
	dir := t.TempDir()
	files := smallBundle(t, dir)[1:4] // LeCaRD candidates and queries, JuDGE
	st := openStore(t, dir)
	defer st.Close()
	sum := run(t, st, files, Options{})
	// Lines 65 and 68 of candidates.jsonl.gz are JuDGE records 246 and 275.
	if got := sum.BySource["judge"].Merged; got != 2 {
		t.Errorf("judge records merged = %d, want 2", got)
	}
	d, err := st.Get(context.Background(), "lecard:312")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sources) != 2 || d.Sources[1].Source != "judge" || d.Sources[1].Line != 246 {
		t.Errorf("sources = %+v", d.Sources)
	}
	if len(d.Labels) != 2 || d.Labels[1].Source != "judge" || len(d.Labels[1].Articles) == 0 || d.Labels[0].Other["ajId"] == "" {
		t.Errorf("labels = %+v", d.Labels)
	}
	byJudge, err := st.BySource(context.Background(), "judge", d.Sources[1].SourceID)
	if err != nil || byJudge.ID != d.ID {
		t.Errorf("BySource(judge) = %v, %v", byJudge, err)
	}
}

// A JuDGE record whose text equals a LeCaRD document but whose case id
// differs is a different judgment: same text alone does not merge.
func TestSameTextDifferentCaseStaysApart(t *testing.T) {
	dir := t.TempDir()
	cands := sliceBundle(t, dir, "lecard/candidates.jsonl.gz", 1)
	recs := readAll(t, cands)
	other := filepath.Join(dir, "judge.jsonl")
	line := `{"text_id": "not-the-same-case", "text": "", "la": [133], "fd": ` + quote(recs[0].Text) + "}\n"
	if err := os.WriteFile(other, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t, dir)
	defer st.Close()
	sum := run(t, st, []source.File{{Path: cands}, {Path: other}}, Options{})
	if sum.Total.New != 2 || sum.Total.Merged != 0 {
		t.Errorf("outcomes %+v, want 2 new documents", sum.Total)
	}
}

// The same facts in CAIL2018 and LawBench are one document with both labels.
func TestLawBenchMergesOntoCAIL2018(t *testing.T) {
	dir := t.TempDir()
	lb := sliceBundle(t, dir, "lawbench/3-4.json", 1)
	lbRecs := readAll(t, lb)
	cail := filepath.Join(dir, "cases.jsonl")
	line := `{"fact": ` + quote(lbRecs[0].Text) + `, "meta": {"relevant_articles": [264], "accusation": ["盗窃"], "punish_of_money": 0, "criminals": [], "term_of_imprisonment": {"death_penalty": false, "imprisonment": 4, "life_imprisonment": false}}, "source": "open-compass/LawBench"}` + "\n"
	if err := os.WriteFile(cail, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t, dir)
	defer st.Close()
	sum := run(t, st, []source.File{{Path: cail}, {Path: lb}}, Options{})
	if sum.Store.Documents != 1 || sum.Total.Merged != 1 {
		t.Fatalf("documents %d, outcomes %+v; want 1 document, 1 merge", sum.Store.Documents, sum.Total)
	}
	var d *corpus.Document
	_ = st.Each(context.Background(), func(x *corpus.Document) error { d = x; return nil })
	if len(d.Labels) != 2 || d.Labels[0].Source != "cail2018" || d.Labels[1].Source != "lawbench/3-4" || *d.Labels[1].TermMonths != 4 {
		t.Errorf("labels = %+v", d.Labels)
	}
}

func TestBadRecordsDoNotStopTheRun(t *testing.T) {
	dir := t.TempDir()
	cases := sliceBundle(t, dir, "cail2018/cases.jsonl", 3)
	b, _ := os.ReadFile(cases)
	bad := append([]byte("{not json\n"), b...)
	bad = append(bad, []byte(`{"fact": "经审理查明`)...) // torn final line
	if err := os.WriteFile(cases, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "gone.jsonl")
	st := openStore(t, dir)
	defer st.Close()
	sum := run(t, st, []source.File{{Path: cases, Format: source.FormatCAIL2018}, {Path: missing, Format: source.FormatJSONL}}, Options{})
	if sum.Store.Documents != 3 || sum.Total.Rejected != 3 {
		t.Fatalf("documents %d, rejected %d (%v); want 3 and 3", sum.Store.Documents, sum.Total.Rejected, sum.Rejections())
	}
	for _, r := range []source.Reason{source.ReasonMalformed, source.ReasonTorn, source.ReasonRead} {
		if sum.Rejected[r] == nil || len(sum.Rejected[r].Examples) == 0 {
			t.Errorf("no %s rejection reported", r)
		}
	}
}

func readAll(t *testing.T, path string) []source.Record {
	t.Helper()
	var recs []source.Record
	err := source.Read(context.Background(), path, source.FormatAuto, source.Options{}, func(e source.Entry) error {
		if e.Record != nil {
			recs = append(recs, *e.Record)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
