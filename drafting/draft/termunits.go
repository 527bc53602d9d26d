package draft

import (
	"regexp"
	"strings"

	"leian/corpus/extract"
)

// unitNameRe ends the name of an organisation: a unit charged with a unit
// crime (单位犯罪, Criminal Law arts. 30–31) is named so when its verdict
// clause does not say 被告单位.
var unitNameRe = regexp.MustCompile(`(?:公司|厂|集团|合作社|商行|经营部|门市部|中心|医院|学校|银行|协会|委员会|事务所|研究所|酒店|宾馆|俱乐部|工作室|个体工商户)$`)

// unitDefendant reports whether a precedent's defendant name is a unit's:
// its judgment calls it 被告单位, or the name is an organisation's.
func unitDefendant(full, name string) bool {
	if name == "" {
		return false
	}
	return strings.Contains(full, "被告单位"+name) || strings.Contains(full, "被告单位："+name) || strings.Contains(full, "被告单位:"+name) || unitNameRe.MatchString(name)
}

// personPenalties are a precedent's sentences of natural persons, in
// verdict order. A unit can only be fined (art. 31), and verdicts sentence
// it first: read as the first defendant's, its fine made the similar cases
// of 单位行贿罪 or 虚开增值税专用发票罪 propose 单处罚金 for the person
// drafted, and its fine the person's.
func personPenalties(p precedent) []*extract.Penalty {
	var out []*extract.Penalty
	for i, pen := range p.penalties {
		if i < len(p.defendants) && unitDefendant(p.full, p.defendants[i]) {
			continue
		}
		out = append(out, pen)
	}
	return out
}
