package draft

import "testing"

// The basis cites the paragraphs courts cite: probation's conditions
// (第七十二条第一款) and, beside the first paragraph on principals, the
// fourth (第二十六条第一款、第四款); other labels and other laws stay.
func TestCourtLabel(t *testing.T) {
	tests := []struct {
		a    Article
		want string
	}{
		{Article{Law: criminalLaw, Label: "第七十二条", Number: 72}, "第七十二条第一款"},
		{Article{Law: criminalLaw, Label: "第七十二条第一款", Number: 72}, "第七十二条第一款"},
		{Article{Law: criminalLaw, Label: "第二十六条第一款", Number: 26}, "第二十六条第一款、第四款"},
		{Article{Law: criminalLaw, Label: "第二十六条第四款", Number: 26}, "第二十六条第四款"},
		{Article{Law: criminalLaw, Label: "第七十三条第二款", Number: 73}, "第七十三条第二款"},
		{Article{Law: "中华人民共和国刑事诉讼法", Label: "第七十二条", Number: 72}, "第七十二条"},
	}
	for _, tt := range tests {
		if got := courtLabel(tt.a); got != tt.want {
			t.Errorf("courtLabel(%s) = %q, want %q", tt.a.Label, got, tt.want)
		}
	}
	arts := []Article{
		{Law: criminalLaw, Label: "第二百六十三条", Number: 263},
		{Law: criminalLaw, Label: "第二十六条第一款", Number: 26},
		{Law: criminalLaw, Label: "第七十二条", Number: 72},
	}
	want := "依照《中华人民共和国刑法》第二百六十三条、第二十六条第一款、第四款、第七十二条第一款之规定，判决如下：\n"
	if got := basisSentence("依照", arts, caseFacts{}, nil); got != want {
		t.Errorf("basisSentence = %q, want %q", got, want)
	}
}
