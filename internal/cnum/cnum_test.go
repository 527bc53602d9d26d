package cnum

import "testing"

func TestParseInt(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"二百六十四", 264, true},
		{"一百三十三", 133, true},
		{"十", 10, true},
		{"十五", 15, true},
		{"二十", 20, true},
		{"一千零五十", 1050, true},
		{"两万", 20000, true},
		{"三万五千", 35000, true},
		{"一亿二千万", 120000000, true},
		{"二〇一八", 2018, true},
		{"264", 264, true},
		{"２６４", 264, true},
		{"3万", 30000, true},
		{"12万", 120000, true},
		{"零", 0, true},
		{"", 0, false},
		{"第五", 0, false},
		{"abc", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseInt(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseInt(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzParseInt(f *testing.F) {
	for _, s := range []string{"二百六十四", "二〇一八", "3万", "一亿二千万"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n, ok := ParseInt(s); ok && n < 0 {
			t.Errorf("ParseInt(%q) = %d: negative", s, n)
		}
	})
}
