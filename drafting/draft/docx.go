package draft

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
)

// DOCX writes the draft as a Word document in court layout: A4, margins
// 3.7/3.5/2.8/2.6 cm, the court name and title centred in 宋体 bold, the
// case number right-aligned, the body in 仿宋 三号 (16 pt) with a two-
// character first-line indent and a fixed 28.9 pt line pitch.
func DOCX(d *Draft) ([]byte, error) {
	var body strings.Builder
	for _, s := range d.Sections {
		lines := strings.Split(strings.TrimRight(s.Text(), "\n"), "\n")
		for i, l := range lines {
			l = strings.TrimSpace(l)
			if l == "" {
				continue
			}
			switch {
			case s.Key == "header" && i == 0:
				para(&body, l, "center", "宋体", 44, true, false)
			case s.Key == "header" && i == 1:
				para(&body, l, "center", "宋体", 44, true, false)
			case s.Key == "header" && i == 2:
				para(&body, l, "right", "仿宋", 32, false, false)
			case s.Key == "signature":
				para(&body, l, "right", "仿宋", 32, false, false)
			default:
				para(&body, l, "both", "仿宋", 32, false, true)
			}
		}
	}
	if len(d.Articles) > 0 {
		para(&body, "附：相关法律条文", "left", "黑体", 32, false, false)
		for _, a := range d.Articles {
			para(&body, a.Cite()+"　"+strings.ReplaceAll(a.Text, "\n", " "), "both", "仿宋", 28, false, true)
		}
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	files := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"word/_rels/document.xml.rels", docRels},
		{"word/styles.xml", styles},
		{"docProps/core.xml", fmt.Sprintf(coreProps, xmlEscape(d.Title))},
		{"word/document.xml", documentHead + body.String() + documentTail},
	}
	for _, f := range files {
		w, err := z.Create(f.name)
		if err != nil {
			return nil, fmt.Errorf("docx %s: %w", f.name, err)
		}
		if _, err := w.Write([]byte(f.body)); err != nil {
			return nil, fmt.Errorf("docx %s: %w", f.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("docx: %w", err)
	}
	return buf.Bytes(), nil
}

func xmlEscape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// para writes one paragraph; size is in half-points.
func para(b *strings.Builder, text, align, font string, size int, bold, indent bool) {
	b.WriteString(`<w:p><w:pPr><w:jc w:val="` + align + `"/><w:spacing w:line="578" w:lineRule="exact"/>`)
	if indent {
		fmt.Fprintf(b, `<w:ind w:firstLineChars="200" w:firstLine="%d"/>`, size*20)
	}
	b.WriteString(`</w:pPr><w:r><w:rPr>`)
	fmt.Fprintf(b, `<w:rFonts w:ascii="%[1]s" w:hAnsi="%[1]s" w:eastAsia="%[1]s" w:cs="%[1]s"/>`, font)
	if bold {
		b.WriteString(`<w:b/>`)
	}
	fmt.Fprintf(b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, size, size, xmlEscape(text))
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`

const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`

const coreProps = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s（草稿）</dc:title><dc:creator>Leian 文书辅助生成</dc:creator></cp:coreProperties>`

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="仿宋" w:hAnsi="仿宋" w:eastAsia="仿宋" w:cs="仿宋"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="578" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`

const documentHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`

// A4 (11906 × 16838 twips), margins top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm.
const documentTail = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`
