package casereport

import (
	"bytes"
	"fmt"
	"html/template"
)

var page = template.Must(template.New("report").Parse(`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>类案检索报告 {{.ID}}</title>
<style>body{font-family:"FangSong","仿宋",serif;max-width:46em;margin:2em auto;line-height:1.8}
h1{text-align:center;font-family:"SimSun","宋体",serif}h2{font-size:1.1em;font-family:"SimHei","黑体",sans-serif}
dt{font-weight:bold;float:left;clear:left;width:7em}dd{margin-left:7.5em}blockquote{margin:.3em 0 .3em 7.5em;border-left:3px solid #999;padding-left:.6em}</style>
</head><body>
{{range .Blocks}}{{if eq .Kind "title"}}<h1>{{.Text}}</h1>
{{else if eq .Kind "heading"}}<h2>{{.Text}}</h2>
{{else if eq .Kind "field"}}<dl><dt>{{.Label}}</dt><dd>{{.Text}}</dd></dl>
{{else if eq .Kind "point"}}{{if .Label}}<dl><dt>{{.Label}}</dt><dd></dd></dl>{{end}}<blockquote>{{.Text}}</blockquote>
{{else}}<p>{{.Text}}</p>
{{end}}{{end}}</body></html>
`))

// HTML renders the report as one self-contained page; html/template
// escapes every text, facts and reasons included.
func HTML(r *Report) ([]byte, error) {
	var buf bytes.Buffer
	if err := page.Execute(&buf, struct {
		ID     string
		Blocks []Block
	}{r.ID, r.Blocks()}); err != nil {
		return nil, fmt.Errorf("report %s: html: %w", r.ID, err)
	}
	return buf.Bytes(), nil
}
