package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// readText reads one plain-text judgment, UTF-8 or GB18030 (a superset of
// GBK), detected from the bytes.
func readText(path string, opt Options, yield Yield) error {
	b, p, err := readWhole(path, opt)
	if err != nil {
		return err
	}
	if p != nil {
		return yield(Entry{Problem: p})
	}
	text, p := DecodeText(path, b)
	if p == nil {
		p = checkText(path, 0, "text", text, opt)
	}
	if p != nil {
		return yield(Entry{Problem: p})
	}
	return yield(Entry{Record: &Record{Source: "txt", File: path, Text: text}})
}

// readWhole reads a one-document file, refusing one over the size limit
// before reading it.
func readWhole(path string, opt Options) ([]byte, *Problem, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if st.Size() > int64(opt.maxDoc()) {
		return nil, &Problem{File: path, Reason: ReasonOversize, Field: "text",
			Err: fmt.Errorf("%d bytes, limit %d", st.Size(), opt.maxDoc())}, nil
	}
	r, closeFn, err := openFile(path, opt)
	if err != nil {
		return nil, nil, err
	}
	defer closeFn()
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", path, err)
	}
	return b, nil, nil
}

// DecodeText returns b as UTF-8 text: as is when it is valid UTF-8 (a BOM
// is dropped), else decoded from GB18030 (a superset of GBK). Bytes that
// are neither are rejected, naming the line where the encoding that reads
// furthest into the file fails.
func DecodeText(path string, b []byte) (string, *Problem) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b), nil
	}
	lines := bytes.SplitAfter(b, []byte("\n"))
	dec := simplifiedchinese.GB18030.NewDecoder()
	var out strings.Builder
	for i, ln := range lines {
		s, err := dec.Bytes(ln)
		if err == nil && !bytes.ContainsRune(s, utf8.RuneError) {
			out.Write(s)
			continue
		}
		bad := max(i+1, firstInvalidUTF8(lines))
		return "", &Problem{File: path, Line: bad, Field: "text", Reason: ReasonEncoding,
			Err: errors.New("bytes that are neither UTF-8 nor GB18030/GBK")}
	}
	return out.String(), nil
}

func firstInvalidUTF8(lines [][]byte) int {
	for i, ln := range lines {
		if !utf8.Valid(ln) {
			return i + 1
		}
	}
	return 0
}

// readGazette reads a Gazette (公报) case in markdown: "# title", an
// optional 【裁判摘要】 paragraph, then the judgment text.
func readGazette(path string, opt Options, yield Yield) error {
	b, p, err := readWhole(path, opt)
	if err != nil {
		return err
	}
	if p == nil && !utf8.Valid(b) {
		p = &Problem{File: path, Line: 1, Field: "text", Reason: ReasonEncoding, Err: errors.New("invalid UTF-8")}
	}
	if p != nil {
		return yield(Entry{Problem: p})
	}
	title, summary, body := splitGazette(string(b))
	if p := checkText(path, 0, "text", body, opt); p != nil {
		return yield(Entry{Problem: p})
	}
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return yield(Entry{Record: &Record{Source: "gazette", SourceID: id, File: path, Title: title,
		Text: body, Sections: sections("summary", summary), CaseType: CaseTypeOfTitle(title)}})
}

func splitGazette(md string) (title, summary, body string) {
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	i := 0
	for ; i < len(lines) && strings.TrimSpace(lines[i]) == ""; i++ {
	}
	if i < len(lines) && strings.HasPrefix(lines[i], "#") {
		title = strings.TrimSpace(strings.TrimLeft(lines[i], "# "))
		i++
	}
	rest := lines[i:]
	for j, ln := range rest {
		if strings.TrimSpace(ln) != "【裁判摘要】" {
			continue
		}
		k := j + 1
		for ; k < len(rest) && strings.TrimSpace(rest[k]) == ""; k++ {
		}
		var para []string
		for ; k < len(rest) && strings.TrimSpace(rest[k]) != ""; k++ {
			para = append(para, strings.TrimSpace(rest[k]))
		}
		summary = strings.Join(para, "\n")
		rest = append(append([]string{}, rest[:j]...), rest[k:]...)
		break
	}
	return title, summary, strings.TrimSpace(strings.Join(rest, "\n"))
}
