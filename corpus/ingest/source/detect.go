package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"leian/corpus"
)

// Format names a file format Leian reads.
type Format string

// Formats.
const (
	FormatAuto        Format = ""
	FormatCAIL2018    Format = "cail2018"
	FormatLeCaRD      Format = "lecard"
	FormatLeCaRDQuery Format = "lecard-query"
	FormatJuDGE       Format = "judge"
	FormatSCM         Format = "scm"
	FormatFocus       Format = "cail2021-focus"
	FormatSummary     Format = "cail2020-sfzy"
	FormatGazette     Format = "gazette"
	FormatLawBench    Format = "lawbench"
	FormatText        Format = "txt"
	FormatJSONL       Format = "jsonl"
)

// Formats lists every format a user can name.
func Formats() []Format {
	return []Format{FormatCAIL2018, FormatLeCaRD, FormatLeCaRDQuery, FormatJuDGE, FormatSCM,
		FormatFocus, FormatSummary, FormatGazette, FormatLawBench, FormatText, FormatJSONL}
}

// ParseFormat checks a user-given format name.
func ParseFormat(s string) (Format, error) {
	if s == "" {
		return FormatAuto, nil
	}
	for _, f := range Formats() {
		if string(f) == s {
			return f, nil
		}
	}
	return FormatAuto, fmt.Errorf("format %q: want one of %v", s, Formats())
}

// Detect tells a file's format from its name and first record.
func Detect(path string) (Format, error) {
	name := strings.TrimSuffix(strings.ToLower(filepath.Base(path)), ".gz")
	switch filepath.Ext(name) {
	case ".md", ".markdown":
		return FormatGazette, nil
	case ".json", ".jsonl", ".ndjson":
	default:
		return FormatText, nil
	}
	if isSingleJSON(path) {
		return detectSingleJSON(path)
	}
	r, closeFn, err := openFile(path, Options{})
	if err != nil {
		return FormatAuto, err
	}
	defer closeFn()
	br := bufio.NewReaderSize(r, 1<<16)
	first, _ := br.Peek(1 << 16)
	first = bytes.TrimLeft(first, " \t\r\n\ufeff")
	if bytes.HasPrefix(first, []byte("[")) {
		return FormatLawBench, nil
	}
	line, err := br.ReadBytes('\n')
	if len(line) == 0 && err != nil {
		return FormatAuto, fmt.Errorf("detect format of %s: %w", path, err)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(line, &keys); err != nil {
		return FormatAuto, fmt.Errorf("detect format of %s: line 1 is not a JSON object: %w", path, err)
	}
	return formatOfKeys(path, keys)
}

func formatOfKeys(path string, k map[string]json.RawMessage) (Format, error) {
	has := func(names ...string) bool {
		for _, n := range names {
			if _, ok := k[n]; !ok {
				return false
			}
		}
		return true
	}
	switch {
	case has("fact", "meta"):
		return FormatCAIL2018, nil
	case has("ajId", "qw"):
		return FormatLeCaRD, nil
	case has("ridx", "q"):
		return FormatLeCaRDQuery, nil
	case has("text_id", "fd"):
		return FormatJuDGE, nil
	case has("A", "B", "C"):
		return FormatSCM, nil
	case has("文书ID"):
		return FormatFocus, nil
	case has("summary", "text") && bytes.HasPrefix(k["text"], []byte("[")):
		return FormatSummary, nil
	case has("text"):
		return FormatJSONL, nil
	}
	return FormatAuto, fmt.Errorf("detect format of %s: line 1 matches no known record (see docs/jsonl-schema.md; or pass --format)", path)
}

// CaseTypeOfTitle reads the case type off a case title such as
// "…诉…纠纷案" or "…盗窃案"; unknown when the title does not say.
func CaseTypeOfTitle(title string) corpus.CaseType {
	switch {
	case strings.Contains(title, "行政"):
		return corpus.Administrative
	case strings.Contains(title, "纠纷"), strings.Contains(title, "民事"):
		return corpus.Civil
	case strings.Contains(title, "罪"), strings.Contains(title, "刑事"):
		return corpus.Criminal
	}
	return corpus.UnknownType
}
