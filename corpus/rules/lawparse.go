package rules

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"

	"leian/internal/cnum"
)

var (
	articleHead = regexp.MustCompile(`^第([零〇一二三四五六七八九十百千0-9]+)条(?:之([一二三四五六七八九十]+))?(?:\s+|$)`)
	itemHead    = regexp.MustCompile(`^[（(][一二三四五六七八九十0-9]+[）)]`)
	dateLine    = regexp.MustCompile(`^\d{4}年\d{1,2}月\d{1,2}日`)
	headingRank = map[string]int{"编": 1, "分编": 2, "章": 3, "节": 4}
)

// parseLaw reads one LawRefBook markdown file: "# title", date lines up to
// <!-- INFO END -->, then ## 编/章/节 headings and 第N条 articles whose
// following lines are further 款 or, when they start with （N）, 项.
func parseLaw(r io.Reader, file string) (*Law, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	l := &Law{File: file}
	var path []string
	var cur *Article
	var pre []string
	inInfo := true
	for line := 0; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		switch {
		case s == "":
			continue
		case strings.HasPrefix(s, "#"):
			title := strings.TrimSpace(strings.TrimLeft(s, "#"))
			if l.Title == "" {
				l.Title = title
				continue
			}
			if inInfo || title == "" {
				// The Civil Code files carry their 编 as a second "# 总则" line.
				if inInfo && title != "" {
					path = []string{title}
				}
				continue
			}
			path = setHeading(path, title)
			cur = nil
		case strings.HasPrefix(s, "<!--"):
			inInfo = false
		case inInfo:
			if dateLine.MatchString(s) {
				l.Dates = append(l.Dates, s)
			}
		default:
			if m := articleHead.FindStringSubmatch(s); m != nil {
				a, err := newArticle(m, s, path)
				if err != nil {
					return nil, fmt.Errorf("%s line %d: %w", file, line+1, err)
				}
				l.Articles = append(l.Articles, a)
				cur = a
				continue
			}
			if cur == nil {
				pre = append(pre, s)
				continue
			}
			cur.addLine(s)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", file, err)
	}
	if l.Title == "" {
		return nil, fmt.Errorf("%s: no \"# title\" line", file)
	}
	l.Preamble = strings.Join(pre, "\n")
	return l, nil
}

func newArticle(m []string, line string, path []string) (*Article, error) {
	n, ok := cnum.ParseInt(m[1])
	if !ok {
		return nil, fmt.Errorf("article number %q", m[1])
	}
	a := &Article{Number: int(n), Label: strings.TrimSpace(m[0]), Path: append([]string(nil), path...)}
	if m[2] != "" {
		suf, ok := cnum.ParseInt(m[2])
		if !ok {
			return nil, fmt.Errorf("article suffix %q", m[2])
		}
		a.Suffix = int(suf)
	}
	if body := strings.TrimSpace(line[len(m[0]):]); body != "" {
		a.Paragraphs = append(a.Paragraphs, Paragraph{Text: body})
	}
	return a, nil
}

// addLine adds a following line: a 项 of the current 款, or a new 款.
func (a *Article) addLine(s string) {
	if itemHead.MatchString(s) && len(a.Paragraphs) > 0 {
		p := &a.Paragraphs[len(a.Paragraphs)-1]
		p.Items = append(p.Items, s)
		p.Text += s
		return
	}
	a.Paragraphs = append(a.Paragraphs, Paragraph{Text: s})
}

// setHeading places a 编/章/节 heading: it replaces the heading of its rank
// and drops the lower ones.
func setHeading(path []string, title string) []string {
	rank := headingRankOf(title)
	if rank == 0 {
		return path
	}
	var out []string
	for _, p := range path {
		if r := headingRankOf(p); r > 0 && r < rank {
			out = append(out, p)
		}
	}
	return append(out, title)
}

var headingWord = regexp.MustCompile(`^第[零〇一二三四五六七八九十百0-9]+(分编|编|章|节)`)

// headingRankOf is 1 for 编, 2 for 分编, 3 for 章, 4 for 节, and 1 for a
// Civil Code book name (总则, 物权编) that has no 第N.
func headingRankOf(title string) int {
	if m := headingWord.FindStringSubmatch(title); m != nil {
		return headingRank[m[1]]
	}
	if strings.HasSuffix(title, "编") || title == "总则" || title == "附则" {
		return 1
	}
	return 0
}
