package anonymize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	// idRe is a resident ID number: region, birth date, sequence, check.
	// Digit boundaries are checked by hand (RE2 has no look-around).
	idRe = regexp.MustCompile(`[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]`)
	// idCueRe is any number, whole or partly masked, that follows an ID cue.
	idCueRe = regexp.MustCompile(`(?:公民身份号码|身份证号码|身份证号|身份号码|身份证)\s*(?:号码|号)?\s*(?:为|是|：|:)?\s*([0-9Xx×＊*]{8,20})`)
	// mobileRe is a mainland mobile number, whole or with the middle masked.
	mobileRe = regexp.MustCompile(`1[3-9]\d(?:\d{4}|[×＊*]{4})\d{4}`)
	// landlineRe is an area code with a local number.
	landlineRe = regexp.MustCompile(`0\d{2,3}[-－—]\d{7,8}`)
	// cardCueRe is a bank account or card number after its cue; spaces and masks allowed.
	cardCueRe = regexp.MustCompile(`(?:银行卡号|银行账号|银行帐号|卡号|账号|帐号|账户|帐户|银行卡)\s*(?:为|是|：|:)?\s*(?:尾号)?\s*([0-9×＊*][0-9×＊* ]{6,28}[0-9×＊*])`)
	// bareCardRe is a long digit run; Luhn-valid ones are card numbers.
	bareCardRe = regexp.MustCompile(`\d{16,19}`)
	// plateRe is a licence plate: province, letter, five or six characters.
	plateRe = regexp.MustCompile(`[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-ZＡ-Ｚ][·•]?[A-Z0-9Ａ-Ｚ０-９×＊*]{5,6}`)
	// birthRe is a date followed by 出生/生.
	birthRe = regexp.MustCompile(`(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:出生|生[，,。；;）)\s于])`)
	// bornOnRe is the other order: 生于1985年2月1日, 出生日期：….
	bornOnRe = regexp.MustCompile(`(?:[，,]生于|出生于|出生日期[：:]?|出生年月日[：:]?)((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)`)
)

// identifiers finds ID, phone, card and plate numbers and birth dates.
// Order matters: on overlap resolve keeps the earlier start, then the
// longer span, so ID numbers are found before the card rule sees them.
func identifiers(text string) []span {
	var out []span
	add := func(s, e int, k Kind, repl, rule string) {
		out = append(out, span{s: s, e: e, kind: k, repl: repl, rule: rule})
	}
	for _, m := range idRe.FindAllStringIndex(text, -1) {
		if digitAt(text, m[0]-1) || digitAt(text, m[1]) {
			continue
		}
		add(m[0], m[1], IDNumber, strings.Repeat("×", 18), ruleDelete)
	}
	for _, m := range idCueRe.FindAllStringSubmatchIndex(text, -1) {
		if onlyMask(text[m[2]:m[3]]) {
			continue
		}
		add(m[2], m[3], IDNumber, strings.Repeat("×", 18), ruleDelete)
	}
	for _, m := range mobileRe.FindAllStringIndex(text, -1) {
		if digitAt(text, m[0]-1) || digitAt(text, m[1]) {
			continue
		}
		add(m[0], m[1], Phone, strings.Repeat("×", 11), ruleDelete)
	}
	for _, m := range landlineRe.FindAllStringIndex(text, -1) {
		if digitAt(text, m[0]-1) || digitAt(text, m[1]) {
			continue
		}
		add(m[0], m[1], Phone, "××××-××××××××", ruleDelete)
	}
	for _, m := range cardCueRe.FindAllStringSubmatchIndex(text, -1) {
		v := strings.TrimSpace(text[m[2]:m[3]])
		if onlyMask(v) || countDigits(v) < 4 {
			continue
		}
		add(m[2], m[3], BankCard, "××××", ruleDelete)
	}
	for _, m := range bareCardRe.FindAllStringIndex(text, -1) {
		if digitAt(text, m[0]-1) || digitAt(text, m[1]) || !luhn(text[m[0]:m[1]]) {
			continue
		}
		add(m[0], m[1], BankCard, "××××", ruleDelete)
	}
	for _, m := range plateRe.FindAllStringIndex(text, -1) {
		p := text[m[0]:m[1]]
		_, n1 := utf8.DecodeRuneInString(p)
		_, n2 := utf8.DecodeRuneInString(p[n1:])
		rest := p[n1+n2:]
		if onlyMask(strings.TrimLeft(rest, "·•")) || alnumAt(text, m[1]) {
			continue
		}
		add(m[0]+n1+n2, m[1], Plate, "×××××", ruleDelete)
	}
	for _, m := range birthRe.FindAllStringIndex(text, -1) {
		date := text[m[0]:m[1]]
		e := m[0] + strings.Index(date, "日") + len("日")
		if digitAt(text, m[0]-1) {
			continue
		}
		add(m[0], e, BirthDate, "××××年××月××日", ruleBirth)
	}
	for _, m := range bornOnRe.FindAllStringSubmatchIndex(text, -1) {
		add(m[2], m[3], BirthDate, "××××年××月××日", ruleBirth)
	}
	return out
}

func digitAt(s string, i int) bool {
	return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9'
}

func alnumAt(s string, i int) bool {
	return i >= 0 && i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z')
}

// onlyMask says whether s carries no digit or letter: already anonymised.
func onlyMask(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 'Ａ' && r <= 'Ｚ' || r >= '０' && r <= '９' {
			return false
		}
	}
	return true
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// luhn checks a card number's check digit.
func luhn(d string) bool {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if (len(d)-1-i)%2 == 1 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}
