package check

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"leian/corpus/ingest/source"
)

// ReadFile reads a judgment to check: .docx (the text of word/document.xml)
// or plain text in UTF-8 or GBK. Errors name the file.
func ReadFile(path string) (string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("读取 %s：%w", path, err)
	}
	if st.Size() > MaxBytes {
		return "", fmt.Errorf("%s：%d 字节，上限 %d：%w", path, st.Size(), MaxBytes, ErrTooLarge)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("读取 %s：%w", path, err)
	}
	return Decode(path, b)
}

// Decode turns the bytes of a file named name into text.
func Decode(name string, b []byte) (string, error) {
	if len(b) > MaxBytes {
		return "", fmt.Errorf("%s：%d 字节，上限 %d：%w", name, len(b), MaxBytes, ErrTooLarge)
	}
	if strings.EqualFold(filepath.Ext(name), ".docx") {
		return DocxText(name, b)
	}
	text, p := source.DecodeText(name, b)
	if p != nil {
		return "", fmt.Errorf("%s 第%d行：%w", name, p.Line, ErrEncoding)
	}
	return text, nil
}

// ErrNotDocx is a .docx that is not a Word document.
var ErrNotDocx = errors.New("不是有效的 .docx 文件")

// DocxText reads the paragraphs of a .docx: w:t runs joined, w:p ending a
// line, w:tab and w:br kept as white space.
func DocxText(name string, b []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", fmt.Errorf("%s：%w（%v）", name, ErrNotDocx, err)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
		}
	}
	if doc == nil {
		return "", fmt.Errorf("%s：%w（缺少 word/document.xml）", name, ErrNotDocx)
	}
	if doc.UncompressedSize64 > 8*MaxBytes {
		return "", fmt.Errorf("%s：word/document.xml 过大：%w", name, ErrTooLarge)
	}
	rc, err := doc.Open()
	if err != nil {
		return "", fmt.Errorf("%s：%w（%v）", name, ErrNotDocx, err)
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, 8*MaxBytes))
	var out strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("%s：word/document.xml 无法解析：%w（%v）", name, ErrNotDocx, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				out.WriteByte('\t')
			case "br":
				out.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				out.WriteByte('\n')
			}
		case xml.CharData:
			if inText {
				out.Write(t)
			}
		}
		if out.Len() > MaxBytes {
			return "", fmt.Errorf("%s：%w", name, ErrTooLarge)
		}
	}
	return out.String(), nil
}
