package draft

// The legal basis names an article's paragraphs as courts cite them. Of
// 6,173 legal bases (依照《中华人民共和国刑法》…) in 6,284 LeCaRD
// first-instance judgments outside dev, tune, tune2 and the check set:
//   - 第七十二条: 938 of 1,340 name its first paragraph, which sets the
//     conditions of probation (第七十二条第一款, alone or with 第三款); 392
//     cite the bare article, as a similar case's habit could leave it.
//   - 第二十六条第一款: 434 of the 592 citing the first paragraph add the
//     fourth (主犯 other than a group's ringleader are punished for all the
//     crimes they took part in: 第二十六条第一款、第四款 or 第一、四款), and
//     courts add it whether or not the case speaks of a criminal group (204
//     of 279 that do, 230 of 327 that do not); 158 cite the first alone.
var courtParagraphs = map[string]string{
	"第七十二条":    "第七十二条第一款",
	"第二十六条第一款": "第二十六条第一款、第四款",
}

// courtLabel is a's label as the legal basis writes it: the Criminal
// Law's article with the paragraphs courts cite beside the one drafted.
func courtLabel(a Article) string {
	if a.Law != criminalLaw {
		return a.Label
	}
	if l, ok := courtParagraphs[a.Label]; ok {
		return l
	}
	return a.Label
}
