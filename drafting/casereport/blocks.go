package casereport

import (
	"fmt"
	"strings"
)

// Block is one line of a rendered report; the HTML and .docx renderers
// share them so both exports say the same thing.
type Block struct {
	Kind  string // title, heading, field, para, point
	Label string // a field's name
	Text  string
}

// Blocks lays out the report in the order of the guidance's art. 5: search
// subject, time, platform, method, results, each case's 裁判要点, and how
// each case was used.
func (r *Report) Blocks() []Block {
	b := []Block{{Kind: "title", Text: "类案检索报告"}}
	field := func(label, text string) {
		if text != "" {
			b = append(b, Block{Kind: "field", Label: label, Text: text})
		}
	}
	field("报告编号", r.ID)
	field("待决案件案号", r.CaseNo)
	field("检索主体", fmt.Sprintf("%s（%s）", r.Author, roleWords(r.Role)))
	field("检索时间", r.Created.Local().Format("2006年01月02日 15:04"))
	field("检索平台", r.Platform)
	field("检索方法", r.Method)
	field("检索依据", r.Basis)
	b = append(b, Block{Kind: "heading", Text: "一、待决案件基本事实（检索条件）"}, Block{Kind: "para", Text: strings.TrimSpace(r.Query.Facts)})
	counts := r.Counts()
	b = append(b, Block{Kind: "heading", Text: "二、检索结果"}, Block{Kind: "para", Text: fmt.Sprintf(
		"本次检索共推送类案%d件，经阅读选定%d件：参照%d件，参考%d件，不予参照%d件。",
		len(r.Pushed), len(r.Cases), counts[Follow], counts[Consult], counts[Decline])})
	b = append(b, Block{Kind: "heading", Text: "三、类案裁判要点及运用情况"})
	for i, c := range r.Cases {
		b = append(b, Block{Kind: "heading", Text: fmt.Sprintf("（%s）%s", chineseIndex(i+1), caseTitle(c))})
		field("推送名次", fmt.Sprintf("第%d名", c.Rank))
		field("审理法院", c.Court)
		field("案号", c.CaseNo)
		field("裁判日期", c.Date)
		field("文书编号", c.ID)
		field("罪名", strings.Join(c.Charges, "、"))
		field("裁判结果", c.Outcome)
		if len(c.Points) == 0 {
			field("裁判要点", "该文书未载裁判理由，仅列罪名与裁判结果。")
		}
		for j, p := range c.Points {
			label := ""
			if j == 0 {
				label = "裁判要点"
			}
			b = append(b, Block{Kind: "point", Label: label, Text: p})
		}
		field("运用情况", string(c.Mark))
		field("理由", c.Reason)
	}
	b = append(b, Block{Kind: "heading", Text: "四、说明"}, Block{Kind: "para", Text: "裁判要点摘自类案文书的“本院认为”部分，未经改写。本报告由 Leian 类案推送系统生成，类案是否参照、参考由承办法官判断并说明理由。"})
	return b
}

func caseTitle(c Case) string {
	if c.Title != "" {
		return c.Title
	}
	return c.ID
}

func roleWords(role string) string {
	switch role {
	case "judge":
		return "承办法官"
	case "assistant":
		return "法官助理"
	}
	return role
}

// chineseIndex writes 1..99 as 一..九十九 for （一）-style numbering.
func chineseIndex(n int) string {
	d := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return d[n]
	case n < 20:
		return "十" + d[n%10]
	case n < 100:
		return d[n/10] + "十" + d[n%10]
	}
	return fmt.Sprint(n)
}
