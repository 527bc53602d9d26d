package rules

import (
	"regexp"
	"strings"
)

// aliases are the abbreviations courts write for common laws, mapped to
// normalised titles (normTitle drops 中华人民共和国).
var aliases = map[string]string{
	"刑诉法":     "刑事诉讼法",
	"民诉法":     "民事诉讼法",
	"行诉法":     "行政诉讼法",
	"治安处罚法":   "治安管理处罚法",
	"道交法":     "道路交通安全法",
	"刑诉法解释":   "最高人民法院关于适用刑事诉讼法的解释",
	"刑事诉讼法解释": "最高人民法院关于适用刑事诉讼法的解释",
	"民诉法解释":   "最高人民法院关于适用民事诉讼法的解释",
	"民事诉讼法解释": "最高人民法院关于适用民事诉讼法的解释",
	"宪法修正案":   "宪法",
}

// repealed are laws judgments still cite that the Civil Code (in force
// 2021-01-01) repealed; the bundle holds only laws in force.
var repealed = map[string]string{
	"民法通则":  "民法典施行（2021年1月1日）后废止",
	"民法总则":  "民法典施行（2021年1月1日）后废止",
	"合同法":   "民法典施行（2021年1月1日）后废止",
	"物权法":   "民法典施行（2021年1月1日）后废止",
	"担保法":   "民法典施行（2021年1月1日）后废止",
	"侵权责任法": "民法典施行（2021年1月1日）后废止",
	"婚姻法":   "民法典施行（2021年1月1日）后废止",
	"继承法":   "民法典施行（2021年1月1日）后废止",
	"收养法":   "民法典施行（2021年1月1日）后废止",
}

var (
	titleNoise = strings.NewReplacer("《", "", "》", "", "〈", "", "〉", "", "<", "", ">", "", "＜", "", "＞", "",
		"﹤", "", "﹥", "", "“", "", "”", "", "\"", "", "、", "", " ", "", "\u3000", "", "中华人民共和国", "")
	typoPrefix = regexp.MustCompile(`^[^关于]{0,6}共和?国?`) // 中国人民共和国刑法, 中华人民共和刑法, 中华人民共国刑法
)

// normTitle is the lookup key of a title: brackets, separators and
// 中华人民共和国 removed, 两高 spelt out.
func normTitle(t string) string {
	t = strings.TrimSpace(t)
	t = fileVersion.ReplaceAllString(t, "")
	t = strings.Replace(t, "两高", "最高人民法院最高人民检察院", 1)
	t = titleNoise.Replace(t)
	return t
}

// shortNames derives the names a law is cited by besides its title.
func shortNames(title string) []string {
	var out []string
	if s, ok := strings.CutPrefix(title, "中华人民共和国"); ok && s != "" {
		out = append(out, s)
	}
	for a, full := range aliases {
		if full == normTitle(title) {
			out = append(out, a)
		}
	}
	return out
}

// lawVersions returns the versions of the law named name, newest first,
// trying the exact key, aliases, and a garbled 中华人民共和国 prefix.
func (lib *Library) lawVersions(name string) []*Law {
	k := normTitle(name)
	if half := len(k) / 2; half > 0 && k[:half] == k[half:] {
		k = k[:half] // a title typed twice: 《中华人民共和国刑法中华人民共和国刑法》
	}
	if vs := lib.byKey[k]; vs != nil {
		return vs
	}
	if a, ok := aliases[k]; ok {
		return lib.byKey[a]
	}
	if t := typoPrefix.ReplaceAllString(k, ""); t != k {
		return lib.byKey[t]
	}
	return nil
}
