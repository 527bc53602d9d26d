// Package anonymize prepares a judgment for online publication (上网文书隐名):
// natural persons' names become 某 forms and personal identifiers are removed, with a redaction list for review.
//
// The rules follow 最高人民法院关于人民法院在互联网公布裁判文书的规定（法释〔2016〕19号）,
// which the bundle's rule library (laws/) does not hold; articles are cited by
// number in Rule. Where the court's brief is stricter than the 规定 (every
// natural person's name, birth dates) the brief is followed, see README.
package anonymize

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"leian/corpus/parse"
)

// Kind names what a redaction removed.
type Kind string

// Redaction kinds.
const (
	Name      Kind = "name"
	IDNumber  Kind = "id_number"
	Phone     Kind = "phone"
	BankCard  Kind = "bank_card"
	Plate     Kind = "plate"
	BirthDate Kind = "birth_date"
	Address   Kind = "address"
)

// Kinds lists every kind in report order.
func Kinds() []Kind { return []Kind{Name, IDNumber, Phone, BankCard, Plate, BirthDate, Address} }

// MaxBytes bounds the text Anonymize accepts; a judgment is rarely over 100 KB.
const MaxBytes = 2 << 20

// Errors for input Anonymize refuses.
var (
	ErrEmpty    = errors.New("文书为空")
	ErrTooLarge = fmt.Errorf("文书超过 %d 字节", MaxBytes)
	ErrEncoding = errors.New("文书不是有效的 UTF-8 文本")
)

// Redaction is one removed item. Spans are half-open, in the original text
// (bytes and runes) and in the anonymised text (runes), so a reviewer can
// see both sides. The original itself is never kept: Hash is a keyed hash
// that only tells whether two redactions removed the same string.
type Redaction struct {
	Kind         Kind   `json:"kind"`
	ByteStart    int    `json:"byte_start"`
	ByteEnd      int    `json:"byte_end"`
	RuneStart    int    `json:"rune_start"`
	RuneEnd      int    `json:"rune_end"`
	OutRuneStart int    `json:"out_rune_start"`
	OutRuneEnd   int    `json:"out_rune_end"`
	Replacement  string `json:"replacement"`
	Person       int    `json:"person,omitempty"` // names: which person (1, 2, …), the same for a person's other names
	Hash         string `json:"hash,omitempty"`
	Rule         string `json:"rule"`
}

// Kept is a person's name left in place on purpose, with the reason.
type Kept struct {
	Name   string `json:"name"`
	Reason string `json:"reason"` // judge, lawyer, prosecutor, representative
}

// Result is an anonymised judgment.
type Result struct {
	Text       string         `json:"text"`
	Redactions []Redaction    `json:"redactions"`
	Counts     map[Kind]int   `json:"counts"`
	Kept       []Kept         `json:"kept,omitempty"`
	Persons    int            `json:"persons"` // distinct natural persons given a 某 form
	Forms      map[string]int `json:"-"`       // 某 form → number of redactions using it, for consistency checks
}

// Options tune Anonymize.
type Options struct {
	// HashKey keys Redaction.Hash; nil draws a fresh key per call, so hashes
	// compare only within one result and cannot be matched against guesses.
	HashKey []byte
}

// Rule citations (法释〔2016〕19号).
const (
	ruleName    = "法释〔2016〕19号第八条、第九条（自然人姓名隐名，按本院要求扩至全部自然人）"
	ruleDelete  = "法释〔2016〕19号第十条第一款第（一）项"
	ruleAddress = "法释〔2016〕19号第十条第一款第（一）项、第十一条第（一）项（住所保留至县、区）"
	ruleBirth   = "本院要求（法释〔2016〕19号第十一条原保留出生日期）"
)

// span is a candidate redaction in byte offsets of the original.
type span struct {
	s, e   int
	kind   Kind
	repl   string
	rule   string
	person int
}

// Anonymize returns text with personal data removed and the list of what was
// removed. The parser's view of the document (sections, parties, judges,
// case number) is unchanged; tests check that on real judgments.
func Anonymize(text string, opt Options) (*Result, error) {
	switch {
	case strings.TrimSpace(text) == "":
		return nil, ErrEmpty
	case len(text) > MaxBytes:
		return nil, ErrTooLarge
	case !utf8.ValidString(text):
		return nil, ErrEncoding
	}
	key := opt.HashKey
	if key == nil {
		key = make([]byte, 32)
		_, _ = rand.Read(key) // crypto/rand.Read never fails on supported platforms
	}
	st := parse.Parse(text)
	protected := protectedSpans(text)
	var cands []span
	cands = append(cands, identifiers(text)...)
	cands = append(cands, addresses(text)...)
	names, kept := findNames(text, st)
	cands = append(cands, names.spans(text, protected)...)
	chosen := resolve(cands, protected)

	res := &Result{Counts: map[Kind]int{}, Kept: kept, Persons: len(names.form), Forms: map[string]int{}}
	var b strings.Builder
	b.Grow(len(text))
	last, runeIn, runeOut := 0, 0, 0
	for _, c := range chosen {
		gap := text[last:c.s]
		b.WriteString(gap)
		n := utf8.RuneCountInString(gap)
		runeIn += n
		runeOut += n
		orig := text[c.s:c.e]
		on := utf8.RuneCountInString(orig)
		rn := utf8.RuneCountInString(c.repl)
		mac := hmac.New(sha256.New, key)
		mac.Write([]byte(orig))
		res.Redactions = append(res.Redactions, Redaction{
			Kind: c.kind, ByteStart: c.s, ByteEnd: c.e, RuneStart: runeIn, RuneEnd: runeIn + on,
			OutRuneStart: runeOut, OutRuneEnd: runeOut + rn, Replacement: c.repl,
			Hash: hex.EncodeToString(mac.Sum(nil)[:8]), Rule: c.rule, Person: c.person,
		})
		res.Counts[c.kind]++
		if c.kind == Name {
			res.Forms[c.repl]++
		}
		b.WriteString(c.repl)
		runeIn += on
		runeOut += rn
		last = c.e
	}
	b.WriteString(text[last:])
	res.Text = b.String()
	return res, nil
}

// resolve drops candidates inside protected text and overlapping ones,
// preferring the earlier start and then the longer span.
func resolve(cands []span, protected []rng) []span {
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].s != cands[j].s {
			return cands[i].s < cands[j].s
		}
		return cands[i].e > cands[j].e
	})
	var out []span
	end := 0
	for _, c := range cands {
		if c.s < end || c.e <= c.s || (c.kind == Name && blocked(c.s, c.e, protected)) {
			continue
		}
		out = append(out, c)
		end = c.e
	}
	return out
}

type rng struct {
	s, e  int
	title bool // a 《…》 title, not a court or an article number
	paper bool // a title of a case paper about persons (paperTitleRe), not a law
}
