package draft

import "strings"

// The sentence's grounds (根据被告人甲的犯罪事实、性质、情节和对社会的危害程度)
// are added before the legal basis when the reasoning lacks them. A lead-in
// carried from the similar case often states them already in other words
// (…对社会的危害性, …造成的危害后果, 社会危害): the basis then gave the
// grounds twice in one sentence (17 tune drafts). Of the 1,401 corpus
// bases (LeCaRD first instance outside dev, tune, tune2 and the check set)
// that state the grounds, 1,384 state them once. They name the accused
// (根据被告人甲的犯罪事实…): of the 1,018 bases whose grounds open on whose
// crime it is (根据被告人…, 根据各被告人…, 根据本案…), 516 name the
// defendants, 246 write a bare 被告人.

// statesGround reports whether the reasoning's body or the basis's lead-in
// already gives the grounds of the sentence.
func statesGround(body, lead string) bool {
	return strings.Contains(body, "危害程度") || strings.Contains(lead, "危害")
}
