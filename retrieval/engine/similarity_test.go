package engine

import (
	"context"
	"math"
	"testing"
)

// sameEmbedder embeds every text as the same vector, so any difference in
// ComparePair's score comes from the elements.
type sameEmbedder struct{}

func (sameEmbedder) EmbedDocuments(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i := range texts {
		out[i] = []float32{1, 0}
	}
	return out, nil
}

func (sameEmbedder) EmbedQuery(context.Context, string) ([]float32, error) {
	return []float32{1, 0}, nil
}

// Texts shortened from scm/triplets.jsonl.
func TestComparePair(t *testing.T) {
	const (
		iou        = "原告聂某1，男。被告张某1，男。被告施某1，女。\n\n两被告向原告借款159000元，出具借条，月息俩分肆厘，原告以银行转账方式支付。"
		iouAlike   = "原告程某1，男。被告程某2，男。被告邱某1，女。\n\n二被告向原告借款164200元，出具借条，约定月息2分4厘，原告通过银行转账交付。"
		bankLoan   = "原告某某农村商业银行股份有限公司。被告李某1。\n\n被告与原告签订借款合同，借款3000000元，由王某1提供连带责任保证，并以房屋抵押。"
		theft      = "公诉机关指控，被告人李某盗窃他人电动车一辆，价值3000元。"
		theftAlike = "公诉机关指控，被告人王某盗窃他人手机一部，价值2000元。"
	)
	p := &Pool{embedder: sameEmbedder{}}
	ctx := context.Background()
	alike, err := p.ComparePair(ctx, iou, iouAlike)
	if err != nil {
		t.Fatal(err)
	}
	unlike, err := p.ComparePair(ctx, iou, bankLoan)
	if err != nil {
		t.Fatal(err)
	}
	if alike.Loan == nil || unlike.Loan == nil {
		t.Fatal("two private-lending texts compared without their loan elements")
	}
	if alike.Score <= unlike.Score {
		t.Errorf("IOU between persons scores %g against another, %g against a bank's guaranteed loan", alike.Score, unlike.Score)
	}
	if alike.Score > 1 || unlike.Score < 0 {
		t.Errorf("scores %g, %g outside [0,1]", alike.Score, unlike.Score)
	}
	crim, err := p.ComparePair(ctx, theft, theftAlike)
	if err != nil {
		t.Fatal(err)
	}
	if crim.Loan != nil || math.Abs(crim.Score-crim.Cosine) > 1e-12 {
		t.Errorf("criminal pair: loan %v, score %g, cosine %g; want the cosine alone", crim.Loan, crim.Score, crim.Cosine)
	}
	if s, err := p.Similarity(ctx, iou, iouAlike); err != nil || s != alike.Score {
		t.Errorf("Similarity = %g, %v; want ComparePair's score %g", s, err, alike.Score)
	}
}
