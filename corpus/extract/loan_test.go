package extract

import (
	"encoding/json"
	"slices"
	"testing"

	"leian/internal/dataset"
)

// Rate phrases below are quoted from scm/triplets.jsonl.
func TestAnnualRate(t *testing.T) {
	tests := []struct {
		text string
		want float64
	}{
		{"并承诺按月息2分4厘支付利息", 28.8},
		{"今借到聂某1人民币壹拾伍万玖仟元整（￥159000）。月息俩分肆厘。", 28.8},
		{"借款期间内利息标准为月利率2％；双方确认已支付3个月利息。", 24},
		{"按照年利率36％，自起诉之日计算至付清之日止", 36},
		{"00元借条中载明月息一分五", 18},
		{"约定利率为月息1.5分", 18},
		{"原告执存，约定按月利率20‰计算", 24},
		{"如没有按时还款，借款人自愿交纳违约金壹万元，另加利息每月2％计算等", 24},
		{"约定月息1分，借款期限为半年，月息2％", 24},
		{"双方口头约定月息为3分", 36},
		{"按中国人民银行同期贷款利率支付利息", 0},
		{"于2013年6月30日、2013年8月9日以银行转账汇款方式", 0},
	}
	for _, tt := range tests {
		if got := annualRate(tt.text); got < tt.want-1e-9 || got > tt.want+1e-9 {
			t.Errorf("annualRate(%q) = %g, want %g", tt.text, got, tt.want)
		}
	}
}

func TestInterestBand(t *testing.T) {
	tests := []struct {
		rate float64
		want string
	}{
		{0, "未约定利息"}, {18, "年利率24%以内"}, {24, "年利率24%以内"},
		{28.8, "年利率24%至36%"}, {36, "年利率24%至36%"}, {60, "年利率超过36%"},
	}
	for _, tt := range tests {
		if got := interestBand(tt.rate); got != tt.want {
			t.Errorf("interestBand(%g) = %q, want %q", tt.rate, got, tt.want)
		}
	}
}

// Party paragraphs and facts quoted (shortened) from scm/triplets.jsonl.
func TestExtractLoan(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		lenderOrg   bool
		borrowerOrg bool
		borrowers   int
		has, hasNot []string
		interest    string
		amount      float64
	}{
		{"two borrowers, IOU, transfer and cash",
			"原告聂某1，男，1974年7月10日出生。被告张某1，男，1978年4月18日出生。被告施某1，女，1980年6月10日出生。\n\n" +
				"原告聂某1诉称：被告张某1和被告施某1因做生意资金周转需要自2013年起陆续向我借款共计159000元，于2015年10月9日补写借条，并承诺按月息2分4厘支付利息。" +
				"原告向被告已现金方式支付部分借款，并分别于2013年6月30日以银行转账汇款方式向被告施某1支付借款共计125000元。",
			false, false, 2, []string{"借条", "现金", "转账", "部分还款"}, []string{"保证", "抵押", "夫妻共同债务", "欠条"}, "年利率24%至36%", 159000},
		{"company borrower, receipt",
			"原告：王某1，男，1992年10月2日生，汉族，居民，住南京市六合区。被告：吁某1，男，1978年11月12日生，汉族，居民，住南京市。被告：南京吁某1餐饮有限公司，住所地在南京市六合区。法定代表人：严俊，经理。\n\n" +
				"原告王某1向本院提出诉讼请求：判令被告吁某1归还借款180000元并支付按月息1.5％计算的利息。原告围绕诉讼请求依法提交了借条、收条、银行活期账户交易明细等证据。",
			false, true, 2, []string{"借条", "收条"}, []string{"现金", "欠条"}, "年利率24%以内", 180000},
		{"spouses, IOU, comma before the second defendant",
			"原告：沈某1，男，汉族，1971年5月20日出生，住址漳州市芗城区，委托诉讼代理人：陈喜亮，福建履德律师事务所律师。被告：陈某1，男，汉族，1980年5月13日出生，住址福建省漳平市，现住漳州市芗城区，被告：陈某2，女，汉族，1979年4月22日出生，住址漳州市芗城区，\n\n" +
				"原告沈某1向本院提出诉讼请求：1．二被告归还原告借款人民币陆万元（60000元）及利息，利息自2014年4月19日起至实际还款之日止按月利率2％计付。被告2与被告1系夫妻关系，该借款发生在陈某1与陈某2婚姻关系存续期间，应按夫妻共同债务处理。如没有按时还款，借款人自愿交纳违约金壹万元。",
			false, false, 2, []string{"夫妻共同债务", "违约金"}, []string{"借条", "保证"}, "年利率24%以内", 60000},
		{"debt note, time bar, no rate",
			"原告杨某1。委托代理人杨树玲（系原告女某1。被告康某1。被告王某1。委托代理人康某1，系被告王某1母亲。\n\n" +
				"原告诉称，2004年8月1日，王德义向我借款10000元，并给我出具欠条一份。4、原告起诉已经超过诉讼时效。",
			false, false, 2, []string{"欠条", "诉讼时效"}, []string{"借条", "转账"}, "未约定利息", 10000},
		{"no line break: parties cut at the claims",
			"原告某某小额贷款有限公司。被告李某1。原告诉称，被告向原告借款5万元，由被告张某1提供连带责任保证，并以房屋设定抵押。",
			true, false, 1, []string{"保证", "抵押"}, nil, "未约定利息", 50000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := ExtractLoan(tt.text)
			if l.LenderOrg != tt.lenderOrg || l.BorrowerOrg != tt.borrowerOrg || l.Borrowers != tt.borrowers {
				t.Errorf("parties: lender org %v, borrower org %v, %d borrowers; want %v, %v, %d",
					l.LenderOrg, l.BorrowerOrg, l.Borrowers, tt.lenderOrg, tt.borrowerOrg, tt.borrowers)
			}
			for _, e := range tt.has {
				if !l.Has(e) {
					t.Errorf("elements %v lack %s", l.Elements, e)
				}
			}
			for _, e := range tt.hasNot {
				if l.Has(e) {
					t.Errorf("elements %v have %s", l.Elements, e)
				}
			}
			if l.Interest != tt.interest {
				t.Errorf("interest %q (rate %g), want %q", l.Interest, l.AnnualRate, tt.interest)
			}
			if l.Amount != tt.amount {
				t.Errorf("amount %g, want %g", l.Amount, tt.amount)
			}
		})
	}
}

