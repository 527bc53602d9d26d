package check

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"leian/corpus/rules"
	"leian/internal/dataset"
)

var (
	libOnce sync.Once
	libVal  *rules.Library
	libErr  error
)

func library(t testing.TB) *rules.Library {
	t.Helper()
	dir, err := dataset.Dir()
	if err != nil {
		t.Fatal(err)
	}
	libOnce.Do(func() { libVal, libErr = rules.Load(context.Background(), dir) })
	if libErr != nil {
		t.Fatal(libErr)
	}
	return libVal
}

// judgments returns the JuDGE full judgments (real court documents).
func judgments(t testing.TB, n int) []string {
	t.Helper()
	var out []string
	dataset.Lines(t, "judge/judge.jsonl", func(_ int, b []byte) bool {
		var r struct{ FD string }
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r.FD)
		return n <= 0 || len(out) < n
	})
	return out
}

// find returns the first judgment holding every marker.
func find(t *testing.T, markers ...string) string {
	t.Helper()
	for _, j := range judgments(t, 0) {
		ok := true
		for _, m := range markers {
			if !strings.Contains(j, m) {
				ok = false
				break
			}
		}
		if ok {
			return j
		}
	}
	t.Fatalf("no judgment holds %v", markers)
	return ""
}

func codes(r *Report, sev Severity) map[string]int {
	out := map[string]int{}
	for _, f := range r.Findings {
		if sev == "" || f.Severity == sev {
			out[f.Code]++
		}
	}
	return out
}

func overlapping(r *Report, code string, a, b int) bool {
	for _, f := range r.Findings {
		if f.Code == code && f.RuneStart < b && a < f.RuneEnd {
			return true
		}
	}
	return false
}

// TestSeededErrors injects one error into a real judgment per case and
// expects the finding on the injected span.
func TestSeededErrors(t *testing.T) {
	ck := Default(Deps{Library: library(t)})
	ctx := context.Background()
	theft := find(t, "犯盗窃罪", "第二百六十四条", "本院认为", "刑期")
	tests := []struct {
		name, text, code, span string
	}{
		{"wrong article", strings.Replace(theft, "第二百六十四条", "第二百三十四条", 1), "citation.charge_mismatch", "第二百三十四条"},
		{"non-existent article", strings.Replace(theft, "第二百六十四条", "第四百六十四条", 1), "citation.no_such_article", "第四百六十四条"},
		{"deleted article", strings.Replace(theft, "第二百六十四条", "第一百九十九条", 1), "citation.repealed", "第一百九十九条"},
		{"verdict charge swapped", swapInVerdict(theft, "犯盗窃罪", "犯诈骗罪"), "consistency.charge", "诈骗罪"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := ck.Check(ctx, tt.text)
			if err != nil {
				t.Fatal(err)
			}
			i := strings.LastIndex(tt.text, tt.span)
			if tt.name != "verdict charge swapped" {
				i = strings.Index(tt.text, tt.span)
			}
			a := len([]rune(tt.text[:i]))
			if !overlapping(rep, tt.code, a, a+len([]rune(tt.span))) {
				t.Fatalf("no %s on %q; findings %v", tt.code, tt.span, codes(rep, ""))
			}
		})
	}
}

func swapInVerdict(text, old, repl string) string {
	i := strings.LastIndex(text, old)
	return text[:i] + repl + text[i+len(old):]
}

func TestTermArithmetic(t *testing.T) {
	ck := Default(Deps{})
	var checked int
	for _, j := range judgments(t, 0) {
		m := periodRe.FindStringSubmatchIndex(j)
		if m == nil {
			continue
		}
		rep, err := ck.Check(context.Background(), j)
		if err != nil {
			t.Fatal(err)
		}
		if codes(rep, Error)["consistency.term_arithmetic"] > 0 {
			continue // the clean text itself is off (custody gaps); not this test's case
		}
		year := j[m[8]:m[9]]
		bad := j[:m[8]] + string(rune(year[0])) + string(rune(year[1])) + string(rune(year[2])) + string(rune('0'+(year[3]-'0'+3)%10)) + j[m[9]:]
		rep, err = ck.Check(context.Background(), bad)
		if err != nil {
			t.Fatal(err)
		}
		a := len([]rune(bad[:m[0]]))
		if !overlapping(rep, "consistency.term_arithmetic", a, a+len([]rune(bad[m[0]:m[1]]))) {
			t.Fatalf("term end year changed %s: not found; findings %v", year, codes(rep, ""))
		}
		if checked++; checked == 5 {
			return
		}
	}
	t.Fatalf("only %d judgments with 刑期自…止", checked)
}

func TestDefendantRenamed(t *testing.T) {
	ck := Default(Deps{})
	j := find(t, "被告人", "本院认为", "判决如下")
	d := NewDocument(j)
	names := defendantList(d)
	if len(names) == 0 || len([]rune(names[0])) < 3 {
		t.Skip("first judgment has no three-character defendant name")
	}
	name := []rune(names[0])
	i := strings.LastIndex(j, names[0]) // in the verdict
	changed := string(name[:2]) + "萍"
	if name[2] == '萍' {
		changed = string(name[:2]) + "平"
	}
	bad := j[:i] + changed + j[i+len(names[0]):]
	rep, err := ck.Check(context.Background(), bad)
	if err != nil {
		t.Fatal(err)
	}
	a := len([]rune(bad[:i]))
	if !overlapping(rep, "consistency.defendant_name", a, a+3) {
		t.Fatalf("renamed %s→%s not found; findings %v", names[0], changed, codes(rep, ""))
	}
}

