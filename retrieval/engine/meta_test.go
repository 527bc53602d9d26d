package engine

import (
	"io"
	"log/slog"
	"slices"
	"testing"

	"leian/corpus"
	"leian/retrieval"
)

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestCourtLevelAndProvince(t *testing.T) {
	tests := []struct{ court, level, province string }{
		{"江西省南昌市青山湖区人民法院", "基层", "江西"},
		{"浙江省嘉兴市中级人民法院", "中级", "浙江"},
		{"北京市高级人民法院", "高级", "北京"},
		{"最高人民法院", "最高", ""},
		{"内蒙古自治区呼和浩特市新城区人民法院", "基层", "内蒙古"},
		{"", "", ""},
	}
	for _, tc := range tests {
		if l, p := CourtLevel(tc.court), Province(tc.court); l != tc.level || p != tc.province {
			t.Errorf("%q: level %q province %q, want %q %q", tc.court, l, p, tc.level, tc.province)
		}
	}
}

func TestSuggest(t *testing.T) {
	known := []string{"盗窃罪", "诈骗罪", "合同诈骗罪", "抢劫罪", "故意伤害罪"}
	tests := []struct {
		got  string
		want []string
	}{
		{"盗切罪", []string{"盗窃罪"}},
		{"诈骗", []string{"诈骗罪", "合同诈骗罪"}},
		{"走私罪", nil},
	}
	for _, tc := range tests {
		s := Suggest(tc.got, known, 3)
		if len(tc.want) == 0 && len(s) != 0 || len(tc.want) > 0 && !slices.Equal(s[:len(tc.want)], tc.want) {
			t.Errorf("Suggest(%q) = %v, want prefix %v", tc.got, s, tc.want)
		}
	}
}

func TestProcedure(t *testing.T) {
	tests := map[string]string{"（2018）赣0111刑初485号": "一审", "（2019）浙04刑终12号": "二审", "（2020）京刑再3号": "再审", "": ""}
	for in, want := range tests {
		if got := procedure(in); got != want {
			t.Errorf("procedure(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFallbackTitle(t *testing.T) {
	tests := []struct {
		doc  *corpus.Document
		meta retrieval.Meta
		want string
	}{
		{&corpus.Document{Sources: []corpus.SourceRef{{Source: "cail2018"}}}, retrieval.Meta{Charges: []string{"盗窃罪", "诈骗罪"}}, "CAIL2018 案例：盗窃罪、诈骗罪"},
		{&corpus.Document{Sources: []corpus.SourceRef{{Source: "scm"}}}, retrieval.Meta{}, "SCM 案例"},
		{&corpus.Document{}, retrieval.Meta{}, "公开数据集 案例"},
	}
	for _, tt := range tests {
		if got := fallbackTitle(tt.doc, tt.meta); got != tt.want {
			t.Errorf("fallbackTitle(%v) = %q, want %q", tt.doc.Sources, got, tt.want)
		}
	}
}
