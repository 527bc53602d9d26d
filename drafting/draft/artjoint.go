package draft

import "regexp"

// principalArticle deals with a principal (主犯) of a joint crime.
const principalArticle = 26

// Joint crimes the facts word when the similar cases' state does not
// show them.
//
//   - A defendant tried alone whose facts say he acted together with
//     others (伙同他人, 共同犯罪: the others are tried apart, 另案处理)
//     committed a joint crime, and the court cites 第二十五条: on the tune
//     set 11 of the 20 single-defendant judgments whose facts so word it
//     cited it, and the drafts, which cite 第二十五条 only for several
//     defendants, cited it in none of them.
//   - Several defendants one of whom the facts name a principal (主犯,
//     by the prosecution, the findings or a party) are a joint crime whose
//     roles the court rules on, citing 第二十六条 for the principal and
//     第二十七条 for the accomplice: on the tune set 21 of the 23 such
//     multi-defendant judgments cited 第二十六条 and 20 第二十七条, where the
//     drafts had cited them 16 and 17 times. Unlike 从犯, a principal a
//     party names counts: the defence that calls a co-defendant the
//     principal asks the court to divide the roles, and it does.
//   - Several defendants whose roles or joint crime anyone names (主犯,
//     从犯, 次要作用, 辅助作用, 共同犯罪), even only the defence pleading
//     that its client was the accomplice, are tried as a joint crime, and
//     the court cites 第二十五条 whether or not it accepts the plea: the
//     drafts left it out 5 times on tune and 5 on tune2 where the similar
//     cases' share fell short, and 9 of those 10 judgments cited it.
//   - A lone defendant the facts name a principal: artprincipal.go.
var (
	togetherRe  = regexp.MustCompile(`伙同|共同犯罪`)
	principalRe = regexp.MustCompile(`主犯`)
	rolesRe     = regexp.MustCompile(`主犯|从犯|次要作用|辅助作用|共同犯罪`)
)

// jointCite is an article of a joint crime and why it is cited.
type jointCite struct {
	article int
	why     string
}

// jointCites are the articles of a joint crime the facts f word, for one
// defendant or several (multi).
func jointCites(f caseFacts, multi bool) []jointCite {
	if !multi {
		var out []jointCite
		if affirmed(f.text, togetherRe) {
			out = append(out, jointCite{jointArticle, "共同犯罪：事实载明伙同他人或共同犯罪"})
		}
		if accusedPrincipal(f.text) { // artprincipal.go
			if len(out) == 0 {
				out = append(out, jointCite{jointArticle, "共同犯罪：事实载明被告人系主犯"})
			}
			out = append(out, jointCite{principalArticle, "共同犯罪（主犯）：事实载明被告人系主犯"})
		}
		return out
	}
	var out []jointCite
	if affirmed(f.text, rolesRe) {
		out = append(out, jointCite{jointArticle, "共同犯罪：事实载明各被告人的主从地位或共同犯罪"})
	}
	if affirmed(f.text, principalRe) {
		out = append(out, jointCite{principalArticle, "共同犯罪（主犯）：事实载明主犯"},
			jointCite{accessoryArticle, "共同犯罪（从犯）：事实区分主从犯"})
	}
	return out
}
