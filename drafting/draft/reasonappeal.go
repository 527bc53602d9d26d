package draft

import (
	"regexp"
	"strings"
)

// A similar case may be an appeal judgment: its reasoning names the
// parties as the second instance does (上诉人, 原审被告人), answers the
// grounds of appeal (上诉理由) and reviews the judgment below (原判认定事实
// 清楚…，量刑适当，应予维持). Adapted for a first-instance draft, it had
// our accused appeal against a judgment that does not exist (20 of 400
// tune drafts). Its wording is put in first-instance form: the parties
// are 被告人 and 被告单位, the grounds of appeal are the accused's
// arguments (辩解, 辩称), and a sentence that reviews the judgment below
// or the appeal itself goes, as no first-instance court writes it.
// Dropping such reasonings altogether cost tune reasoning METEOR 0.0022
// in an earlier session; most of their sentences state the offence and
// its circumstances as a first-instance court would.

// firstInstanceParties renames an appeal's parties and grounds; the
// longer forms come first, so that 上诉人（原审被告人） becomes 被告人 once.
var firstInstanceParties = strings.NewReplacer(
	"上诉人（原审被告人）", "被告人",
	"上诉人(原审被告人)", "被告人",
	"原审被告单位", "被告单位",
	"原审被告人", "被告人",
	"上诉、辩护意见", "辩护意见",
	"上诉及辩护意见", "辩护意见",
	"上诉和辩护意见", "辩护意见",
	"上诉理由", "辩解",
	"上诉意见", "辩解",
	"上诉称", "辩称",
	"上诉提出", "提出",
	"上诉人", "被告人",
)

// appealReviewRe marks a sentence about the judgment below or the appeal
// (原判, 一审, 改判, 维持原判, 提起上诉): no first-instance court writes it.
var appealReviewRe = regexp.MustCompile(`原判|原审|原一|一审|二审|终审|改判|发回|再审|申诉|维持原|撤销原|上诉`)

// appealWordingRe says whether a reasoning uses an appeal's wording.
var appealWordingRe = regexp.MustCompile(`上诉|原判|原审|一审|二审`)

// firstInstanceWording puts an adapted reasoning t in first-instance
// form; t without an appeal's wording is returned as it is.
func firstInstanceWording(t string) string {
	if !appealWordingRe.MatchString(t) {
		return t
	}
	var b strings.Builder
	for _, sent := range sentenceSplit.FindAllString(t, -1) {
		sent = firstInstanceParties.Replace(sent)
		if appealReviewRe.MatchString(sent) {
			continue
		}
		b.WriteString(sent)
	}
	return b.String()
}
