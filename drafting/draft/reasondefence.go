package draft

import "regexp"

// A similar case's reasoning answers its own parties' arguments (关于赖欢欢
// 的辩护人提出…的意见，理由不成立，不予采纳。). Adapted with our names, such a
// sentence says our counsel or our accused argued what only theirs did.
// Where our facts record no argument of the defence at all, every such
// sentence is false, so it is dropped with the court's answer that
// follows it (经查，…。故该意见不予采纳。); the draft answers the arguments
// our facts do state itself (replies). On the tune set 64 of 400 base
// drafts carried such sentences with no argument in their facts.
var (
	// theirReplyRe marks a sentence about a party's argument.
	theirReplyRe = regexp.MustCompile(`辩护人|辩护意见|辩称|辩解|所提|提出的?[^。]{0,60}意见`)
	// replyContinuesRe opens the court's answer to the argument the sentence
	// before raised.
	replyContinuesRe = regexp.MustCompile(`^\s*(?:经查|经审查|经审理查明|对此|对于该|该(?:辩护)?意见|上述(?:辩护)?意见|故(?:对)?(?:该|其|此|上述)|因此(?:对)?(?:该|其|此|上述)|其(?:辩护)?意见)`)
	// replyRulingRe is the court's ruling on an argument.
	replyRulingRe = regexp.MustCompile(`采纳|采信|不予支持|予以支持|不能成立|不成立|予以认可|不予认可|本院予以确认|本院不予确认`)
	// argumentRe is an argument of the defence in our facts.
	argumentRe = regexp.MustCompile(`辩称|辩解|辩护意见|提出[^。]{0,40}(?:异议|意见)|无罪`)
)

// argued reports whether the facts record any argument of the defence:
// counsel's opinion, the accused's denial or plea.
func (f caseFacts) argued() bool {
	return counselRe.MatchString(f.text) || argumentRe.MatchString(f.text)
}

// withoutTheirReplies is sents without the similar case's answers to its
// own parties' arguments, when our facts record none. An answer runs from
// the sentence stating the argument to the one that rules on it (…不予
// 采纳。), looked for within maxReply sentences; with no ruling in reach,
// only the sentences that plainly continue it (经查，…) go.
func withoutTheirReplies(sents []string, f caseFacts) []string {
	if f.argued() {
		return sents
	}
	var out []string
	for i := 0; i < len(sents); i++ {
		if !theirReplyRe.MatchString(sents[i]) {
			out = append(out, sents[i])
			continue
		}
		end := i
		for j := i; j < min(len(sents), i+maxReply); j++ {
			if replyRulingRe.MatchString(sents[j]) {
				end = j
				break
			}
		}
		for end+1 < len(sents) && replyContinuesRe.MatchString(sents[end+1]) {
			end++
		}
		i = end
	}
	return out
}

// maxReply is how many sentences one answer to an argument may run to.
const maxReply = 6
