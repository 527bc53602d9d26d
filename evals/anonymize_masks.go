package evals

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// maskUse is what the generator does with one X某 mask of the source.
type maskUse int

const (
	maskName      maskUse = iota // a person's name: filled with a generated name
	maskNotName                  // not a surname mask (某某公司, 某日, 孟某元 with the name's last character kept, 某甲基苯丙胺): left alone
	maskNoSurname                // the character before 某 is no surname of the list (在某, 某某公司): not a name mask
	maskKeptRole                 // a name the rules keep (bench, prosecutor, lawyer, representative): left masked
)

var (
	// genKeptCueRe ends the text before a name the rules keep, allowing a
	// 、 list of earlier names after the cue (检察员孟某、程某).
	genKeptCueRe = regexp.MustCompile(`(?:审判长|审判员|陪审员|书记员|检察员|检察官|律师|法定代表人|法人代表|诉讼代表人|负责人)[：:\s]*(?:\p{Han}{2,4}\d{0,2}、)*$`)
	// genCounselRe ends the text before a defender's or agent's name; the
	// name is a lawyer's when 律师 or 法律服务 follows in the same sentence.
	genCounselRe = regexp.MustCompile(`(?:辩护人|代理人)[：:\s]*(?:\p{Han}{2,4}\d{0,2}、)*$`)
)

// classifyMask decides from a mask's own form and its neighbours whether it
// stands for a person's name. m is a genMaskRe match (with the digits of an
// amount already cut off). The rules read only the mask and the characters
// around it, never the anonymiser.
func classifyMask(text string, m []int) maskUse {
	sur := text[m[2]:m[3]]
	if !strings.Contains(anonGenSurnames, sur) || (m[0] >= 3 && text[m[0]-3:m[0]] == "某") {
		return maskNoSurname
	}
	next, _ := utf8.DecodeRuneInString(text[m[1]:])
	if m[4] >= 0 && strings.ContainsRune("甲乙丙丁", []rune(text[m[4]:m[5]])[0]) && next == '基' {
		return maskNotName // 某甲基苯丙胺 is a drug, not 某甲
	}
	if strings.ContainsRune(genNotName, next) || (m[4] < 0 && next >= 0x4e00 && !strings.ContainsRune(genFollow, next)) {
		return maskNotName
	}
	before := text[max(0, m[0]-45):m[0]]
	if genKeptCueRe.MatchString(before) {
		return maskKeptRole
	}
	if genCounselRe.MatchString(before) {
		sentence := text[m[1]:min(len(text), m[1]+150)]
		if i := strings.IndexAny(sentence, "。；\n"); i >= 0 {
			sentence = sentence[:i]
		}
		if strings.Contains(sentence, "律师") || strings.Contains(sentence, "法律服务") || strings.Contains(sentence, "法律工作者") {
			return maskKeptRole
		}
	}
	return maskName
}
