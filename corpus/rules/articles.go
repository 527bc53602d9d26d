package rules

import (
	"strings"

	"leian/corpus/cite"
	"leian/internal/cnum"
)

// criminalLawArticles is the number of articles of the Criminal Law; later
// provisions are inserted as 之一, 之二 rather than renumbered.
const criminalLawArticles = 452

// NormalizeArticle reads a Criminal Law article as a user types it ("264",
// "第264条", "刑法第二百六十四条", "《中华人民共和国刑法》第133条之一",
// "133-1", "第264条第一款") into the index's form "刑法264" / "刑法133-1".
// 款 and 项 are dropped: the index files citations by article.
func NormalizeArticle(s string) (string, bool) {
	s = strings.NewReplacer(" ", "", "　", "", "\t", "", "《", "", "》", "").Replace(s)
	s = strings.TrimPrefix(s, "中华人民共和国")
	s = strings.TrimPrefix(s, "刑法")
	s = strings.TrimPrefix(s, "第")
	num, rest, hasTiao := strings.Cut(s, "条")
	suffix := ""
	switch {
	case hasTiao:
		suffix, rest, _ = strings.Cut(rest, "第") // what follows 第 is 款 or 项
		if rest != "" && !strings.ContainsAny(rest, "款项") {
			return "", false
		}
		if suffix != "" && !strings.HasPrefix(suffix, "之") {
			return "", false
		}
	case strings.Contains(num, "之"):
		num, suffix, _ = strings.Cut(num, "之")
		suffix = "之" + suffix
	case strings.Contains(num, "-"):
		num, suffix, _ = strings.Cut(num, "-")
		suffix = "之" + suffix
	}
	n, ok := cnum.ParseInt(num)
	if !ok || n < 1 || n > criminalLawArticles {
		return "", false
	}
	if suffix == "" {
		return cite.ArticleKey(int(n), 0), true
	}
	m, ok := cnum.ParseInt(strings.TrimPrefix(suffix, "之"))
	if !ok || m < 1 || m > 9 {
		return "", false
	}
	return cite.ArticleKey(int(n), int(m)), true
}

// criminalLawTitle is the title bare article numbers are read against.
const criminalLawTitle = "中华人民共和国刑法"

// ArticleCitation reads a Criminal Law article as NormalizeArticle does,
// as a citation to resolve.
func ArticleCitation(s string) (cite.Citation, bool) {
	key, ok := NormalizeArticle(s)
	if !ok {
		return cite.Citation{}, false
	}
	article, suffix, _ := cite.ParseArticleKey(key) // NormalizeArticle wrote a key
	return cite.Citation{Law: criminalLawTitle, Raw: s, Article: article, Suffix: suffix}, true
}
