package parse

import (
	"fmt"
	"regexp"
	"strings"

	"leian/internal/cnum"
)

// Judge is one signature in the tail: bench members and the clerk.
type Judge struct {
	Role string `json:"role"` // 审判长, 审判员, 代理审判员, 人民陪审员, 书记员, 法官助理
	Name string `json:"name"`
}

var (
	signRe = regexp.MustCompile(`代理审判员|审判长|审判员|人民陪审员|陪审员|书记员|法官助理|速录员|执行员`)
	dateRe = regexp.MustCompile(`([〇○零Ｏ0-9０-９一二三四五六七八九]{4})年([0-9０-９一二三四五六七八九十]{1,3})月([0-9０-９一二三四五六七八九十]{1,3})日`)
)

// tail reads signatures and the judgment date. Whitespace is squeezed out
// first because tails are often typeset as 审 判 长 王 某.
func (d *doc) tail(s *Structure, r rng) {
	t := squeeze(d.text[r.s:r.e])
	date := dateRe.FindStringSubmatchIndex(t)
	if date != nil {
		y, ok1 := cnum.ParseInt(t[date[2]:date[3]])
		m, ok2 := cnum.ParseInt(t[date[4]:date[5]])
		dd, ok3 := cnum.ParseInt(t[date[6]:date[7]])
		if ok1 && ok2 && ok3 && m >= 1 && m <= 12 && dd >= 1 && dd <= 31 {
			s.Date = fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
		}
	}
	signs := signRe.FindAllStringIndex(t, -1)
	for i, m := range signs {
		end := len(t)
		if i+1 < len(signs) {
			end = signs[i+1][0]
		}
		if date != nil && date[0] >= m[1] && date[0] < end {
			end = date[0]
		}
		name := t[m[1]:end]
		if rs := []rune(name); len(rs) == 0 || len(rs) > 6 || strings.ContainsAny(name, "，。：:（）()") {
			continue
		}
		s.Judges = append(s.Judges, Judge{Role: t[m[0]:m[1]], Name: name})
	}
}
