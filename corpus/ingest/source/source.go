// Package source reads judgments out of the files courts and public datasets
// keep them in, one Record per judgment, reporting bad records without stopping.
package source

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"leian/corpus"
)

// Record is one judgment as a source gives it, before identity and merging.
type Record struct {
	Source   string // e.g. "lecard"; becomes corpus.SourceRef.Source
	SourceID string // the source's own id; empty when identity is the content hash
	File     string
	Line     int // 1-based line, or array index + 1
	Title    string
	Text     string
	Sections map[string]string
	Labels   *corpus.Labels  // nil when the source annotates nothing
	CaseType corpus.CaseType // when the source itself says
	// Link is a cross-source case key (LeCaRD and JuDGE share ajId): records
	// with the same text but different links are different judgments.
	Link string
}

// Reason classifies a rejected record.
type Reason string

// Reasons a record is rejected.
const (
	ReasonMalformed   Reason = "malformed-json"
	ReasonEncoding    Reason = "invalid-encoding"
	ReasonEmpty       Reason = "empty"
	ReasonOversize    Reason = "oversize"
	ReasonTorn        Reason = "torn-line"
	ReasonMissing     Reason = "missing-field"
	ReasonUnsupported Reason = "unsupported"
	ReasonRead        Reason = "read-error"
)

// Problem is one rejected record, named by file, line and field.
type Problem struct {
	File   string
	Line   int
	Field  string
	Reason Reason
	Err    error
}

func (p *Problem) Error() string {
	field := p.Field
	if field == "" {
		field = "record"
	}
	return fmt.Sprintf("%s:%d: %s: %s: %v", p.File, p.Line, field, p.Reason, p.Err)
}

func (p *Problem) Unwrap() error { return p.Err }

// Entry is what a reader yields: a Record or a Problem.
type Entry struct {
	Record  *Record
	Problem *Problem
}

// Yield receives entries; an error from it stops the reader and is returned.
type Yield func(Entry) error

// Options bound what a reader accepts.
type Options struct {
	MaxDocBytes int       // largest accepted text; 0 means DefaultMaxDocBytes
	Progress    io.Writer // when set, receives every byte read from disk
}

// DefaultMaxDocBytes is the default limit on one document's text.
const DefaultMaxDocBytes = 5 << 20

func (o Options) maxDoc() int {
	if o.MaxDocBytes > 0 {
		return o.MaxDocBytes
	}
	return DefaultMaxDocBytes
}

// Read reads path in format f (FormatAuto detects it) and yields its records.
// Bad records are yielded as Problems; the error is for a file that cannot
// be read at all or a stop requested by yield.
func Read(ctx context.Context, path string, f Format, opt Options, yield Yield) error {
	if f != FormatLawBench && isSingleJSON(path) {
		return readSingleJSON(path, f, opt, yield)
	}
	if f == FormatAuto {
		var err error
		if f, err = Detect(path); err != nil {
			return err
		}
	}
	switch f {
	case FormatLawBench:
		return readLawBench(ctx, path, opt, yield)
	case FormatGazette:
		return readGazette(path, opt, yield)
	case FormatText:
		return readText(path, opt, yield)
	}
	dec := lineDecoder(f)
	if dec == nil {
		return fmt.Errorf("%s: unknown format %q", path, f)
	}
	return readJSONL(ctx, path, opt, dec, yield)
}

// checkText rejects an empty, oversize or invalid text field.
func checkText(file string, line int, field, text string, opt Options) *Problem {
	switch {
	case strings.TrimSpace(text) == "":
		return &Problem{File: file, Line: line, Field: field, Reason: ReasonEmpty, Err: fmt.Errorf("no text")}
	case len(text) > opt.maxDoc():
		return &Problem{File: file, Line: line, Field: field, Reason: ReasonOversize,
			Err: fmt.Errorf("%d bytes, limit %d", len(text), opt.maxDoc())}
	case !utf8.ValidString(text):
		return &Problem{File: file, Line: line, Field: field, Reason: ReasonEncoding, Err: fmt.Errorf("invalid UTF-8")}
	}
	return nil
}
