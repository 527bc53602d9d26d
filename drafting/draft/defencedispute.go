package draft

import "regexp"

// Counsel also disputes what is charged without the words contestCue
// reads: by another legal characterisation (应认定为职务侵占罪, 应以单位犯罪
// 论处, 不应定性为合同诈骗), by a smaller sum (应从指控数额中扣除, 只应认定
// 5000元, 不应计入其犯罪数量) or by the evidence's weakness (无法证明,
// 不能证实, 前后矛盾, 系遭诱供所得). On the tune set 38 of counsel's 217
// points that neither contestCue nor mitigationCue read say one of these.
// The draft convicts of the charge and the sum charged, so it answers them
// as it answers any contest (不予采纳); a point that also pleads mitigation
// is still left to the judge (disputes).
var disputedFindingRe = regexp.MustCompile(`应(?:当)?(?:认定|定性)为|应(?:当)?(?:以|按)?\p{Han}{0,6}(?:罪|犯罪)(?:处理|定罪|论处)|(?:应|只应)(?:当)?(?:从[^，,。；;]{0,12})?(?:予以)?扣除|只应认定|不应(?:当)?(?:认定|计入|作为|再作为|定性|按)|无法证实|无法证明|不能证实|不能证明|前后矛盾|诱供`)
