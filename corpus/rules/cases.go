package rules

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"leian/corpus/cite"
	"leian/internal/cnum"
)

// GuidingCase is an SPC guiding case (指导性案例), an SPP case (检例) or one
// of the typical cases in laws/案例.
type GuidingCase struct {
	Source    string          `json:"source"` // spc, spp, typical
	Number    int             `json:"number,omitempty"`
	Title     string          `json:"title"`
	Keywords  []string        `json:"keywords,omitempty"`
	Points    string          `json:"points,omitempty"` // 裁判要点 or 要旨
	Related   string          `json:"related,omitempty"`
	Articles  []cite.Citation `json:"articles,omitempty"` // cited in Related
	Resolved  []string        `json:"resolved,omitempty"` // library labels of Articles that resolved
	Facts     string          `json:"facts,omitempty"`
	Result    string          `json:"result,omitempty"`
	Reasoning string          `json:"reasoning,omitempty"`
	Date      string          `json:"date,omitempty"`
	File      string          `json:"file"`
}

// caseSections maps every section heading the sources use to a field.
var caseSections = map[string]string{
	"关键词": "keywords", "裁判要点": "points", "要旨": "points", "裁判摘要": "points",
	"相关法条": "related", "相关规定": "related", "相关法律规定": "related", "相关立法": "related",
	"基本案情": "facts", "案情回顾": "facts", "案情": "facts",
	"裁判结果": "result", "处理结果": "result", "诉讼过程": "result",
	"裁判理由": "reasoning", "指导意义": "reasoning", "法官解读": "reasoning",
}

var (
	// Titles and users write 指导性案例24号, 指导案例24号, 指导性案例第24号, 检例第37号.
	caseNumber = regexp.MustCompile(`(指导性?案例|检例)\s*第?\s*([0-9一二三四五六七八九十百零]+)\s*号`)
	issueDate  = regexp.MustCompile(`(\d{4}年\d{1,2}月\d{1,2}日)(?:发布|公布)`)
)

func loadCases(ctx context.Context, dataDir string) ([]*GuidingCase, error) {
	sets := []struct{ source, dir string }{
		{"spc", filepath.Join(dataDir, "guiding-cases", "spc")},
		{"spp", filepath.Join(dataDir, "guiding-cases", "spp")},
		{"typical", filepath.Join(dataDir, "laws", "案例")},
	}
	var out []*GuidingCase
	for _, s := range sets {
		files, err := filepath.Glob(filepath.Join(s.dir, "*.md"))
		if err != nil {
			return nil, fmt.Errorf("list cases %s: %w", s.dir, err)
		}
		sub, _ := filepath.Glob(filepath.Join(s.dir, "*", "*.md"))
		files = append(files, sub...)
		sort.Strings(files)
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if filepath.Base(f) == "_index.md" {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("read case: %w", err)
			}
			c := parseCase(string(b))
			c.Source, c.File = s.source, filepath.Base(f)
			out = append(out, c)
		}
	}
	return out, nil
}

// parseCase splits a case file into its sections. Headings stand on their
// own line (关键词, 【要旨】, ## 案情回顾) or open it (关键词  刑事/…).
func parseCase(text string) *GuidingCase {
	c := &GuidingCase{}
	parts := map[string][]string{}
	field := ""
	for _, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || line == "---" || strings.HasPrefix(line, "<!--") || strings.HasPrefix(line, "bookCollapseSection") {
			continue
		}
		if c.Title == "" && strings.HasPrefix(line, "#") {
			c.Title = strings.TrimSpace(strings.TrimLeft(line, "# "))
			continue
		}
		head := strings.Trim(strings.TrimLeft(line, "# "), "【】")
		name, rest, _ := strings.Cut(head, " ")
		if f, ok := caseSections[strings.Trim(name, "【】")]; ok && len([]rune(name)) <= 8 {
			field = f
			if rest = strings.TrimSpace(rest); rest != "" {
				parts[field] = append(parts[field], rest)
			}
			continue
		}
		if field != "" {
			parts[field] = append(parts[field], line)
		}
	}
	c.Keywords = splitKeywords(parts["keywords"])
	c.Points = strings.Join(parts["points"], "\n")
	c.Related = strings.Join(parts["related"], "\n")
	c.Facts = strings.Join(parts["facts"], "\n")
	c.Result = strings.Join(parts["result"], "\n")
	c.Reasoning = strings.Join(parts["reasoning"], "\n")
	if _, n, ok := ParseCaseNumber(c.Title); ok {
		c.Number = n
	}
	if m := issueDate.FindStringSubmatch(text); m != nil {
		c.Date = m[1]
	}
	c.Articles = cite.Find(c.Related, "")
	return c
}

func splitKeywords(lines []string) []string {
	var out []string
	for _, l := range lines {
		out = append(out, strings.FieldsFunc(l, func(r rune) bool { return r == '/' || r == ' ' || r == '　' || r == '、' })...)
	}
	return out
}

// resolveCaseArticles links each case's related articles to the library.
func (lib *Library) resolveCaseArticles() {
	for _, c := range lib.Cases {
		for _, a := range c.Articles {
			if ref, err := lib.Resolve(a); err == nil {
				c.Resolved = append(c.Resolved, ref.LawTitle+ref.Label)
			}
		}
	}
}

// ParseCaseNumber reads a guiding-case number such as 指导性案例第24号
// (source "spc") or 检例第37号 ("spp") from s.
func ParseCaseNumber(s string) (source string, n int, ok bool) {
	m := caseNumber.FindStringSubmatch(s)
	if m == nil {
		return "", 0, false
	}
	v, ok := cnum.ParseInt(m[2])
	if !ok || v <= 0 {
		return "", 0, false
	}
	source = "spc"
	if m[1] == "检例" {
		source = "spp"
	}
	return source, int(v), true
}

// CaseByNumber returns the guiding case of source ("spc" or "spp") with
// number n, or nil.
func (lib *Library) CaseByNumber(source string, n int) *GuidingCase {
	for _, c := range lib.Cases {
		if c.Source == source && c.Number == n {
			return c
		}
	}
	return nil
}
