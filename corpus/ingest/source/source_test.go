package source

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"leian/internal/dataset"
)

var errEnough = errors.New("enough records")

// readN reads up to n records of a file, returning them with the problems seen.
func readN(t *testing.T, path string, f Format, opt Options, n int) ([]Record, []*Problem) {
	t.Helper()
	var recs []Record
	var probs []*Problem
	err := Read(context.Background(), path, f, opt, func(e Entry) error {
		if e.Problem != nil {
			probs = append(probs, e.Problem)
			return nil
		}
		recs = append(recs, *e.Record)
		if len(recs) >= n {
			return errEnough
		}
		return nil
	})
	if err != nil && !errors.Is(err, errEnough) {
		t.Fatalf("Read(%s): %v", path, err)
	}
	return recs, probs
}

func TestBundleFormats(t *testing.T) {
	tests := []struct {
		rel        string
		format     Format
		source     string
		wantID     string // SourceID of the first record; "" when identity is the hash
		section    string // a section the first record must carry
		labelsFrom string // Labels.Source, "" for none
	}{
		{"cail2018/cases.jsonl", FormatCAIL2018, "cail2018", "", "facts", "cail2018"},
		{"lecard/candidates.jsonl.gz", FormatLeCaRD, "lecard", "8", "reasoning", "lecard"},
		{"lecard/queries.jsonl", FormatLeCaRDQuery, "lecard-query", "4891", "facts", "lecard-query"},
		{"judge/judge.jsonl", FormatJuDGE, "judge", "ff08a56d-11a3-4369-b5c4-7b61d24842c5", "facts", "judge"},
		{"scm/triplets.jsonl", FormatSCM, "scm", "", "", ""},
		{"civil/cail2021_focus_recognition_train.jsonl", FormatFocus, "cail2021-focus", "122CE830C9A447A9E031AA30D2E70315", "claims", "cail2021-focus"},
		{"civil/cail2020_sfzy_train20.jsonl", FormatSummary, "cail2020-sfzy", "5cec68aadcbea086a5b4b6eccb58a88f", "summary", "cail2020-sfzy"},
		{"civil/gazette/丁启章诉江苏京沪高速公路有限公司等人身损害赔偿纠纷案.md", FormatGazette, "gazette", "丁启章诉江苏京沪高速公路有限公司等人身损害赔偿纠纷案", "summary", ""},
		{"lawbench/3-1.json", FormatLawBench, "lawbench", "3-1:1", "facts", "lawbench/3-1"},
		{"lawbench/3-3.json", FormatLawBench, "lawbench", "3-3:1", "facts", "lawbench/3-3"},
		{"lawbench/3-4.json", FormatLawBench, "lawbench", "3-4:1", "facts", "lawbench/3-4"},
		{"lawbench/3-7.json", FormatLawBench, "lawbench", "3-7:1", "facts", "lawbench/3-7"},
	}
	for _, tc := range tests {
		t.Run(tc.rel, func(t *testing.T) {
			path := dataset.Path(t, tc.rel)
			if got, err := Detect(path); err != nil || got != tc.format {
				t.Fatalf("Detect = %q, %v; want %q", got, err, tc.format)
			}
			recs, probs := readN(t, path, FormatAuto, Options{}, 3)
			if len(probs) > 0 || len(recs) == 0 {
				t.Fatalf("read %d records, problems %v", len(recs), probs)
			}
			r := recs[0]
			if r.Source != tc.source || r.SourceID != tc.wantID || r.File != path || strings.TrimSpace(r.Text) == "" {
				t.Errorf("first record = %s/%q file %s, %d bytes of text", r.Source, r.SourceID, r.File, len(r.Text))
			}
			if tc.section != "" && r.Sections[tc.section] == "" {
				t.Errorf("section %q missing; have %v", tc.section, keys(r.Sections))
			}
			if (r.Labels == nil) != (tc.labelsFrom == "") || (r.Labels != nil && r.Labels.Source != tc.labelsFrom) {
				t.Errorf("labels = %+v, want from %q", r.Labels, tc.labelsFrom)
			}
		})
	}
}

func TestCAIL2018Labels(t *testing.T) {
	recs, _ := readN(t, dataset.Path(t, "cail2018/cases.jsonl"), FormatCAIL2018, Options{}, 1)
	l := recs[0].Labels
	if l.TermMonths == nil || *l.TermMonths != 6 || len(l.Articles) != 1 || l.Articles[0] != 213 ||
		l.Charges[0] != "假冒注册商标" || l.Fine == nil || l.Criminals[0] != "陈某某" {
		t.Errorf("labels of line 1 = %+v", l)
	}
}

func TestSplitQuestion(t *testing.T) {
	tests := []struct {
		q, facts string
		charges  []string
		articles []int
	}{
		{"事实:被告人颜某盗走现金3723元。罪名:盗窃。法条:刑法第264条", "被告人颜某盗走现金3723元。", []string{"盗窃"}, []int{264}},
		{"事实:公诉机关指控…\r\n罪名:盗窃;诈骗", "公诉机关指控…", []string{"盗窃", "诈骗"}, nil},
		{"事实:罪名:在事实里罪名:抢劫。法条:刑法第263、67条", "罪名:在事实里", []string{"抢劫"}, []int{263, 67}},
		{"文书:经审理查明，被告人刘XX…", "经审理查明，被告人刘XX…", nil, nil},
	}
	for _, tc := range tests {
		facts, charges, articles := splitQuestion(tc.q)
		if facts != tc.facts || strings.Join(charges, ",") != strings.Join(tc.charges, ",") || len(articles) != len(tc.articles) {
			t.Errorf("splitQuestion(%q) = %q %v %v", tc.q, facts, charges, articles)
		}
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestBundleAndExpand(t *testing.T) {
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	files, err := Bundle(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 7+933+4 || files[0].Format != FormatCAIL2018 || files[len(files)-1].Format != FormatLawBench {
		t.Errorf("Bundle: %d files, first %+v", len(files), files[0])
	}
	civil, err := Expand([]string{filepath.Join(dir, "civil")}, FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	if len(civil) != 2+933 {
		t.Errorf("Expand(civil) = %d files, want 935", len(civil))
	}
}
