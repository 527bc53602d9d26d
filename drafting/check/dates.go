package check

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"leian/corpus/parse"
)

// datePlausibility checks the order of events: born before the offence,
// the offence before the arrest, everything before the judgment.
type datePlausibility struct{}

func (datePlausibility) Name() string { return "dates" }

var dateRe = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)

// dated is one date written in the text.
type dated struct {
	t          time.Time
	start, end int // rune offsets
}

// datesIn lists the valid dates written in runes [a, b) of d.
func datesIn(d *Document, a, b int) []dated {
	s := d.Slice(a, b)
	var out []dated
	for _, m := range dateRe.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		dd, _ := strconv.Atoi(s[m[6]:m[7]])
		t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
		if mo < 1 || mo > 12 || dd < 1 || t.Day() != dd {
			continue
		}
		st := a + runeLen(s[:m[0]])
		out = append(out, dated{t, st, st + runeLen(s[m[0]:m[1]])})
	}
	return out
}

// futureCues after a date mean it is a deadline or a term end, not an event.
var futureCues = []string{"止", "前", "之前", "以前", "起", "届满", "内", "后"}

func (datePlausibility) Check(_ context.Context, d *Document) []Finding {
	var out []Finding
	rs := d.Runes()
	judged, ok := parseISO(d.Date)
	end := len(rs)
	if t := d.Section(parse.Tail); t != nil {
		end = t.Span.Start
	}
	all := datesIn(d, 0, end)
	if ok {
		for _, x := range all {
			if x.t.After(judged) && !followedBy(d, x.end, futureCues) && !precededBy(d, x.start, "至") && !inSection(d, parse.Appendix, x.start) {
				out = append(out, at("consistency.date_after_judgment", Error, x.start, x.end,
					fmt.Sprintf("日期%s晚于裁判日期%s", x.t.Format("2006年1月2日"), judged.Format("2006年1月2日")),
					"核对该日期或裁判日期"))
			}
		}
		if judged.After(time.Now().AddDate(0, 0, 1)) {
			out = append(out, at("consistency.date_future", Warning, 0, 0, "裁判日期"+d.Date+"晚于今天", "核对落款日期"))
		}
	}
	// Birth dates of the defendants against the earliest fact date.
	facts := d.Section(parse.Facts)
	if facts == nil {
		return out
	}
	fd := datesIn(d, facts.Span.Start, facts.Span.End)
	if len(fd) == 0 {
		return out
	}
	first := fd[0]
	for _, x := range fd {
		if x.t.Before(first.t) {
			first = x
		}
	}
	for _, p := range d.Structure.Parties {
		if !p.Principal || !strings.Contains(p.Role, "被告") || p.Birth == "" {
			continue
		}
		for _, b := range datesIn(d, p.Span.Start, p.Span.End) {
			if !followedBy(d, b.end, []string{"出生", "生"}) {
				continue
			}
			if !b.t.Before(first.t) {
				out = append(out, at("consistency.date_birth", Warning, b.start, b.end,
					"被告人出生日期不早于事实部分最早的日期"+first.t.Format("2006年1月2日"), "核对出生日期",
					passage(d, first.start, first.end)))
			}
		}
		// Custody dates before the earliest offence date.
		for _, c := range datesIn(d, p.Span.Start, p.Span.End) {
			w := d.Slice(c.end, c.end+12)
			if (strings.Contains(w, "逮捕") || strings.Contains(w, "刑事拘留")) && c.t.Before(first.t) && !strings.Contains(d.Slice(c.start-30, c.start), "曾") {
				out = append(out, at("consistency.date_custody", Warning, c.start, c.end,
					"羁押日期早于事实部分最早的日期"+first.t.Format("2006年1月2日"), "核对强制措施日期",
					passage(d, first.start, first.end)))
			}
		}
	}
	return out
}

func followedBy(d *Document, p int, cues []string) bool {
	w := strings.TrimLeft(d.Slice(p, p+4), " \u3000")
	for _, c := range cues {
		if strings.HasPrefix(w, c) {
			return true
		}
	}
	return false
}

func precededBy(d *Document, p int, cue string) bool {
	return strings.HasSuffix(strings.TrimRight(d.Slice(p-4, p), " \u3000"), cue)
}

func parseISO(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}
