package rules

// ArticleLabel writes an article number as statutes do: 第一百三十三条之一.
func ArticleLabel(n, suffix int) string { return articleLabel(n, suffix) }

// ChineseNumber writes n (0 < n < 10000) in Chinese numerals: 二百零一.
func ChineseNumber(n int) string { return chineseNumber(n) }
