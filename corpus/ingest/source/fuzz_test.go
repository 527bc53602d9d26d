package source

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"unicode/utf8"
)

// FuzzDecodeLine feeds arbitrary lines to every JSONL record decoder: each
// must return records with valid text or a Problem, never panic.
func FuzzDecodeLine(f *testing.F) {
	for _, seed := range []string{
		`{"fact": "经审理查明", "meta": {"relevant_articles": [213], "accusation": ["盗窃"], "term_of_imprisonment": {"imprisonment": 6}}}`,
		`{"id": "8", "ajId": "x", "qw": "江西省南昌市青山湖区人民法院 刑事判决书", "ajjbqk": "经审理查明"}`,
		`{"ridx": 4891, "q": "被告人孙小寨酒后驾驶", "crime": ["危险驾驶罪"]}`,
		`{"text_id": "t", "text": "公诉机关指控", "la": [266], "fd": "上海市奉贤区人民法院 刑事判决书"}`,
		`{"A": "原告聂某1", "B": "原告：马某1", "C": "原告：程某1", "label": "B"}`,
		`{"文书ID": "1", "诉称段": "原告诉称", "争议焦点": ["C32"]}`,
		`{"id": "s", "summary": "原告与被告", "text": [{"sentence": "判决书", "label": 1}]}`,
		`{"id": "x", "text": "本院认为", "labels": {"charges": ["盗窃罪"]}}`,
		`{"fact": 1}`, `[`, ``,
	} {
		f.Add([]byte(seed))
	}
	formats := []Format{FormatCAIL2018, FormatLeCaRD, FormatLeCaRDQuery, FormatJuDGE, FormatSCM, FormatFocus, FormatSummary, FormatJSONL}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, format := range formats {
			recs, p := decodeChecked("f.jsonl", line{Bytes: b, N: 1}, Options{MaxDocBytes: 1 << 16}, lineDecoder(format))
			if p != nil && (p.Line != 1 || p.File != "f.jsonl" || p.Reason == "") {
				t.Fatalf("%s: problem without place or reason: %+v", format, p)
			}
			for _, r := range recs {
				if !utf8.ValidString(r.Text) || len(bytes.TrimSpace([]byte(r.Text))) == 0 || len(r.Text) > 1<<16 {
					t.Fatalf("%s: accepted bad text %q", format, r.Text)
				}
			}
		}
	})
}

// FuzzDecodeText checks that plain text decodes to valid UTF-8 or is
// rejected with a line inside the input.
func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("本院认为，被告人…"))
	f.Add([]byte("\xb1\xbe\xd4\xba\xc8\xcf\xce\xaa"))
	f.Add([]byte("ok\n\xc4\xe3\xff\x30"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, p := DecodeText("a.txt", b)
		if p != nil {
			if n := bytes.Count(b, []byte("\n")) + 1; p.Line < 1 || p.Line > n {
				t.Fatalf("problem on line %d of a %d-line input", p.Line, n)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("decoded text is not UTF-8: %q", s)
		}
	})
}

// FuzzLineReader checks that lines come back intact (or flagged oversize)
// whatever the input, and that their count matches the input.
func FuzzLineReader(f *testing.F) {
	f.Add([]byte("a\nbb\n"), 4)
	f.Add([]byte("long line without end"), 3)
	f.Fuzz(func(t *testing.T, b []byte, max int) {
		if max < 1 || max > 1<<20 {
			return
		}
		lr := newLineReader(bytes.NewReader(b), max)
		var got [][]byte
		var over []bool
		for {
			ln, err := lr.next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			over = append(over, ln.Oversize > 0)
			got = append(got, append([]byte(nil), ln.Bytes...))
		}
		want := bytes.SplitAfter(b, []byte("\n"))
		if len(want) > 0 && len(want[len(want)-1]) == 0 {
			want = want[:len(want)-1]
		}
		if len(got) != len(want) {
			t.Fatalf("%d lines, want %d", len(got), len(want))
		}
		for i := range want {
			if !over[i] && !bytes.Equal(got[i], trimNewline(want[i])) {
				t.Fatalf("line %d = %q, want %q", i+1, got[i], want[i])
			}
			if over[i] && len(want[i]) <= max {
				t.Fatalf("line %d of %d bytes flagged oversize at limit %d", i+1, len(want[i]), max)
			}
		}
	})
}
