package rules

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Library is the loaded rule library. It is read-only after Load, so one
// Library may serve concurrent lookups.
type Library struct {
	Laws      []*Law
	Cases     []*GuidingCase
	Guideline *Guideline
	// Thresholds are the province amount standards for theft and fraud.
	Thresholds []Threshold
	// Charges maps a charge name (with 罪) to its principal Criminal Law articles.
	Charges ChargeTable
	// ChargeRenames map superseded charge names to the names that replaced
	// them, from the （取消…罪名） notes of the regulations.
	ChargeRenames map[string]string

	byKey    map[string][]*Law // normalised title or short name → versions, newest first
	criminal *Law              // the consolidated Criminal Law

	indexOnce sync.Once
	index     *searchIndex
	titleOnce sync.Once
	titles    []map[string]bool // bigrams of each law's normalised title, for fuzzy matches
}

// Load reads the rule library from the data bundle at dataDir.
func Load(ctx context.Context, dataDir string) (*Library, error) {
	lib := &Library{byKey: map[string][]*Law{}}
	if err := lib.loadLaws(ctx, filepath.Join(dataDir, "laws")); err != nil {
		return nil, err
	}
	var err error
	if lib.Cases, err = loadCases(ctx, dataDir); err != nil {
		return nil, err
	}
	if lib.Guideline, err = loadGuideline(filepath.Join(dataDir, "sentencing", guidelineFile)); err != nil {
		return nil, err
	}
	if lib.Thresholds, err = loadThresholds(filepath.Join(dataDir, "sentencing", thresholdFile)); err != nil {
		return nil, err
	}
	lib.resolveCaseArticles()
	lib.Charges, lib.ChargeRenames = deriveCharges(lib.Laws)
	lib.Charges.derivePenalties(lib.criminal)
	return lib, nil
}

var fileVersion = regexp.MustCompile(`\((\d{4}-\d{2}-\d{2})\)$`)

func (lib *Library) loadLaws(ctx context.Context, root string) error {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() && rel == "案例" {
			return fs.SkipDir // typical cases, read by loadCases
		}
		if !d.IsDir() && strings.HasSuffix(p, ".md") && d.Name() != "_index.md" {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("walk laws %s: %w", root, err)
	}
	merged := map[string]*Law{}
	for _, p := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("open law: %w", err)
		}
		l, err := parseLaw(f, rel)
		f.Close()
		if err != nil {
			return fmt.Errorf("parse law: %w", err)
		}
		l.Category = strings.Split(rel, string(filepath.Separator))[0]
		if m := fileVersion.FindStringSubmatch(strings.TrimSuffix(filepath.Base(p), ".md")); m != nil {
			l.Version = m[1]
		}
		// The Civil Code comes as one file per 编: merge them into one law.
		key := l.Title + "|" + l.Version
		if prev, ok := merged[key]; ok && l.Category == prev.Category {
			prev.Articles = append(prev.Articles, l.Articles...)
			continue
		}
		merged[key] = l
		lib.Laws = append(lib.Laws, l)
	}
	for _, l := range lib.Laws {
		sort.SliceStable(l.Articles, func(i, j int) bool {
			a, b := l.Articles[i], l.Articles[j]
			return a.Number < b.Number || a.Number == b.Number && a.Suffix < b.Suffix
		})
		l.Short = shortNames(l.Title)
		lib.register(l)
		if l.Title == "中华人民共和国刑法" {
			lib.criminal = l
			deriveTiers(l)
		}
	}
	if lib.criminal == nil {
		return fmt.Errorf("laws %s: no 中华人民共和国刑法", root)
	}
	return nil
}

// register indexes l under its title and short names, newest version first.
func (lib *Library) register(l *Law) {
	keys := map[string]bool{normTitle(l.Title): true}
	for _, s := range l.Short {
		keys[normTitle(s)] = true
	}
	for k := range keys {
		vs := append(lib.byKey[k], l)
		sort.SliceStable(vs, func(i, j int) bool { return vs[i].Version > vs[j].Version })
		lib.byKey[k] = vs
	}
}

// CriminalLaw is the consolidated Criminal Law, the text judgments cite.
func (lib *Library) CriminalLaw() *Law { return lib.criminal }
