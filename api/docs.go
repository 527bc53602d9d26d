package api

import (
	"fmt"
	"net/http"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"leian/corpus"
	"leian/corpus/extract"
)

// documentView is a stored judgment as the UI's detail view shows it.
type documentView struct {
	ID        string             `json:"id"`
	Title     string             `json:"title,omitempty"`
	CaseType  string             `json:"case_type,omitempty"`
	Court     string             `json:"court,omitempty"`
	DocType   string             `json:"doc_type,omitempty"`
	CaseNo    string             `json:"case_no,omitempty"`
	Procedure string             `json:"procedure,omitempty"`
	Date      string             `json:"date,omitempty"`
	Text      string             `json:"text"`
	Sections  []sectionView      `json:"sections"`
	Elements  *extract.Elements  `json:"elements,omitempty"`
	Sources   []corpus.SourceRef `json:"sources"`
}

// sectionView is one part of the judgment; Start and End are rune offsets
// into Text when the parser located it, both 0 when the source delimited it.
type sectionView struct {
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

func (s *Server) document(c *gin.Context) {
	id := c.Param("id")
	if id == "" || len(id) > 200 || !utf8.ValidString(id) || hasControl(id) {
		s.writeError(c, invalid("id", "文书编号格式有误"))
		return
	}
	if s.opts.Docs == nil {
		s.writeError(c, fmt.Errorf("document store: %w", ErrUnavailable))
		return
	}
	doc, err := s.opts.Docs.Get(c.Request.Context(), id)
	if err != nil {
		s.writeError(c, fmt.Errorf("document %q: %w", id, err))
		return
	}
	if err := s.record(c, []string{doc.ID}); err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, viewOf(doc, s.opts.DataDir))
}

// viewOf is d as the UI shows it. Source files are named relative to the
// data bundle dataDir: the server's own paths are nobody else's business.
func viewOf(d *corpus.Document, dataDir string) documentView {
	v := documentView{ID: d.ID, Title: d.Title, CaseType: string(d.CaseType), Text: d.Text, Elements: d.Elements, Sources: []corpus.SourceRef{}}
	for _, src := range d.Sources {
		src.File = sourceName(src.File, dataDir)
		v.Sources = append(v.Sources, src)
	}
	if st := d.Structure; st != nil {
		v.Court, v.DocType, v.Procedure, v.Date = st.Court, st.DocType, st.Procedure, st.Date
		if st.CaseNumber != nil {
			v.CaseNo = st.CaseNumber.Raw
		}
		for _, sec := range st.Sections {
			v.Sections = append(v.Sections, sectionView{Kind: string(sec.Kind), Start: sec.Span.Start, End: sec.Span.End, Text: sec.Text})
		}
	}
	if len(v.Sections) == 0 {
		v.Sections = sourceSections(d.Sections)
	}
	return v
}

// sourceName is file relative to dataDir, or its base name when it lies
// outside the bundle (or was stored relative to another folder).
func sourceName(file, dataDir string) string {
	if file == "" {
		return ""
	}
	if dataDir != "" {
		if abs, err := filepath.Abs(dataDir); err == nil {
			if rel, err := filepath.Rel(abs, file); err == nil && filepath.IsAbs(file) && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				return filepath.ToSlash(rel)
			}
		}
	}
	if filepath.IsAbs(file) || strings.HasPrefix(file, "..") {
		return filepath.Base(file)
	}
	return filepath.ToSlash(file)
}

// sourceSections orders the sections a source delimited in reading order.
func sourceSections(m map[string]string) []sectionView {
	order := map[string]int{"summary": 0, "claims": 1, "defence": 2, "facts": 3, "reasoning": 4, "verdict": 5}
	out := make([]sectionView, 0, len(m))
	for k, t := range m {
		out = append(out, sectionView{Kind: k, Text: t})
	}
	sort.Slice(out, func(i, j int) bool {
		oi, iok := order[out[i].Kind]
		oj, jok := order[out[j].Kind]
		if iok != jok {
			return iok
		}
		if oi != oj {
			return oi < oj
		}
		return out[i].Kind < out[j].Kind
	})
	return out
}
