package extract

import (
	"regexp"
	"strings"
)

// bracketWord is a word a charge name holds in brackets: 国（边）境, which
// reads 国境 or 边境.
var bracketWord = regexp.MustCompile(`(.)（([^（）]{1,3})）`)

// bracketReadings are the ways judgments write a charge name holding a
// bracketed word (偷越国（边）境, from the SPP opinion's list): without the
// word (偷越国境), with it in place of the character before the bracket
// (偷越边境), with both (偷越国边境), and with ASCII brackets as JuDGE's
// cause list spells it (偷越国(边)境). Of the 12 LeCaRD first-instance
// verdicts outside dev, tune, tune2 and the check set that convict of a
// 偷越 charge, 8 write （边）, 4 国境 and 1 国边境 (one writes two); the
// facts also write 边境. A name without brackets has none.
func bracketReadings(base string) []string {
	m := bracketWord.FindStringSubmatchIndex(base)
	if m == nil {
		return nil
	}
	before, word := base[m[2]:m[3]], base[m[4]:m[5]]
	head, tail := base[:m[0]], base[m[1]:]
	return []string{
		head + before + tail,
		head + word + tail,
		head + before + word + tail,
		head + before + "(" + word + ")" + tail,
	}
}

// cutReading is how a judgment's 犯X罪 reads a charge whose name holds 犯
// after its start: 犯侵犯著作权罪 and 实施侵犯著作权罪 both read 犯著作权罪
// from the name's own 犯, so 著作权 is 侵犯著作权罪 (7 LeCaRD first-instance
// facts outside the labelled sets read so; each verdict convicts of
// 侵犯著作权罪). The words after a 犯 of 犯罪 (隐瞒犯罪所得, 传授犯罪方法)
// start with 罪 and read no charge. "" when the name has no such 犯.
func cutReading(base string) string {
	i := strings.LastIndex(base, "犯")
	if i <= 0 {
		return ""
	}
	rest := base[i+len("犯"):]
	if rest == "" || strings.HasPrefix(rest, "罪") {
		return ""
	}
	return rest
}
