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
