#!/bin/sh
# Writes corpus/anonymize/personwords.txt: the words of words.txt that
# jieba's dictionary tags as persons' names (nr, nrfg, nrt: 陈宝柱, 胡佳,
# 李俊). words.txt keeps them as everyday words because they are frequent;
# beside other persons in a list they are names (corpus/anonymize/lists.go).
# The most frequent (f >= 1000: 明白, 文明, 阳光) are everyday words jieba
# mis-tags and are left out.
set -eu
cd "$(dirname "$0")/.."
dict="$(go env GOMODCACHE)/github.com/yanyiwu/gojieba@v1.4.6/deps/cppjieba/dict/jieba.dict.utf8"
LC_ALL=C.UTF-8 awk 'NR == FNR { w[$1] = 1; next } ($1 in w) && $3 ~ /^nr/ && $2 + 0 < 1000 { print $1 }' \
	corpus/anonymize/words.txt "$dict" | LC_ALL=C sort -u > corpus/anonymize/personwords.txt
