package casereport

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
)

// DOCX renders the report as a Word document in court layout (A4, 仿宋
// body, 宋体 title, 黑体 headings).
func DOCX(r *Report) ([]byte, error) {
	var body strings.Builder
	for _, b := range r.Blocks() {
		switch b.Kind {
		case "title":
			para(&body, "", b.Text, "center", "宋体", 44, true)
		case "heading":
			para(&body, "", b.Text, "left", "黑体", 32, false)
		case "field":
			para(&body, b.Label+"：", b.Text, "both", "仿宋", 32, false)
		case "point":
			label := ""
			if b.Label != "" {
				label = b.Label + "："
			}
			para(&body, label, b.Text, "both", "仿宋", 30, false)
		default:
			para(&body, "", b.Text, "both", "仿宋", 32, false)
		}
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	files := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"word/document.xml", documentHead + body.String() + documentTail},
		{"docProps/core.xml", fmt.Sprintf(coreProps, escape(r.ID))},
	}
	for _, f := range files {
		w, err := z.Create(f.name)
		if err == nil {
			_, err = w.Write([]byte(f.body))
		}
		if err != nil {
			return nil, fmt.Errorf("report %s: docx %s: %w", r.ID, f.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("report %s: docx: %w", r.ID, err)
	}
	return buf.Bytes(), nil
}

func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // writes to a strings.Builder never fail
	return b.String()
}

// para writes one paragraph with an optional bold label; size in half-points.
func para(b *strings.Builder, label, text, align, font string, size int, bold bool) {
	fmt.Fprintf(b, `<w:p><w:pPr><w:jc w:val="%s"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>`, align)
	run := func(t string, bold bool) {
		fmt.Fprintf(b, `<w:r><w:rPr><w:rFonts w:ascii="%[1]s" w:hAnsi="%[1]s" w:eastAsia="%[1]s" w:cs="%[1]s"/>`, font)
		if bold {
			b.WriteString(`<w:b/>`)
		}
		fmt.Fprintf(b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`, size, size, escape(t))
	}
	if label != "" {
		run(label, true)
	}
	run(text, bold)
	b.WriteString(`</w:p>`)
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`

const coreProps = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>类案检索报告 %s</dc:title><dc:creator>Leian 类案推送</dc:creator></cp:coreProperties>`

const documentHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`

// A4 (11906 × 16838 twips), margins top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm.
const documentTail = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`
