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
}

// Stats counts the stored documents by source and by case type.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{BySource: map[string]int{}, ByCaseType: map[corpus.CaseType]int{}}
	err := s.View(ctx, func(tx *Tx) error {
		return tx.tx.Bucket(bucketSummary).ForEach(func(k, v []byte) error {
			parts := strings.SplitN(string(v), "\x00", 3)
			if len(parts) != 3 {
				return fmt.Errorf("docstore summary of %q: corrupt entry", k)
			}
			st.Documents++
			st.ByCaseType[corpus.CaseType(parts[1])]++
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
