package check

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"testing"
	"time"

	"leian/internal/dataset"
)

// longJudgment is the first LeCaRD candidate of 10,000 to 12,000 characters.
func longJudgment(tb testing.TB) string {
	tb.Helper()
	var text string
	dataset.Lines(tb, "lecard/candidates.jsonl.gz", func(_ int, b []byte) bool {
		var c struct{ Qw string }
		if err := json.Unmarshal(b, &c); err != nil {
			tb.Fatal(err)
		}
		if n := len([]rune(c.Qw)); n >= 10000 && n <= 12000 {
			text = c.Qw
			return false
		}
		return true
	})
	if text == "" {
		tb.Fatal("no 10,000-character judgment")
	}
	return text
}

// benchLM is the serving model under LEIAN_HOME when there is one, else a
// model counted over the JuDGE judgments.
func benchLM(tb testing.TB) *LM {
	if home := os.Getenv("LEIAN_HOME"); home != "" {
		if lm, err := LoadLM(LMPath(home)); err == nil {
			tb.Logf("serving language model %s", LMPath(home))
			return lm
		}
	}
	js := judgments(tb, 0)
	lm, err := BuildLM(context.Background(), func(yield func(string) error) error {
		for _, j := range js {
			if err := yield(j); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Log("language model counted over judge/judge.jsonl (set LEIAN_HOME for the serving model)")
	return lm
}

// BenchmarkCheck10k checks a real 10,000-character judgment with every
// rule; p99-ms is the 99th percentile of the iterations (target ≤ 300).
func BenchmarkCheck10k(b *testing.B) {
	text := longJudgment(b)
	ck := Default(Deps{Library: library(b), LM: benchLM(b)})
	ctx := context.Background()
	if _, err := ck.Check(ctx, text); err != nil { // warm the confusion set
		b.Fatal(err)
	}
	var took []time.Duration
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		if _, err := ck.Check(ctx, text); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(t0))
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(len([]rune(text))), "runes")
}

// FuzzCheck: the checker never panics and its spans always quote the text.
func FuzzCheck(f *testing.F) {
	for _, j := range judgments(f, 3) {
		f.Add(j)
		f.Add(string([]rune(j)[:len([]rune(j))/3]))
	}
	f.Add("")
	f.Add("依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：被告人张三犯盗窃罪，判处有期徒刑一年（刑期自2018年1月1日起至2018年12月31日止）。")
	f.Add("第四百六十四条之一条款第一项 自2018年13月45日起至2017年2月30日止 被告人被告人")
	ck := Default(Deps{Library: library(f)})
	f.Fuzz(func(t *testing.T, s string) {
		rep, err := ck.Check(context.Background(), s)
		if err != nil {
			return
		}
		for _, fd := range rep.Findings {
			if fd.Start < 0 || fd.End > len(s) || fd.Start > fd.End || s[fd.Start:fd.End] != fd.Quote {
				t.Fatalf("finding %s span %d-%d does not quote the text", fd.Code, fd.Start, fd.End)
			}
		}
	})
}
