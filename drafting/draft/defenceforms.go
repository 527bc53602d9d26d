package draft

import "regexp"

// counselStatedRe reads counsel's opinion in the facts: who it speaks for
// (被告人X的辩护人, or 其辩护人 after a named defendant) and what it says,
// up to the end of the sentence, in more of the forms the facts state it
// than the counselRe it replaced: after counsel's names
// (辩护人徐卫东、姜志强的辩护意见是：), after counsel's assent to the charge
// (辩护人对公诉机关指控的罪名没有异议，辩称…; 其辩护人对指控的事实无异议，
// 提出：1．…) and with 称 (其辩护人称：…). On the tune set the facts of 81
// judgments speak of counsel and the draft answered none of it; the court
// answered counsel in 60 of them. It also finds the topics of our
// arguments by which the similar cases' answers are kept
// (reasondefence.go), where counselRe read fewer of them. Groups: 1 the
// defendant counsel speaks for, 2 what stands between 辩护人 and the verb,
// 3 the opinion.
var counselStatedRe = regexp.MustCompile(`(?:被告人(\p{Han}{1,4}?)的|其)?辩护人([\p{Han}、]{0,10}?(?:` + counselAssent + `)?)(?:提出|认为|辩称|称|的辩护意见(?:是|为)?)(?:如下辩护意见|以下辩护意见|的辩护意见是)?[：:，,]?([^。]{4,})。`)

// counselSilentRe is a counsel who raised nothing (辩护人徐卫东、姜志强均未
// 提出异议): what follows is no opinion of counsel's.
var counselSilentRe = regexp.MustCompile(`未|没有|不`)

// counselOpinions are counsel's opinions the facts state: the defendant
// counsel speaks for and the opinion, as counselStatedRe reads them.
func counselOpinions(facts string) [][2]string {
	var out [][2]string
	for _, at := range counselStatedRe.FindAllStringSubmatchIndex(facts, -1) {
		m := submatches(facts, at)
		if courtsOwn.MatchString(m[0]) || counselSilentRe.MatchString(stripAssent(m[2])) || courtsHeading(facts[:at[0]]) { // replylead.go
			continue
		}
		out = append(out, [2]string{m[1], m[3]})
	}
	return out
}

// counselAssent is counsel's assent to the charge before the opinion
// (对公诉机关指控的罪名没有异议，): counselStatedRe reads past it, and
// stripAssent removes it before counselSilentRe looks for a counsel who
// raised nothing, whose 没有 it would otherwise match.
const counselAssent = `对[^。；]{0,40}?(?:无异议|没有异议|不持异议)[，,；;](?:但)?`

var counselAssentRe = regexp.MustCompile(counselAssent)

func stripAssent(s string) string { return counselAssentRe.ReplaceAllString(s, "") }

// submatches are the texts of a match's groups at (FindStringSubmatchIndex).
func submatches(s string, at []int) []string {
	out := make([]string, len(at)/2)
	for i := range out {
		if at[2*i] >= 0 {
			out[i] = s[at[2*i]:at[2*i+1]]
		}
	}
	return out
}