// TestCleanJudgments: real judgments as published draw few error findings.
func TestCleanJudgments(t *testing.T) {
	ck := Default(Deps{Library: library(t)})
	js := judgments(t, 100)
	errs := 0
	for _, j := range js {
		rep, err := ck.Check(context.Background(), j)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			if f.Severity == Error {
				errs++
				t.Logf("%s %q %s", f.Code, f.Quote, f.Message)
			}
			if f.Quote != string([]rune(j)[f.RuneStart:f.RuneEnd]) || f.Quote != j[f.Start:f.End] {
				t.Fatalf("offsets of %s do not match its quote", f.Code)
			}
		}
	}
	if per := float64(errs) / float64(len(js)); per > 0.3 {
		t.Fatalf("%.2f error findings per clean judgment", per)
	}
}

func TestBadInput(t *testing.T) {
	ck := Default(Deps{Library: library(t)})
	ctx := context.Background()
	if _, err := ck.Check(ctx, ""); !errors.Is(err, ErrEmpty) {
		t.Fatalf("empty: %v", err)
	}
	if _, err := ck.Check(ctx, " \n\t "); !errors.Is(err, ErrEmpty) {
		t.Fatalf("blank: %v", err)
	}
	if _, err := ck.Check(ctx, string([]byte{0xff, 0xfe, 0x41})); !errors.Is(err, ErrEncoding) {
		t.Fatalf("invalid UTF-8: %v", err)
	}
	big := strings.Repeat(judgments(t, 1)[0], 1+MaxBytes/len(judgments(t, 1)[0]))
	if _, err := ck.Check(ctx, big); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("5 MB: %v", err)
	}
	rep, err := ck.Check(ctx, "今天天气很好，我们去公园散步。")
	if err != nil || rep.Judgment {
		t.Fatalf("not a judgment: %v %+v", err, rep)
	}
	dir := t.TempDir()
	notZip := filepath.Join(dir, "a.docx")
	os.WriteFile(notZip, []byte("这不是压缩包"), 0o600)
	if _, err := ReadFile(notZip); !errors.Is(err, ErrNotDocx) || !strings.Contains(err.Error(), notZip) {
		t.Fatalf("docx not a zip: %v", err)
	}
	huge := filepath.Join(dir, "huge.txt")
	os.WriteFile(huge, bytes.Repeat([]byte("字"), MaxBytes/3+10), 0o600)
	if _, err := ReadFile(huge); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("huge file: %v", err)
	}
	// GBK text reads as the same judgment.
	j := judgments(t, 1)[0]
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(j)
	if err != nil {
		t.Skip("judgment not encodable in GBK")
	}
	gp := filepath.Join(dir, "gbk.txt")
	os.WriteFile(gp, []byte(gbk), 0o600)
	got, err := ReadFile(gp)
	if err != nil || got != j {
		t.Fatalf("GBK: %v", err)
	}
	// A real .docx round trip.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>第一段</w:t></w:r><w:r><w:t>文字</w:t></w:r></w:p><w:p><w:r><w:t>第二段</w:t></w:r></w:p></w:body></w:document>`))
	zw.Close()
	dp := filepath.Join(dir, "ok.docx")
	os.WriteFile(dp, buf.Bytes(), 0o600)
	if got, err := ReadFile(dp); err != nil || got != "第一段文字\n第二段\n" {
		t.Fatalf("docx: %q %v", got, err)
	}
}

// TestWordingLM builds a model from real judgments and corrects a sound-alike.
func TestWordingLM(t *testing.T) {
	js := judgments(t, 0)
	lm, err := BuildLM(context.Background(), func(yield func(string) error) error {
		for _, j := range js[20:] {
			if err := yield(j); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "lm.bin")
	if err := lm.Save(path); err != nil {
		t.Fatal(err)
	}
	if lm, err = LoadLM(path); err != nil {
		t.Fatal(err)
	}
	w := NewWording(lm, 6)
	ck := New(w)
	// A held-out judgment with 上述 typed as 上诉.
	for _, j := range js[:20] {
		i := strings.Index(j, "上述事实")
		if i < 0 {
			continue
		}
		bad := j[:i] + "上诉事实" + j[i+len("上述事实"):]
		rep, err := ck.Check(context.Background(), bad)
		if err != nil {
			t.Fatal(err)
		}
		a := len([]rune(bad[:i]))
		for _, f := range rep.Findings {
			if f.RuneStart <= a+1 && f.RuneEnd > a && f.Replacement != nil && strings.Contains("上述", *f.Replacement) {
				return
			}
		}
		t.Fatalf("上诉事实 not corrected: %+v", rep.Findings)
	}
	t.Skip("no held-out judgment with 上述事实")
}
