package draft

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"leian/corpus/rules"
)

// Several charges share one article, each defined by its own paragraph:
// 赌博罪 (art. 303 ¶1) and 开设赌场罪 (¶2), 强制猥亵、侮辱罪 (art. 237 ¶1)
// and 猥亵儿童罪 (¶3), 盗伐林木罪 and 滥伐林木罪 (art. 345 ¶1, ¶2), 放火罪
// and 失火罪 (art. 115). The article's first clause is then another
// charge's act: 被告人甲以暴力、胁迫或者其他方法强制猥亵他人或者侮辱妇女，
// 其行为已构成猥亵儿童罪. Courts state the act their charge names: of the
// findings (…构成X罪) in 6,284 LeCaRD first-instance judgments outside
// dev, tune, tune2 and the check set, all 30 of 猥亵儿童罪 write 猥亵儿童
// (none 强制猥亵他人 or 侮辱妇女), all 169 of 开设赌场罪 开设赌场, all 101 of
// 滥伐林木罪 滥伐 (none 盗伐森林), and none of 228 危险驾驶罪, 264 寻衅滋事罪,
// 144 非法经营罪 and 133 合同诈骗罪 findings repeats the article's 有下列…之一
// (96 of the 133 write 以非法占有为目的, which the first 的 had cut to 以非法占有为目).

// sharedClause is the clause of the article text t that states charge's
// act (written names it as the verdict does): the first clause of the
// paragraph whose words cover most of the charge's, among paragraphs no
// other charge sharing the article (others) covers better; the first
// paragraph on a tie. ok is false when every paragraph is another
// charge's or none covers ours.
func sharedClause(t, written string, others []string) (string, bool) {
	act := strings.TrimSuffix(written, "罪")
	best, bestCov := "", 0.0
	for i, para := range strings.Split(t, "\n") {
		c := leadClause(para)
		if c == "" {
			continue
		}
		cov, _ := coverage(act, c)
		if i > 0 && cov <= bestCov || claimed(c, act, others) {
			continue
		}
		best, bestCov = c, cov
	}
	return best, best != ""
}

// claimed says whether another charge's act (of others) is clause's
// rather than ours: it covers more of its name where the clause holds
// less than half of ours or fewer of our words than of its (a clause
// listing several acts, 放火、决水、爆炸…或者以其他危险方法危害公共安全,
// states each), or as much of a longer name (协助组织卖淫 over 组织卖淫 in
// 为组织卖淫的人招募…).
func claimed(clause, act string, others []string) bool {
	cov, n := coverage(act, clause)
	for _, o := range others {
		oc, on := coverage(strings.TrimSuffix(o, "罪"), clause)
		if oc > cov && (cov < 0.5 || on > n) || oc == cov && on > n {
			return true
		}
	}
	return false
}

// listIntro announces the article's list of acts (有下列情形之一, 有下列
// 寻衅滋事行为之一), which a finding does not repeat: courts write 被告人甲
// 以非法占有为目的，在签订、履行合同过程中，骗取对方当事人财物, not 有下列
// 情形之一，以非法占有为目的…. Nor does one of 强迫交易罪 repeat art. 226's
// 实施下列行为之一 (none of 36 corpus findings does).
var listIntro = regexp.MustCompile(`(?:有|实施)下列\p{Han}{0,12}之一(?:，|$)`)

// otherParagraph marks a clause that reads only with another paragraph
// (过失犯前款罪, 第一款规定的人员…).
var otherParagraph = regexp.MustCompile(`犯前[两三]?款罪|^(?:前|第[一二三四])款规定`)

// officeSubject is an article's subject standing before the act (国家工作人员
// 利用职务上的便利…; 公司、企业或者其他单位的工作人员，利用…). Pasted after the
// name it read 被告人甲国家工作人员利用职务上的便利; courts write 被告人甲身为
// 国家工作人员，利用职务上的便利…. Chosen for correctness, not tuned.
var officeSubject = regexp.MustCompile(`^(国家机关工作人员|国家工作人员|公司、企业或者其他单位的工作人员)，?`)

// roleSubject is an article's subject that only names who can commit the
// crime (生产者、销售者在产品中掺杂、掺假…): pasted after the name it read
// 被告人甲生产者、销售者在产品中…; none of the 20 findings of 生产、销售伪劣
// 产品罪 in the 6,284 corpus judgments writes it, they state the act.
var roleSubject = regexp.MustCompile(`^生产者、销售者，?`)

// leadClause is a paragraph's first clause up to its first 的 (盗窃公私
// 财物，数额较大), without its list's announcement, "" when it has none,
// one too long to read, one that reads only with another paragraph, or
// one the announcement leaves too short to state the act (情节严重). The 的 of
// 为目的 ends a purpose, not the clause (以非法占有为目的，使用诈骗方法非法
// 集资，数额较大的 states 集资诈骗罪's act whole, not 以非法占有为目).
func leadClause(para string) string {
	for from := 0; from < len(para); {
		j := strings.Index(para[from:], "的，")
		if k := strings.Index(para[from:], "的,"); k >= 0 && (j < 0 || k < j) {
			j = k
		}
		if j < 0 {
			return ""
		}
		i := from + j
		if !strings.HasSuffix(para[:i], "目") {
			c := strings.Trim(listIntro.ReplaceAllString(para[:i], ""), "，")
			n := utf8.RuneCountInString(c)
			if n > 80 || c != para[:i] && n < 8 || otherParagraph.MatchString(c) {
				return ""
			}
			return officeSubject.ReplaceAllString(roleSubject.ReplaceAllString(c, ""), "身为$1，")
		}
		from = i + len("的，")
	}
	return ""
}

// coverage is the share of act's character pairs (within its words, not
// across 、) that clause holds, and how many it holds.
func coverage(act, clause string) (float64, int) {
	n, in := 0, 0
	for _, w := range strings.FieldsFunc(act, func(r rune) bool { return r == '、' || r == '，' }) {
		rs := []rune(w)
		for i := 0; i+1 < len(rs); i++ {
			n++
			if strings.Contains(clause, string(rs[i:i+2])) {
				in++
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(in) / float64(n), in
}

// sharing are the other charges of the library whose principal article
// is no, by their listed names: neither name (ours, as the table lists it)
// nor a name superseded by another (强制猥亵、侮辱妇女罪 is now 强制猥亵、侮辱罪).
func sharing(lib *rules.Library, name string, no rules.ArticleNo) []string {
	return slices.DeleteFunc(lib.Charges.WithPrincipal(no), func(n string) bool {
		_, old := lib.ChargeRenames[n]
		return n == name || lib.Charges[n].Charge == name || old || lib.ChargeRenames[name] == n
	})
}
