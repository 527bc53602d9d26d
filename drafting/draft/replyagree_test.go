package draft

import (
	"strings"
	"testing"
)

// The facts are a LeCaRD candidate judgment's outside JuDGE dev and the
// tune set (candidate 19258, shortened): counsel pleads 自首, which the
// facts find, and 从犯, which only counsel claims.
func TestRepliesAgreeWithFindings(t *testing.T) {
	facts := "公诉机关认为被告人傅某的行为已触犯《中华人民共和国刑法》第三百四十三条第一款之规定，应以非法采矿罪追究其刑事责任。本案属共同犯罪，适用《中华人民共和国刑法》第二十五条第一款之规定。被告人傅某主动投案，如实供述自己的罪行，属自首，还适用《中华人民共和国刑法》第六十七条第一款之规定。 被告人傅某对公诉机关所指控的犯罪事实无异议。 辩护人认为，一、被告人傅某自首，可从轻或者减轻处罚；二、被告人傅某系从犯，应当予以从轻或者减轻处罚；三、被告人傅某系初犯，可以酌情从轻处罚；四、被告人傅某的犯罪后果较小，造成的损失较少，认罪态度较好。建议判处免予刑事处罚或缓刑。 经审理查明：案发后，被告人傅某于2014年8月21日主动到永安市公安局投案，如实供述自己的犯罪事实。"
	var got []string
	for _, s := range replies(readFacts(facts), []string{"傅某"}) {
		got = append(got, s.Text)
	}
	want := []string{
		"关于辩护人提出被告人傅某自首，可从轻或者减轻处罚的辩护意见，经查属实，本院予以采纳。",
		"关于辩护人提出被告人傅某系从犯，应当予以从轻或者减轻处罚的辩护意见，经查，与本院查明的事实不符，本院不予采纳。",
		"关于辩护人提出被告人傅某系初犯，可以酌情从轻处罚的辩护意见，经查属实，本院予以采纳。",
	}
	for _, w := range want {
		if !strings.Contains(strings.Join(got, "\n"), w) {
			t.Errorf("replies lack %s\ngot %q", w, got)
		}
	}
}

// Counsel's points from LeCaRD candidates 26702, 19258 and 30743.
func TestAgreeing(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		found      []string
		reject, ok bool
	}{
		{"an unfound circumstance is not adopted", "被告人在本案中属于从犯，应当从轻或者减轻处罚", []string{"坦白"}, true, true},
		{"a found one is", "被告人傅某自首，可从轻或者减轻处罚", []string{"自首"}, false, true},
		{"found and unfound together are the judge's", "傅雪明系从犯、坦白，认罪态度好，无犯罪前科，请求从轻处罚", []string{"坦白"}, false, false},
		{"no circumstance named", "被告人傅某系初犯，可以酌情从轻处罚", nil, false, true},
	}
	for _, tt := range tests {
		op, ok := agreeing(defenceOpinion{text: tt.text}, tt.found)
		if ok != tt.ok || ok && op.reject != tt.reject {
			t.Errorf("%s: agreeing = %v, %v; want %v, %v", tt.name, op.reject, ok, tt.reject, tt.ok)
		}
	}
}

// Counsel's arguments from LeCaRD candidates outside JuDGE dev and the
// tune set (2229, 5251, 1254, 3781, 11356, 6090, 8472).
func TestDisputes(t *testing.T) {
	tests := []struct {
		text               string
		contest, mitigates bool
	}{
		{"被告人屈书影只是客观上具有非法集资行为，主观上没有犯罪故意，应认定无罪", true, false},
		{"被告人石清华主观上没有非法占有的目的，客观上没有实施诈骗行为，其行为不构成犯罪", true, false},
		{"被告人魏域鑫认罪态度较好，有悔罪表现，被害人有过错，要求从轻处罚", false, true},
		{"被告人具有犯罪情节较轻、未造成严重后果、有悔罪表现等从轻情节，建议对其从宽判处", false, true},
		{"王东杰认罪态度好，没有犯罪前科，并有自首情节，请法院予以单处罚金或减轻处罚", false, true},
		{"进口时已缴纳的税款应当从骗取出口退税犯罪数额中扣除", true, false}, // a smaller sum contests the charge (defencedispute.go); 从犯罪 is no 从犯
		{"被告人高兴红未盗走财物，亦未造成轻伤以上人身伤害后果，是抢劫未遂", true, true},
	}
	for _, tt := range tests {
		if c, m := disputes(tt.text); c != tt.contest || m != tt.mitigates {
			t.Errorf("disputes(%s) = %v, %v; want %v, %v", tt.text, c, m, tt.contest, tt.mitigates)
		}
	}
}
