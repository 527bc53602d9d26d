package draft

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The facts often give the day of an arrest without its year, leaning on
// an earlier full date: 同年7月11日1时许，被告人黄文超…被警察抓获;
// 同月11日…被抓获; 当日18时10分许…被当场抓获. custodyOf reads only full
// dates, so such a defendant's term computation was left blank although
// the facts ground it. withYears writes each such date out in full, from
// the last full date before it, for custodyOf to read. Of the courts'
// first days in custody on the tune set (432 verdict dates) this gave 142
// right, 68 a day early, 87 otherwise wrong and 135 blank (was 130, 60, 77
// and 165), and on tune2 (415) 144, 45, 85 and 141 (was 122, 40, 73 and
// 180): the new dates are right or a day early as often as the old ones
// (two in three); the wrong ones are mostly a surrender before a later
// detention, as before. Tune judgment METEOR 0.6375 → 0.6396.
var (
	// fullDateRe is a date with its year.
	fullDateRe = regexp.MustCompile(`(\d{4})年(\d{1,2})月(\d{1,2})日`)
	// partDateRe is a date leaning on an earlier one: 同年7月11日 (group
	// 1, 2), 同月11日 (group 3), or a bare 7月11日 (group 4, 5) that
	// partDate checks is not the tail of a full date; 当日, 当天 and 当晚
	// (group 6) are the earlier date's day itself.
	partDateRe = regexp.MustCompile(`同年(\d{1,2})月(\d{1,2})日|同月(\d{1,2})日|(\d{1,2})月(\d{1,2})日|(当日|当天|当晚)`)
)

// withYears is text with every date that leans on an earlier full date
// written in full (同年7月11日 → 2018年7月11日), the rest unchanged. A date
// before any full date, or one that names no calendar day, stays as it
// is.
func withYears(text string) string {
	var b strings.Builder
	var last time.Time
	pos := 0
	full := fullDateRe.FindAllStringSubmatchIndex(text, -1)
	fi := 0
	for _, m := range partDateRe.FindAllStringSubmatchIndex(text, -1) {
		// Full dates up to here set the date others lean on.
		for fi < len(full) && full[fi][1] <= m[0] {
			f := full[fi]
			if t, ok := dateOf(text[f[2]:f[3]], text[f[4]:f[5]], text[f[6]:f[7]]); ok {
				last = t
			}
			fi++
		}
		if fi < len(full) && full[fi][0] < m[1] {
			continue // the month and day of a full date
		}
		if last.IsZero() {
			continue
		}
		t, ok := partDate(text, m, last)
		if !ok {
			continue
		}
		b.WriteString(text[pos:m[0]])
		b.WriteString(strconv.Itoa(t.Year()) + "年" + strconv.Itoa(int(t.Month())) + "月" + strconv.Itoa(t.Day()) + "日")
		pos = m[1]
		last = t
	}
	b.WriteString(text[pos:])
	return b.String()
}

// partDate is the full date of partDateRe's match m, leaning on last.
func partDate(text string, m []int, last time.Time) (time.Time, bool) {
	group := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	y := strconv.Itoa(last.Year())
	switch {
	case group(1) != "":
		return dateOf(y, group(1), group(2))
	case group(3) != "":
		return dateOf(y, strconv.Itoa(int(last.Month())), group(3))
	case group(4) != "":
		return dateOf(y, group(4), group(5))
	case group(6) != "":
		return last, true
	}
	return time.Time{}, false
}
