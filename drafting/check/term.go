package check

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"leian/corpus/parse"
	"leian/internal/cnum"
)

// termArithmetic checks 刑期自…起至…止 against the sentence: the span must
// equal the term (custody already counted in, 一日折抵一日, or 二日 for 管制).
type termArithmetic struct{}

func (termArithmetic) Name() string { return "term_arithmetic" }

const cnNum = `[零〇一二两三四五六七八九十百\d]`

var (
	periodRe   = regexp.MustCompile(`自\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*起\s*(?:[，,]|执行)?\s*至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*止`)
	sentenceRe = regexp.MustCompile(`(有期徒刑|拘役|管制)\s*(?:(` + cnNum + `+)\s*年)?\s*(?:[零又]?(` + cnNum + `+)\s*个?月)?`)
	creditRe   = regexp.MustCompile(`羁押一日折抵刑期([一二两])日`)
	// gapWords explain a term that does not run straight from the stated
	// start: custody broken by bail or release, days already deducted,
	// sentences combined with an earlier one.
	gapWords = []string{"取保候审", "监视居住", "释放", "脱逃", "暂予监外执行", "另案", "剩余刑期", "余刑", "数罪并罚", "未执行完毕", "已扣除", "扣除", "已折抵", "撤销缓刑", "撤销假释"}
)

func (termArithmetic) Check(_ context.Context, d *Document) []Finding {
	v := d.Section(parse.Verdict)
	if v == nil {
		return nil
	}
	t := v.Text
	var out []Finding
	for _, m := range periodRe.FindAllStringSubmatchIndex(t, -1) {
		from, ok1 := dateOf(t, m[2:8])
		to, ok2 := dateOf(t, m[8:14])
		if !ok1 || !ok2 {
			continue
		}
		kind, months, sAt := lastSentence(t[:m[0]])
		if months <= 0 {
			continue
		}
		a := v.Span.Start + runeLen(t[:m[0]])
		b := a + runeLen(t[m[0]:m[1]])
		want := from.AddDate(0, months, -1)
		diff := int(to.Sub(want).Hours() / 24)
		if diff >= -2 && diff <= 2 {
			// right; the credit ratio is still checked below
		} else {
			sev := Error
			clause := t[max(0, sAt-400):min(len(t), m[1]+200)]
			// Broken custody or credited days move the end either way, and a
			// month or so is often an unstated bail gap: a person must look.
			if containsAny(clause, gapWords) || containsAny(d.Text, gapWords[:4]) || diff >= -45 && diff <= 45 {
				sev = Warning
			}
			out = append(out, at("consistency.term_arithmetic", sev, a, b,
				fmt.Sprintf("刑期起止日期与判处的%s%s不符：自%s起算，%s应至%s止，文书写作%s止（相差%d日）",
					kind, monthsText(months), from.Format("2006年1月2日"), monthsText(months), want.Format("2006年1月2日"), to.Format("2006年1月2日"), diff),
				"按先行羁押日期重新计算刑期止日（羁押一日折抵刑期一日，管制二日）",
				Evidence{Kind: "rule", Ref: "刑法第四十一条、第四十四条、第四十七条", Text: "判决执行以前先行羁押的，羁押一日折抵刑期一日（管制为二日）"}))
		}
		if cm := creditRe.FindStringSubmatchIndex(t[max(0, sAt):m[0]]); cm != nil {
			n := t[max(0, sAt)+cm[2] : max(0, sAt)+cm[3]]
			want := "一"
			if kind == "管制" {
				want = "二"
			}
			if n != want && !(n == "两" && want == "二") {
				ca := v.Span.Start + runeLen(t[:max(0, sAt)+cm[0]])
				out = append(out, at("consistency.term_credit", Error, ca, ca+runeLen(t[max(0, sAt)+cm[0]:max(0, sAt)+cm[1]]),
					kind+"的先行羁押折抵应为羁押一日折抵刑期"+want+"日", "改为“羁押一日折抵刑期"+want+"日”",
					Evidence{Kind: "rule", Ref: "刑法第四十一条、第四十四条、第四十七条", Text: "管制：羁押一日折抵刑期二日；拘役、有期徒刑：羁押一日折抵刑期一日"}))
			}
		}
	}
	return out
}

// lastSentence reads the last 有期徒刑/拘役/管制 term written in s: its kind,
// months and byte offset.
func lastSentence(s string) (string, int, int) {
	ms := sentenceRe.FindAllStringSubmatchIndex(s, -1)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		months := 0
		if m[4] >= 0 {
			y, _ := cnum.ParseInt(s[m[4]:m[5]])
			months += 12 * int(y)
		}
		if m[6] >= 0 {
			mo, _ := cnum.ParseInt(s[m[6]:m[7]])
			months += int(mo)
		}
		if months > 0 {
			return s[m[2]:m[3]], months, m[0]
		}
	}
	return "", 0, 0
}

func dateOf(s string, g []int) (time.Time, bool) {
	y, _ := cnum.ParseInt(s[g[0]:g[1]])
	mo, _ := cnum.ParseInt(s[g[2]:g[3]])
	dd, _ := cnum.ParseInt(s[g[4]:g[5]])
	t := time.Date(int(y), time.Month(mo), int(dd), 0, 0, 0, 0, time.UTC)
	return t, mo >= 1 && mo <= 12 && dd >= 1 && t.Day() == int(dd)
}

func monthsText(m int) string {
	switch {
	case m%12 == 0:
		return fmt.Sprintf("%d年", m/12)
	case m > 12:
		return fmt.Sprintf("%d年%d个月", m/12, m%12)
	}
	return fmt.Sprintf("%d个月", m)
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
