package source

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
)

// isSingleJSON reports whether path is a .json file holding one JSON object
// (possibly pretty-printed over many lines) rather than one per line.
func isSingleJSON(path string) bool {
	if !strings.EqualFold(filepath.Ext(path), ".json") {
		return false
	}
	r, closeFn, err := openFile(path, Options{})
	if err != nil {
		return false
	}
	defer closeFn()
	head := make([]byte, 4096)
	n, _ := r.Read(head)
	trimmed := bytes.TrimLeft(head[:n], " \t\r\n\ufeff")
	if !bytes.HasPrefix(trimmed, []byte("{")) {
		return false
	}
	// One record per line when the first line is a whole object.
	first, _, _ := bytes.Cut(trimmed, []byte("\n"))
	return !json.Valid(bytes.TrimSpace(first))
}

// readSingleJSON reads a file holding one JSON record in any of the line
// formats; f is detected from its fields when FormatAuto.
func readSingleJSON(path string, f Format, opt Options, yield Yield) error {
	b, p, err := readWhole(path, Options{MaxDocBytes: 4 * opt.maxDoc(), Progress: opt.Progress})
	if err != nil {
		return err
	}
	if p != nil {
		return yield(Entry{Problem: p})
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, b); err != nil {
		return yield(Entry{Problem: &Problem{File: path, Line: 1, Reason: ReasonMalformed, Err: err}})
	}
	if f == FormatAuto {
		var keys map[string]json.RawMessage
		if err := json.Unmarshal(compact.Bytes(), &keys); err != nil {
			return yield(Entry{Problem: &Problem{File: path, Line: 1, Reason: ReasonMalformed, Err: err}})
		}
		if f, err = formatOfKeys(path, keys); err != nil {
			return err
		}
	}
	dec := lineDecoder(f)
	if dec == nil {
		return fmt.Errorf("%s: format %q does not read a JSON record", path, f)
	}
	recs, p := decodeChecked(path, line{Bytes: compact.Bytes(), N: 1}, opt, dec)
	if p != nil {
		return yield(Entry{Problem: p})
	}
	for i := range recs {
		if err := yield(Entry{Record: &recs[i]}); err != nil {
			return err
		}
	}
	return nil
}

func detectSingleJSON(path string) (Format, error) {
	b, p, err := readWhole(path, Options{MaxDocBytes: 4 * DefaultMaxDocBytes})
	if err != nil {
		return FormatAuto, err
	}
	if p != nil {
		return FormatAuto, p
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return FormatAuto, fmt.Errorf("detect format of %s: %w", path, err)
	}
	return formatOfKeys(path, keys)
}
