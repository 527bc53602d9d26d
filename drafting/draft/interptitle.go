package draft

import "strings"

// Courts write one interpretation's title in several forms: 《最高人民法院、
// 最高人民检察院关于办理贪污贿赂刑事案件适用法律若干问题的解释》, 最高人民法院、
// 最高人民检察院《关于办理贪污贿赂刑事案件适用法律若干问题的解释》, with ﹤﹥
// around a quoted title. Counted under each form, one interpretation was
// cited twice in a basis (on the tune set in 4 drafts).

// titleMarks are the marks that differ between forms of one title.
var titleMarks = strings.NewReplacer("《", "", "》", "", "﹤", "", "﹥", "", "〈", "", "〉", "", "<", "", ">", "")

// interpTitle is the title of the interpretation c cites (its title and
// articles, as interpRe reads them) without its marks: the key under which
// its forms are counted as one.
func interpTitle(c string) string {
	return titleMarks.Replace(c[:strings.LastIndex(c, "》")+len("》")])
}
