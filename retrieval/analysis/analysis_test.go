package analysis

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokensKeepsLegalTermsWhole(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // each must appear as one token
		not  []string // none may appear
	}{
		{"charge and penalty", "被告人应国平犯交通肇事罪，判处有期徒刑一年五个月。",
			[]string{"交通肇事罪", "有期徒刑", "被告人"}, []string{"，", "。"}},
		{"drug charge with commas", "被告人犯走私、贩卖、运输、制造毒品罪",
			[]string{"走私、贩卖、运输、制造毒品罪"}, nil},
		{"chinese article number", "依照《中华人民共和国刑法》第二百六十四条之规定",
			[]string{"第264条", "中华人民共和国", "刑法"}, []string{"之", "《"}},
		{"arabic article number", "依照刑法第264条、第133条之一的规定",
			[]string{"第264条", "第133条之1"}, []string{"的", "、"}},
		{"circumstances", "被告人有自首情节，认罪认罚，取得谅解，已退赃。",
			[]string{"自首", "认罪认罚", "取得谅解", "退赃"}, nil},
		{"suspended death", "判处死刑缓期二年执行，剥夺政治权利终身",
			[]string{"死刑缓期二年执行", "剥夺政治权利终身"}, nil},
		{"traditional input", "被告人犯盜竊罪，判處有期徒刑",
			[]string{"盗窃罪", "有期徒刑"}, []string{"盜竊罪"}},
		{"full-width and case", "罚金人民币２０００元，ＡＢＣ公司",
			[]string{"2000", "abc"}, []string{"２０００", "ＡＢＣ"}},
		{"masked names", "被告人王×× 、李某某", []string{"王"}, []string{"××", "×"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokens(tt.text)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Tokens(%q) = %q, missing %q", tt.text, got, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("Tokens(%q) = %q, should not hold %q", tt.text, got, w)
				}
			}
		})
	}
}

func TestSearchTokensAddSubwords(t *testing.T) {
	got := SearchTokens("中华人民共和国刑法规定的盗窃罪")
	for _, w := range []string{"中华人民共和国", "中华", "共和国", "盗窃罪", "盗窃", "刑法"} {
		if !slices.Contains(got, w) {
			t.Errorf("SearchTokens = %q, missing %q", got, w)
		}
	}
	// Every precise token must be indexed in search mode, or queries miss.
	text := "经审理查明，2017年8月15日16时25分许，被告人应国平驾驶牌号赣E×××的小型轿车"
	search := SearchTokens(text)
	for _, w := range Tokens(text) {
		if !slices.Contains(search, w) {
			t.Errorf("precise token %q not among search tokens %q", w, search)
		}
	}
}

func TestBigrams(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"盗窃罪", []string{"盗窃", "窃罪"}},
		{"犯盜竊罪", []string{"犯盗", "盗窃", "窃罪"}},
		{"罚金2000元", []string{"罚金", "2000", "元"}},
		{"甲，乙", []string{"甲", "乙"}},
		{"", []string{}},
	}
	for _, tt := range tests {
		if got := Bigrams(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Bigrams(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestTokenOffsetsPointIntoInput(t *testing.T) {
	text := "第二百六十四条　ＡＢＣ公司盗窃人民币２０００元。"
	for _, mode := range []Mode{Precise, Search, Bigram} {
		tok, err := NewTokenizer(mode, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range tok.Tokenize([]byte(text)) {
			src := text[tk.Start:tk.End]
			folded, _ := fold(src)
			if folded != string(tk.Term) && !strings.HasPrefix(src, "第") {
				t.Errorf("%s: token %q at [%d,%d) covers %q", mode, tk.Term, tk.Start, tk.End, src)
			}
		}
	}
}

// FuzzTokenize checks that any input, however malformed, yields tokens
// with valid offsets into it and valid UTF-8 terms.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"被告人犯盗窃罪，判处有期徒刑一年。", "第一百三十三条之一", "第十条之", "Ａ\xff第条", "×××"} {
		f.Add(s)
	}
	toks := make([]*Tokenizer, 0, 3)
	for _, mode := range []Mode{Precise, Search, Bigram} {
		tok, err := NewTokenizer(mode, false)
		if err != nil {
			f.Fatal(err)
		}
		toks = append(toks, tok)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, tok := range toks {
			for _, tk := range tok.Tokenize([]byte(text)) {
				if tk.Start < 0 || tk.End > len(text) || tk.Start > tk.End {
					t.Fatalf("%s: token %q has offsets [%d,%d) outside %d bytes", tok.mode, tk.Term, tk.Start, tk.End, len(text))
				}
				if len(tk.Term) == 0 || !utf8.Valid(tk.Term) {
					t.Fatalf("%s: bad term %q", tok.mode, tk.Term)
				}
			}
		}
	})
}
