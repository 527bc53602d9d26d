package source

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// openFile opens path, counting raw bytes into opt.Progress and
// decompressing .gz files.
func openFile(path string, opt Options) (io.Reader, func() error, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	var r io.Reader = f
	if opt.Progress != nil {
		r = io.TeeReader(f, opt.Progress)
	}
	if !strings.HasSuffix(path, ".gz") {
		return r, f.Close, nil
	}
	zr, err := gzip.NewReader(bufio.NewReaderSize(r, 1<<16))
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("%s: gzip: %w", path, err)
	}
	return zr, f.Close, nil
}

// lineReader yields lines without holding more than max bytes of any one:
// a longer line is consumed and reported as oversize.
type lineReader struct {
	r    *bufio.Reader
	max  int
	line int
	buf  []byte
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 1<<16), max: max}
}

// line is one line of input. Torn marks a final line with no newline, which
// is what a file cut mid-write looks like.
type line struct {
	Bytes    []byte
	N        int
	Torn     bool
	Oversize int // total length when the line was over the limit, else 0
}

// next returns the next line, or io.EOF. Other errors are read failures
// (e.g. a truncated gzip stream).
func (l *lineReader) next() (line, error) {
	l.buf = l.buf[:0]
	total := 0
	for {
		chunk, err := l.r.ReadSlice('\n')
		total += len(chunk)
		if total <= l.max {
			l.buf = append(l.buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			l.line++
			return line{N: l.line}, err
		}
		if total == 0 {
			return line{}, io.EOF
		}
		l.line++
		ln := line{N: l.line, Torn: err != nil}
		if total > l.max {
			ln.Oversize = total
			return ln, nil
		}
		ln.Bytes = trimNewline(l.buf)
		return ln, nil
	}
}

func trimNewline(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