func TestIsLoan(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"被告向原告借款5万元，并出具借条一张。", true},
		{"原告诉称，被告出具欠条一份。", true},
		{"被告向原告出具欠款证明一份，至今未还。", true},
		{"公诉机关指控，被告人以借款为名骗取被害人人民币5万元。", false},
		{"原告诉称，被告驾驶机动车将原告撞伤。", false},
	}
	for _, tt := range tests {
		if got := IsLoan(tt.text); got != tt.want {
			t.Errorf("IsLoan(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestExtractLoanSCM checks, over every SCM document, that the extractor
// finds what nearly every private-lending case states: some borrower and
// some amount, and that at least one document in ten states each of the
// common elements (a silent regexp would leave them all empty).
func TestExtractLoanSCM(t *testing.T) {
	seen := map[string]bool{}
	var docs []string
	dataset.Lines(t, "scm/triplets.jsonl", func(line int, b []byte) bool {
		var tr struct{ A, B, C string }
		if err := json.Unmarshal(b, &tr); err != nil {
			t.Fatalf("scm/triplets.jsonl line %d: %v", line, err)
		}
		for _, d := range []string{tr.A, tr.B, tr.C} {
			if !seen[d] {
				seen[d] = true
				docs = append(docs, d)
			}
		}
		return true
	})
	var noBorrower, noAmount int
	count := map[string]int{}
	for _, d := range docs {
		l := ExtractLoan(d)
		if l.Borrowers == 0 {
			noBorrower++
		}
		if l.Amount == 0 {
			noAmount++
		}
		for _, e := range l.Elements {
			count[e]++
		}
		count[l.Interest]++
	}
	if noBorrower > len(docs)/20 || noAmount > len(docs)/20 {
		t.Errorf("of %d documents, %d without a borrower and %d without an amount", len(docs), noBorrower, noAmount)
	}
	for _, e := range append(slices.Clone(InterestBands[:3]), "保证", "夫妻共同债务", "借条", "转账", "现金", "部分还款") {
		if count[e] < len(docs)/10 {
			t.Errorf("%s in %d of %d documents, want at least a tenth", e, count[e], len(docs))
		}
	}
}

func FuzzExtractLoan(f *testing.F) {
	for _, s := range []string{
		"原告聂某1，男。被告张某1，男。\n\n月息俩分肆厘，借款159000元，出具借条。",
		"月利率20‰月息一分五年利率36％",
		"被告：某公司，被告：李某，",
		"月分厘‰％%",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		l := ExtractLoan(text)
		if l.Borrowers < 0 || l.AnnualRate < 0 || l.Amount < 0 {
			t.Fatalf("negative field in %+v", l)
		}
		if !slices.Contains(InterestBands, l.Interest) {
			t.Fatalf("interest %q is not a band", l.Interest)
		}
		all := LoanElements()
		for _, e := range l.Elements {
			if !slices.Contains(all, e) {
				t.Fatalf("element %q is not in LoanElements", e)
			}
		}
	})
}
