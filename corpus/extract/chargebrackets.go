package extract

import "regexp"

// bracketWord is a word a charge name holds in brackets: 国（边）境, which
// reads 国境 or 边境.
var bracketWord = regexp.MustCompile(`(.)（([^（）]{1,3})）`)

// bracketReadings are the ways judgments write a charge name holding a
// bracketed word (偷越国（边）境, from the SPP opinion's list): without the
// word (偷越国境), with it in place of the character before the bracket
// (偷越边境), with both (偷越国边境), and with ASCII brackets as JuDGE's
// cause list spells it (偷越国(边)境). Of 29 LeCaRD verdicts convicting of
// a 偷越 charge, 13 write 国境, 14 （边）, 2 国边境 and 1 边境 (one may
// write two). A name without brackets has none.
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
