package draft

import "regexp"

// confessionArticle covers 自首 and 坦白 (Criminal Law art. 67): its third
// paragraph lets the court lighten the punishment of an accused who, not
// having surrendered, confesses his crime truthfully once in custody.
const confessionArticle = 67

// confession is what the facts tell of the accused's confession when they
// name neither 自首 nor 坦白.
type confession int

const (
	// confessionOpen: the facts tell nothing either way; the similar cases
	// decide, as before.
	confessionOpen confession = iota
	// confessionAdmitted: the findings close with the accused raising no
	// objection to the facts at trial (上述事实，被告人…在开庭审理过程中亦无
	// 异议). Having admitted at trial what he is found to have done, he
	// has confessed truthfully, and courts find 坦白: on the tune set 34 of
	// the 49 judgments whose facts so close but name no 自首 or 坦白 cited
	// 第六十七条, of which the drafts had cited 23.
	confessionAdmitted
	// confessionUnadmitted: the facts record no admission at all, neither
	// that formula nor the accused's assent to the charge (对指控的事实无
	// 异议, 供认不讳). Nothing then grounds a finding of truthful confession:
	// 5 of the 52 such tune judgments cited the article, and the drafts,
	// following the similar cases, had cited it 13 times (once rightly).
	confessionUnadmitted
)

var (
	// admittedFindingsRe is the findings' closing formula of an accused who
	// does not dispute them.
	admittedFindingsRe = regexp.MustCompile(`(?:上述|以上)(?:犯罪)?事实[^。；]{0,30}(?:无异议|没有异议|未提出?异议|不持异议|无意见|没有意见)`)
	// assentRe is the accused's (or his counsel's) assent to the charge.
	assentRe = regexp.MustCompile(`(?:指控|起诉)[^。；]{0,20}(?:无异议|没有异议|不持异议|未提出?异议|无意见|没有意见|供认不讳|不表异议)|供认不讳`)
)

// confessionOf reads f for a confession when the facts state neither 自首
// nor 坦白 (stated ones are left to the circumstance rule, which cites the
// article when the law calls for it).
func confessionOf(f caseFacts) confession {
	if f.has("自首") || f.has("坦白") {
		return confessionOpen
	}
	switch {
	case admittedFindingsRe.MatchString(f.text):
		return confessionAdmitted
	case !assentRe.MatchString(f.text):
		return confessionUnadmitted
	}
	return confessionOpen
}
