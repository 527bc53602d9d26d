package api

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"leian/internal/dataset"
	"leian/retrieval"
)

// criminalLaw is test data at the API boundary: the articles of the real
// Criminal Law file of the bundle behind the api's RuleFinder and LawFinder
// interfaces, until corpus/rules lands. It resolves only articles the query
// names; the rule library's own matching is not imitated here.
type criminalLaw struct {
	articles map[string]RuleHit // keyed "刑法264", as normalizeArticle writes
}

var (
	lawOnce sync.Once
	lawData *criminalLaw
	lawErr  error
)

func loadCriminalLaw(tb testing.TB) *criminalLaw {
	tb.Helper()
	path := dataset.Path(tb, "laws/刑法/刑法.md")
	lawOnce.Do(func() { lawData, lawErr = readCriminalLaw(path) })
	if lawErr != nil {
		tb.Fatal(lawErr)
	}
	return lawData
}

var articleHeadRe = regexp.MustCompile(`^(第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十])?)\s+(.*)$`)

func readCriminalLaw(path string) (*criminalLaw, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	law := &criminalLaw{articles: map[string]RuleHit{}}
	var key string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if m := articleHeadRe.FindStringSubmatch(text); m != nil {
			k, ok := normalizeArticle(m[1])
			if !ok {
				return nil, fmt.Errorf("%s line %d: article heading %q", path, line, m[1])
			}
			key = k
			law.articles[key] = RuleHit{Kind: "article", Ref: "刑法" + m[1], Title: "中华人民共和国刑法", Text: m[2]}
			continue
		}
		if strings.HasPrefix(text, "#") {
			key = ""
		}
		if hit, ok := law.articles[key]; ok && text != "" {
			hit.Text += "\n" + text
			law.articles[key] = hit
		}
	}
	return law, sc.Err()
}

// Applicable implements RuleFinder: the articles the query itself lists.
func (l *criminalLaw) Applicable(_ context.Context, q retrieval.Query, _ []retrieval.Result) ([]RuleHit, error) {
	var out []RuleHit
	for _, a := range q.Articles {
		if hit, ok := l.articles[a]; ok {
			hit.Reason = "查询中列出的法条"
			out = append(out, hit)
		}
	}
	return out, nil
}

// Lookup implements LawFinder.
func (l *criminalLaw) Lookup(_ context.Context, citation string) ([]RuleHit, error) {
	key, ok := normalizeArticle(citation)
	if !ok {
		return nil, nil
	}
	hit, ok := l.articles[key]
	if !ok {
		return nil, nil
	}
	hit.Reason = "按引用查得"
	return []RuleHit{hit}, nil
}
