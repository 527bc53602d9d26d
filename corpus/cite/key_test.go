package cite

import "testing"

func TestArticleKey(t *testing.T) {
	tests := []struct {
		art, suffix int
		key         string
	}{{264, 0, "刑法264"}, {133, 1, "刑法133-1"}, {1, 0, "刑法1"}}
	for _, tt := range tests {
		if got := ArticleKey(tt.art, tt.suffix); got != tt.key {
			t.Errorf("ArticleKey(%d, %d) = %q, want %q", tt.art, tt.suffix, got, tt.key)
		}
		if a, s, ok := ParseArticleKey(tt.key); !ok || a != tt.art || s != tt.suffix {
			t.Errorf("ParseArticleKey(%q) = %d, %d, %v", tt.key, a, s, ok)
		}
	}
	for _, bad := range []string{"", "264", "刑法", "刑法x", "刑法264-", "刑法264-0", "刑法-1", "民法典264"} {
		if _, _, ok := ParseArticleKey(bad); ok {
			t.Errorf("ParseArticleKey(%q) accepted", bad)
		}
	}
	cites := []struct {
		c   Citation
		key string
	}{
		{Citation{Law: "中华人民共和国刑法", Article: 264}, "刑法264"},
		{Citation{Article: 133, Suffix: 1}, "刑法133-1"},
		{Citation{Law: "中华人民共和国刑事诉讼法", Article: 15}, ""},
		{Citation{Law: "中华人民共和国民法典", Article: 1165}, ""},
		{Citation{Law: "中华人民共和国刑法"}, ""},
	}
	for _, tt := range cites {
		if got := tt.c.Key(); got != tt.key {
			t.Errorf("%+v.Key() = %q, want %q", tt.c, got, tt.key)
		}
	}
}

func FuzzParseArticleKey(f *testing.F) {
	for _, s := range []string{"刑法264", "刑法133-1", "刑法-", "刑法0-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, sub, ok := ParseArticleKey(s)
		if ok && ArticleKey(a, sub) != s {
			if a2, s2, ok2 := ParseArticleKey(ArticleKey(a, sub)); !ok2 || a2 != a || s2 != sub {
				t.Fatalf("%q: round trip lost (%d, %d)", s, a, sub)
			}
		}
	})
}
