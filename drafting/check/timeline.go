package check

import (
	"fmt"
	"regexp"
	"strings"

	"leian/corpus/cite"
	"leian/corpus/rules"
	"leian/internal/cnum"
)

// amendment is when a Criminal Law article came into or went out of force,
// read from the amendments (刑法修正案) the library holds.
type amendment struct {
	Title     string
	Effective string // YYYY-MM-DD
	Line      string // the amending sentence
}

// timeline knows which Criminal Law articles the amendments added and deleted.
type timeline struct {
	added   map[rules.ArticleNo]amendment
	deleted map[rules.ArticleNo]amendment
}

var (
	effectiveRe = regexp.MustCompile(`本修正案自(\d{4})年(\d{1,2})月(\d{1,2})日起施行`)
	passedRe    = regexp.MustCompile(`^(\d{4})年(\d{1,2})月(\d{1,2})日`)
	deletedRe   = regexp.MustCompile(`删去刑法(第[^，。；、]+?条(?:之[一二三四五六七八九十]+)?)。`)
	asRe        = regexp.MustCompile(`作为(第[^：:“]+)`)
)

// newTimeline reads the amendments of lib. It never fails: an amendment it
// cannot date is skipped.
func newTimeline(lib *rules.Library) *timeline {
	t := &timeline{added: map[rules.ArticleNo]amendment{}, deleted: map[rules.ArticleNo]amendment{}}
	if lib == nil {
		return t
	}
	for _, l := range lib.Laws {
		if !strings.Contains(l.Title, "刑法修正案") {
			continue
		}
		date := ""
		if m := effectiveRe.FindStringSubmatch(l.Preamble); m != nil {
			date = ymd(m[1], m[2], m[3])
		} else if len(l.Dates) > 0 {
			if m := passedRe.FindStringSubmatch(l.Dates[len(l.Dates)-1]); m != nil {
				date = ymd(m[1], m[2], m[3])
			}
		}
		if date == "" {
			continue
		}
		for _, line := range strings.Split(l.Preamble, "\n") {
			for _, m := range deletedRe.FindAllStringSubmatch(line, -1) {
				if strings.Contains(m[1], "款") {
					continue
				}
				for _, c := range cite.Find(m[1], "刑法") {
					t.deleted[rules.ArticleNo{Number: c.Article, Suffix: c.Suffix}] = amendment{l.Title, date, m[0]}
				}
			}
			if !strings.Contains(line, "增加") || !strings.Contains(line, "条") {
				continue
			}
			m := asRe.FindStringSubmatch(line)
			if m == nil || strings.Contains(m[1], "款") {
				continue
			}
			for _, c := range cite.Find(m[1], "刑法") {
				if c.Suffix > 0 && c.Paragraph == 0 {
					no := rules.ArticleNo{Number: c.Article, Suffix: c.Suffix}
					if _, ok := t.added[no]; !ok {
						t.added[no] = amendment{l.Title, date, firstSentence(line)}
					}
				}
			}
		}
	}
	return t
}

func ymd(y, m, d string) string {
	yi, _ := cnum.ParseInt(y)
	mi, _ := cnum.ParseInt(m)
	di, _ := cnum.ParseInt(d)
	return fmt.Sprintf("%04d-%02d-%02d", yi, mi, di)
}

func firstSentence(s string) string {
	if i := strings.IndexAny(s, ":：“"); i > 0 {
		return s[:i]
	}
	return s
}
