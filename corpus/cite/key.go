package cite

import (
	"strconv"
	"strings"
)

// keyLaw prefixes every article key: only Criminal Law articles have keys.
const keyLaw = "刑法"

// ArticleKey is how the index, the elements and the API name a Criminal
// Law article: "刑法264", "刑法133-1" for 第一百三十三条之一. This and
// ParseArticleKey are the only places the form is written and read.
func ArticleKey(article, suffix int) string {
	k := keyLaw + strconv.Itoa(article)
	if suffix > 0 {
		k += "-" + strconv.Itoa(suffix)
	}
	return k
}

// ParseArticleKey reads a key ArticleKey wrote; ok is false for anything else.
func ParseArticleKey(key string) (article, suffix int, ok bool) {
	rest, ok := strings.CutPrefix(key, keyLaw)
	if !ok {
		return 0, 0, false
	}
	num, sub, hasSub := strings.Cut(rest, "-")
	article, err := strconv.Atoi(num)
	if err != nil || article <= 0 {
		return 0, 0, false
	}
	if hasSub {
		if suffix, err = strconv.Atoi(sub); err != nil || suffix <= 0 {
			return 0, 0, false
		}
	}
	return article, suffix, true
}

// Key is the article key of a Criminal Law citation; "" for other laws
// (procedure laws included) and for citations without an article.
func (c Citation) Key() string {
	if c.Article <= 0 || (c.Law != "" && !strings.Contains(c.Law, "刑法")) || strings.Contains(c.Law, "诉讼") {
		return ""
	}
	return ArticleKey(c.Article, c.Suffix)
}
