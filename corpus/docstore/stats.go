package docstore

import (
	"context"
	"fmt"
	"strings"

	"leian/corpus"
)

// Stats counts the stored documents without decoding them.
type Stats struct {
	Documents  int
	BySource   map[string]int // documents carrying at least one record of the source
	ByCaseType map[corpus.CaseType]int
	// ByVersion counts documents by the extraction version that analysed
	// them; 0 is a document stored before versions were recorded.
	ByVersion map[int]int
}

// Older counts the documents analysed by an extraction version below v:
// the ones a re-ingest with version v re-extracts.
func (s Stats) Older(v int) int {
	n := 0
	for ver, c := range s.ByVersion {
		if ver < v {
			n += c
		}
	}
	return n
}

// Stats counts the stored documents by source and by case type.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{BySource: map[string]int{}, ByCaseType: map[corpus.CaseType]int{}, ByVersion: map[int]int{}}
	err := s.View(ctx, func(tx *Tx) error {
		return tx.tx.Bucket(bucketSummary).ForEach(func(k, v []byte) error {
			parts := strings.SplitN(string(v), "\x00", 3)
			if len(parts) != 3 {
				return fmt.Errorf("docstore summary of %q: corrupt entry", k)
			}
			version, err := tx.Version(string(k))
			if err != nil {
				return err
			}
			st.Documents++
			st.ByCaseType[corpus.CaseType(parts[1])]++
			st.ByVersion[version]++
			seen := map[string]bool{}
			for _, src := range strings.Split(parts[2], ",") {
				if src != "" && !seen[src] {
					seen[src] = true
					st.BySource[src]++
				}
			}
			return nil
		})
	})
	return st, err
}
