package engine

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// VersionsPath is where Index records the extraction version of every
// document it indexed (ID → corpus.Document.ExtractVersion).
func VersionsPath(dir string) string { return filepath.Join(dir, "versions.gob") }

// versionsOf reads every document's extraction version, without decoding
// documents when docs can list them (docstore.Store).
func versionsOf(ctx context.Context, docs Corpus) (map[string]int, error) {
	out := map[string]int{}
	if err := eachHash(ctx, docs, func(id, _ string, v int) error { out[id] = v; return nil }); err != nil {
		return nil, fmt.Errorf("extraction versions: %w", err)
	}
	return out, nil
}

// ErrOlderExtraction is an index built from elements an older extractor
// wrote than the document store now holds: `leian ingest` re-extracted
// documents since `leian index` ran.
var ErrOlderExtraction = errors.New("索引中的要素比文书库旧")

// CheckVersions reports an error wrapping ErrOlderExtraction when the index
// folder dir holds a document at an older extraction version than docs do:
// its filter columns, case elements and cards would be the old extractor's.
// Documents the index does not hold yet are not its concern (CheckStore
// and the stamp cover what was built). A folder built before versions were
// recorded holds every document at version 0.
func CheckVersions(ctx context.Context, dir string, docs Corpus) error {
	held := map[string]int{}
	if err := loadGob(VersionsPath(dir), &held); err != nil {
		return fmt.Errorf("index versions: %w", err)
	}
	_, statErr := os.Stat(VersionsPath(dir))
	unrecorded := errors.Is(statErr, fs.ErrNotExist)
	current, err := versionsOf(ctx, docs)
	if err != nil {
		return err
	}
	older, newest := 0, 0
	for id, v := range current {
		h, ok := held[id]
		if !ok && !unrecorded {
			continue
		}
		if v > h {
			older++
			newest = max(newest, v)
		}
	}
	if older > 0 {
		return fmt.Errorf("%w：%d 篇文书已按新的抽取规则（版本 %d）重新抽取要素，检索库仍按旧要素筛选与解释，请运行 leian index", ErrOlderExtraction, older, newest)
	}
	return nil
}
