package rules

import (
	"regexp"
	"testing"
)

func TestNormalizeArticle(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" = rejected
	}{
		{"264", "刑法264"},
		{" 264 ", "刑法264"},
		{"第264条", "刑法264"},
		{"刑法264", "刑法264"},
		{"刑法第二百六十四条", "刑法264"},
		{"《中华人民共和国刑法》第二百六十四条", "刑法264"},
		{"第一百三十三条之一", "刑法133-1"},
		{"133之一", "刑法133-1"},
		{"133-1", "刑法133-1"},
		{"第二百六十四条第一款", "刑法264"},
		{"第六十七条第三款", "刑法67"},
		{"第一百三十三条之一第一款第二项", "刑法133-1"},
		{"１３３", "刑法133"},
		{"0", ""},
		{"453", ""},
		{"民法典第1165条", ""},
		{"第264条之十", ""},
		{"264条款", ""},
		{"第264条以下", ""},
		{"之一", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := NormalizeArticle(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("NormalizeArticle(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

var articleForm = regexp.MustCompile(`^刑法[1-9][0-9]{0,2}(-[1-9])?$`)

// FuzzNormalizeArticle: whatever users type, the result is either rejected
// or in the index's form, and normalising it again changes nothing.
func FuzzNormalizeArticle(f *testing.F) {
	for _, s := range []string{"264", "刑法第二百六十四条", "133之一", "133-1", "第六十七条第三款", "《中华人民共和国刑法》第二十五条", "第条之", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := NormalizeArticle(s)
		if !ok {
			if got != "" {
				t.Fatalf("rejected %q but returned %q", s, got)
			}
			return
		}
		if !articleForm.MatchString(got) {
			t.Fatalf("NormalizeArticle(%q) = %q, not in the index's form", s, got)
		}
		if again, ok := NormalizeArticle(got); !ok || again != got {
			t.Fatalf("NormalizeArticle(%q) = %q, not idempotent (%q)", got, again, s)
		}
	})
}
