package evals

import (
	"slices"
	"strings"
	"testing"
)

func TestParseRankings(t *testing.T) {
	tests := []struct {
		in      string
		want    map[string][]string
		wantErr string
	}{
		{`{"4891": [1062, "8281"]}`, map[string][]string{"4891": {"1062", "8281"}}, ""},
		{`{"1": []}`, map[string][]string{"1": {}}, ""},
		{`{"1": [1.5]}`, nil, "integer"},
		{`{"1": [true]}`, nil, "string or a number"},
		{`[1, 2]`, nil, "query ridx"},
	}
	for _, tt := range tests {
		got, err := parseRankings([]byte(tt.in))
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("parseRankings(%s) err = %v, want one containing %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("parseRankings(%s): %v", tt.in, err)
			continue
		}
		for q, ids := range tt.want {
			if !slices.Equal(got[q], ids) {
				t.Errorf("parseRankings(%s)[%s] = %v, want %v", tt.in, q, got[q], ids)
			}
		}
	}
}

func FuzzParseRankings(f *testing.F) {
	f.Add([]byte(`{"4891": [1062, "8281"]}`))
	f.Add([]byte(`{"1": [1e3]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := parseRankings(b)
		if err == nil && got == nil {
			t.Errorf("parseRankings(%q): nil map without an error", b)
		}
	})
}

func TestParseSCMRun(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{"B\nC\n\nB\n", []string{"B", "C", "B"}, false},
		{"B\r\nC\r\n", []string{"B", "C"}, false},
		{`["C", "B"]`, []string{"C", "B"}, false},
		{"B\nA\n", nil, true},
		{`["B", 1]`, nil, true},
		{"", nil, false},
	}
	for _, tt := range tests {
		got, err := parseSCMRun([]byte(tt.in))
		if (err != nil) != tt.wantErr || !slices.Equal(got, tt.want) {
			t.Errorf("parseSCMRun(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func FuzzParseSCMRun(f *testing.F) {
	f.Add([]byte("B\nC\n"))
	f.Add([]byte(`["B","C"]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		labels, err := parseSCMRun(b)
		if err != nil {
			return
		}
		for _, l := range labels {
			if l != "B" && l != "C" {
				t.Errorf("parseSCMRun(%q) accepted label %q", b, l)
			}
		}
	})
}

func TestParseThresholds(t *testing.T) {
	in := "# comment\n\nlecard ndcg@30 0.85\n  scm accuracy 0.66  \n"
	got, err := ParseThresholds(strings.NewReader(in), "thresholds")
	if err != nil {
		t.Fatal(err)
	}
	want := []Threshold{{"lecard", "ndcg@30", 0.85, 3}, {"scm", "accuracy", 0.66, 4}}
	if !slices.Equal(got, want) {
		t.Errorf("ParseThresholds = %+v, want %+v", got, want)
	}
	for _, bad := range []string{"lecard ndcg@30", "lecard ndcg@30 high", "a b 1 2"} {
		if _, err := ParseThresholds(strings.NewReader(bad), "thresholds"); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("ParseThresholds(%q) err = %v, want one naming line 1", bad, err)
		}
	}
}

func FuzzParseThresholds(f *testing.F) {
	f.Add("lecard ndcg@30 0.85\n# c\n")
	f.Fuzz(func(t *testing.T, s string) {
		ts, err := ParseThresholds(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		for _, th := range ts {
			if th.Suite == "" || th.Metric == "" || th.Line < 1 {
				t.Errorf("ParseThresholds(%q) gave %+v", s, th)
			}
		}
	})
}

func TestCheckThresholds(t *testing.T) {
	rec := &Record{Suite: "scm", Metrics: map[string]float64{"accuracy": 0.6}}
	ts := []Threshold{
		{"scm", "accuracy", 0.6, 1},  // equal passes
		{"scm", "accuracy", 0.61, 2}, // below fails
		{"scm", "f1", 0.1, 3},        // unreported fails
		{"lecard", "map", 0.9, 4},    // other suite ignored
	}
	got := CheckThresholds(rec, ts)
	if len(got) != 2 || !strings.Contains(got[0], "line 2") || !strings.Contains(got[1], "not reported") {
		t.Errorf("CheckThresholds = %q, want the line-2 miss and the unreported metric", got)
	}
}
