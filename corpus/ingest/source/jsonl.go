package source

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// decodeLine turns one JSON line into records, or a Problem naming the field.
type decodeLine func(file string, n int, line []byte, opt Options) ([]Record, *Problem)

// lineDecoder returns the decoder of a one-record-per-line format, or nil.
func lineDecoder(f Format) decodeLine {
	switch f {
	case FormatCAIL2018:
		return decodeCAIL2018
	case FormatLeCaRD:
		return decodeLeCaRD
	case FormatLeCaRDQuery:
		return decodeLeCaRDQuery
	case FormatJuDGE:
		return decodeJuDGE
	case FormatSCM:
		return decodeSCM
	case FormatFocus:
		return decodeFocus
	case FormatSummary:
		return decodeSummary
	case FormatJSONL:
		return decodeOwn
	}
	return nil
}

// readJSONL reads one JSON record per line. Blank lines are skipped; a bad
// line is yielded as a Problem and reading goes on with the next one.
func readJSONL(ctx context.Context, path string, opt Options, dec decodeLine, yield Yield) error {
	r, closeFn, err := openFile(path, opt)
	if err != nil {
		return err
	}
	defer closeFn()
	// A record holds its text several times over (full text plus sections),
	// so the line limit is a multiple of the text limit.
	lr := newLineReader(r, 4*opt.maxDoc()+1<<16)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		ln, err := lr.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return yield(Entry{Problem: &Problem{File: path, Line: ln.N, Reason: ReasonRead, Err: err}})
		}
		recs, p := decodeChecked(path, ln, opt, dec)
		if p != nil {
			if err := yield(Entry{Problem: p}); err != nil {
				return err
			}
			continue
		}
		for i := range recs {
			if err := yield(Entry{Record: &recs[i]}); err != nil {
				return err
			}
		}
	}
}

func decodeChecked(path string, ln line, opt Options, dec decodeLine) ([]Record, *Problem) {
	switch {
	case ln.Oversize > 0:
		return nil, &Problem{File: path, Line: ln.N, Reason: ReasonOversize,
			Err: fmt.Errorf("line of %d bytes", ln.Oversize)}
	case len(bytes.TrimSpace(ln.Bytes)) == 0:
		return nil, nil
	case !utf8.Valid(ln.Bytes) && ln.Torn:
		return nil, &Problem{File: path, Line: ln.N, Reason: ReasonTorn, Err: errors.New("final line cut short (no newline) mid-character")}
	case !utf8.Valid(ln.Bytes):
		return nil, &Problem{File: path, Line: ln.N, Reason: ReasonEncoding, Err: errors.New("invalid UTF-8")}
	}
	recs, p := dec(path, ln.N, ln.Bytes, opt)
	if p != nil && ln.Torn && p.Reason == ReasonMalformed {
		p.Reason = ReasonTorn
		p.Err = fmt.Errorf("final line cut short (no newline): %w", p.Err)
	}
	return recs, p
}

// unmarshal decodes one record, naming the field a type error is in.
func unmarshal(file string, n int, b []byte, v any) *Problem {
	err := json.Unmarshal(b, v)
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &Problem{File: file, Line: n, Field: te.Field, Reason: ReasonMalformed, Err: err}
	}
	return &Problem{File: file, Line: n, Reason: ReasonMalformed, Err: err}
}

func missing(file string, n int, field string) *Problem {
	return &Problem{File: file, Line: n, Field: field, Reason: ReasonMissing, Err: errors.New("field absent")}
}
