#!/bin/sh
# Writes corpus/anonymize/words.txt: everyday words of jieba's dictionary
# (the copy the gojieba module ships), so the anonymiser does not read 房子,
# 项目, 茅台酒 or 和解协议's 解协议 as a person's name. Words that start with a
# surname character need a frequency of 3 (two characters) or 10 (three);
# other two-character words, which matter only as the end of a reading
# (协议, 男子), 300. Words jieba tags as names (nr) are left out unless they
# are frequent enough to be everyday words jieba mis-tags (海洛因, 许可: 100).
set -eu
cd "$(dirname "$0")/.."
dict="$(go env GOMODCACHE)/github.com/yanyiwu/gojieba@v1.4.6/deps/cppjieba/dict/jieba.dict.utf8"
surnames=$(sed -n 's/^const singleSurnames = "\(.*\)"$/\1/p' corpus/anonymize/surnames.go)
LC_ALL=C.UTF-8 awk -v s="$surnames" '
	BEGIN { n = split(s, a, ""); for (i = 1; i <= n; i++) sur[a[i]] = 1 }
	{
		w = $1; f = $2 + 0; t = $3
		l = length(w)
		if (t ~ /^nr/ && f < 100) next
		if (!(substr(w, 1, 1) in sur)) {
			if (l == 2 && f >= 300) print w
			next
		}
		if ((l == 2 && f >= 3) || (l == 3 && f >= 10)) print w
	}' "$dict" | LC_ALL=C sort -u > corpus/anonymize/words.txt
