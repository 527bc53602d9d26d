package anonymize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pairedPre are a pronoun and a word joining another to it (我和, 其与,
// 他跟): in the statements the facts quote, what follows is the other
// person who acted with the speaker (我和赵永清分别领两班人, 其和刘永生下楼,
// 其和张秀玲合伙购买), or a kin word or pronoun the readers skip.
var pairedPre = []string{"我和", "其和", "他和", "她和", "我与", "其与", "他与", "她与", "我跟", "其跟", "他跟", "她跟"}

// pairedNames finds the name right after pairedPre. Nothing but the
// pronoun bounds it, so the name ends where nameFrom stops (at a stop
// character: 郝曦及其父亲), and it must have a common given-name
// character and the shape of a name (no everyday word, place, title or
// verb glued on: 我和妻子, 其和解协议, 我和王某某 read none).
func pairedNames(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, pre := range pairedPre {
		for i := range after(text, pre) {
			n, ok := nameFrom(text[i:])
			if !ok || utf8.RuneCountInString(n) < 2 {
				continue
			}
			if rs := []rune(n); len(rs) == 3 && !closedSomewhere(text, n) {
				// 我和陈峰追着, 我和孙志约定: the third character starts
				// the verb after a two-character name, unless the document
				// closes the three somewhere (其与刘海富商量 beside 刘海富，) or
				// the character is common in names (其与赵国明作为)
				if next, _ := utf8.DecodeRuneInString(text[i+len(n):]); strings.ContainsRune("着了过", next) || (wordSet[string(rs[2])+string(next)] && !strings.ContainsRune(givenChars, rs[2])) {
					n = string(rs[:2])
				}
			}
			if seen[n] || orgSomewhere(text, n) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(n); strings.ContainsRune(looseNotSurnames+wordEnd, r) {
				continue // 我和于是…, 其和向…: the character starts a word
			}
			if !givenLike(n) || everydayWord(n) || wordName(text, n) || !unframedShape(text, n) {
				continue
			}
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, pre := range joinPre {
		for i := range after(text, pre) {
			if r, _ := utf8.DecodeRuneInString(text[i:]); wordSet[pre+string(r)] {
				continue // 签订和解协议: 和解 is the word
			}
			if n := verbBounded(text, i, joinPost); n != "" && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// joinPre join another party to the subject (与, 和, 同, 跟; 伙同 and 陪同
// end with 同).
var joinPre = []string{"与", "和", "同", "跟"}

// joinPost start what two parties do together or to each other (与贺彩发生争执,
// 与张铜柱签订《玉米赊销合同》, 与刘斌一起去, 与王向茂系邻居关系, 与王义良完成交易,
// 与刘承信分钱): what is joined before it is then a person, not a thing.
var joinPost = prefixedBy("发生", "签订", "签署", "一起", "一同", "一道", "二人", "两人", "共同", "合伙", "合谋", "商量", "商议", "协商", "约定", "谈妥", "串供", "结婚", "离婚", "来往", "有来往", "厮打", "打架", "争吵", "争执", "口角", "相识", "见面", "联系", "电话", "完成交易", "交易", "分钱", "分赃", "结账", "系邻居", "系夫妻", "系朋友", "系同事", "因琐事", "因故", "因纠纷", "驾驶的", "方人员", "及其", "之间", "酒后", "父子", "夫妇", "母子", "父女", "母女")

// orgWordAt says whether s starts with a word that ends an
// organisation's or a village group's name.
var orgWordAt = prefixedBy("公司", "有限", "集团", "实业", "商贸", "厂", "组", "村", "店", "中心")

// orgSomewhere says whether n somewhere runs on into an organisation's
// name, within a few characters that hold no punctuation or stop character
// (吉林冠亚房地产开发有限公司, 盛家垅组, 华俊实业有限公司, 辛河公司): n is then
// the start of a firm's or a place's name, however the pronoun frames it
// elsewhere (我和华俊实业是有生意关系, 其与盛家垅组).
func orgSomewhere(text, n string) bool {
	for i := range after(text, n) {
		runes := 0
		for k, r := range text[i:] {
			if orgWordAt(text[i+k:]) {
				return true
			}
			if runes++; !unicode.Is(unicode.Han, r) || strings.ContainsRune(stopGiven, r) || runes > 10 {
				break
			}
		}
	}
	return false
}
