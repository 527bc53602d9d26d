package engine

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"leian/corpus"
	"leian/retrieval/docmeta"
	"leian/retrieval/elements"
)

// Summaries are what Index keeps of every document beside the index, so a
// push never decodes whole judgments from the document store (that
// decoding was four fifths of a push's time, then a quarter once elements
// were kept): the elements the ranking compares, and the card a result
// shows. The cards' facts stay on disk (facts.txt) and are read by offset:
// held in memory they doubled the server's size.
type Summaries struct {
	Cases map[string]elements.Case
	Cards map[string]savedCard
	facts *os.File // nil when the index saved no cards
}

// savedCard is a card without its facts, and where they are in facts.txt.
type savedCard struct {
	Card
	FactsAt  int64
	FactsLen int
}

// Close releases the facts file.
func (s Summaries) Close() error {
	if s.facts == nil {
		return nil
	}
	return s.facts.Close()
}

// Card is what a result shows of a judgment beside its elements: where it
// comes from, its sentence, and the facts its passages are highlighted in.
type Card struct {
	Title   string
	Court   string
	CaseNo  string
	Year    int
	Charges []string
	Penalty string
	Facts   string
}

// CardOf returns doc's card.
func CardOf(doc *corpus.Document) Card {
	meta := docmeta.MetaOf(doc)
	c := Card{Title: doc.Title, Court: meta.Court, Year: meta.Year, Charges: meta.Charges,
		Penalty: penaltyWords(doc), Facts: facts(doc)}
	if doc.Structure != nil && doc.Structure.CaseNumber != nil {
		c.CaseNo = doc.Structure.CaseNumber.Raw
	}
	if strings.TrimSpace(c.Title) == "" {
		c.Title = fallbackTitle(doc, meta)
	}
	return c
}

// Paths of the summaries Index saves.
func CasesPath(dir string) string { return filepath.Join(dir, "cases.gob") }
func CardsPath(dir string) string { return filepath.Join(dir, "cards.gob") }
func FactsPath(dir string) string { return filepath.Join(dir, "facts.txt") }

// saveSummaries writes the elements and the cards, their facts one after
// another in facts.txt (written first: a card never points past its end).
func saveSummaries(dir string, cases map[string]elements.Case, cards map[string]Card) error {
	if err := saveGob(CasesPath(dir), cases); err != nil {
		return fmt.Errorf("save case elements: %w", err)
	}
	var facts bytes.Buffer
	saved := make(map[string]savedCard, len(cards))
	for _, id := range slices.Sorted(maps.Keys(cards)) {
		c := cards[id]
		saved[id] = savedCard{Card: Card{Title: c.Title, Court: c.Court, CaseNo: c.CaseNo, Year: c.Year, Charges: c.Charges, Penalty: c.Penalty},
			FactsAt: int64(facts.Len()), FactsLen: len(c.Facts)}
		facts.WriteString(c.Facts)
	}
	if err := writeAtomic(FactsPath(dir), facts.Bytes()); err != nil {
		return fmt.Errorf("save result facts: %w", err)
	}
	if err := saveGob(CardsPath(dir), saved); err != nil {
		return fmt.Errorf("save result cards: %w", err)
	}
	return nil
}

// LoadSummaries reads the summaries Index saved; what an older index did
// not save is empty, and the engine then reads it from the document store.
// Close the result when done.
func LoadSummaries(dir string) (Summaries, error) {
	s := Summaries{Cases: map[string]elements.Case{}, Cards: map[string]savedCard{}}
	if err := loadGob(CasesPath(dir), &s.Cases); err != nil {
		return Summaries{}, fmt.Errorf("case elements: %w", err)
	}
	mannersRead(s.Cases)
	if err := loadGob(CardsPath(dir), &s.Cards); err != nil {
		return Summaries{}, fmt.Errorf("result cards: %w", err)
	}
	if len(s.Cards) == 0 {
		return s, nil
	}
	f, err := os.Open(FactsPath(dir))
	if err != nil {
		return Summaries{}, fmt.Errorf("result facts: %w", err)
	}
	s.facts = f
	return s, nil
}

// mannersRead gives the cases that state no manner an empty list instead
// of nil, when the index read manners. Gob does not write an empty slice,
// so such a case comes back with nil Manners, which Case takes for "not
// read yet" and reads again from the facts on a candidate's first use:
// a regexp pass over facts read from disk, for most of a push's
// candidates. Index reads the manners of every document of a folder in
// one pass, or of none (an index built before manners were read): if any
// case has some, every case was read.
func mannersRead(cases map[string]elements.Case) {
	read := false
	for _, c := range cases {
		if c.Manners != nil {
			read = true
			break
		}
	}
	if !read {
		return
	}
	for id, c := range cases {
		if c.Manners == nil {
			c.Manners = []string{}
			cases[id] = c
		}
	}
}

// card returns the saved card of id with its facts read back.
func (s Summaries) card(id string) (Card, bool, error) {
	c, ok := s.Cards[id]
	if !ok || s.facts == nil {
		return Card{}, false, nil
	}
	b := make([]byte, c.FactsLen)
	if _, err := s.facts.ReadAt(b, c.FactsAt); err != nil {
		return Card{}, false, fmt.Errorf("facts of %s at %d in %s: %w", id, c.FactsAt, s.facts.Name(), err)
	}
	card := c.Card
	card.Facts = string(b)
	return card, true, nil
}

func saveGob(path string, v any) error {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(v); err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	return writeAtomic(path, b.Bytes())
}

// loadGob decodes path into v, leaving v alone when path does not exist.
func loadGob(path string, v any) error {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("decode %s: %w", path, err)
	}
	return nil
}

// docSummaries serves candidates' summaries: from the index's copy, else
// from the document store, remembering what it decoded.
type docSummaries struct {
	docs    Documents
	saved   Summaries // read-only after New
	seen    *sync.Map // id → decoded
	manners *sync.Map // id → []string, read from the facts on first use
}

type decoded struct {
	c    elements.Case
	card Card
}

func (d docSummaries) Case(ctx context.Context, id string) (elements.Case, error) {
	c, ok := d.saved.Cases[id]
	if !ok {
		got, err := d.decode(ctx, id)
		if err != nil {
			return elements.Case{}, err
		}
		c = got.c
	}
	if c.Manners != nil {
		return c, nil
	}
	// An index saved before manners were read holds none; they come from
	// the result's facts, as the query's do.
	if ms, ok := d.manners.Load(id); ok {
		c.Manners = ms.([]string)
		return c, nil
	}
	card, err := d.Card(ctx, id)
	if err != nil {
		return elements.Case{}, err
	}
	c.Manners = mannersOf(card.Facts)
	d.manners.Store(id, c.Manners)
	return c, nil
}

// mannersOf is elements.Manners, never nil: nil means "not read yet".
func mannersOf(facts string) []string {
	if ms := elements.Manners(facts); ms != nil {
		return ms
	}
	return []string{}
}

func (d docSummaries) Card(ctx context.Context, id string) (Card, error) {
	if c, ok, err := d.saved.card(id); ok || err != nil {
		return c, err
	}
	got, err := d.decode(ctx, id)
	return got.card, err
}

func (d docSummaries) decode(ctx context.Context, id string) (decoded, error) {
	if got, ok := d.seen.Load(id); ok {
		return got.(decoded), nil
	}
	doc, err := d.docs.Get(ctx, id)
	if err != nil {
		return decoded{}, err
	}
	got := decoded{caseOf(doc), CardOf(doc)}
	d.seen.Store(id, got)
	return got, nil
}
