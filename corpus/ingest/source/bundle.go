package source

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// File is one input file and the format to read it in.
type File struct {
	Path   string
	Format Format
}

// Bundle lists the judgment files of the real-data bundle at dir, in the
// order that makes merges deterministic: full texts before the sources
// that merge onto them (LeCaRD before JuDGE, CAIL2018 before LawBench).
func Bundle(dir string) ([]File, error) {
	files := []File{
		{"cail2018/cases.jsonl", FormatCAIL2018},
		{"lecard/candidates.jsonl.gz", FormatLeCaRD},
		{"lecard/queries.jsonl", FormatLeCaRDQuery},
		{"judge/judge.jsonl", FormatJuDGE},
		{"scm/triplets.jsonl", FormatSCM},
		{"civil/cail2021_focus_recognition_train.jsonl", FormatFocus},
		{"civil/cail2020_sfzy_train20.jsonl", FormatSummary},
	}
	gazette, err := filepath.Glob(filepath.Join(dir, "civil/gazette/*.md"))
	if err != nil {
		return nil, err
	}
	sort.Strings(gazette)
	for i := range files {
		files[i].Path = filepath.Join(dir, files[i].Path)
	}
	for _, g := range gazette {
		files = append(files, File{g, FormatGazette})
	}
	for _, task := range []string{"3-1", "3-3", "3-4", "3-7"} {
		files = append(files, File{filepath.Join(dir, "lawbench", task+".json"), FormatLawBench})
	}
	for _, f := range files {
		if _, err := os.Stat(f.Path); err != nil {
			return nil, fmt.Errorf("bundle at %s: %w", dir, err)
		}
	}
	return files, nil
}

// Expand turns files and folders into the files under them, sorted, each
// with format f (FormatAuto: detected when read). Hidden files and READMEs
// in folders are left out.
func Expand(paths []string, f Format) ([]File, error) {
	var out []File
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, File{p, f})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if strings.HasPrefix(name, ".") && path != p {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && !strings.HasPrefix(strings.ToUpper(name), "README") {
				out = append(out, File{path, f})
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
	}
	return out, nil
}
