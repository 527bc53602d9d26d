package draft_test

import (
	"context"
	"testing"

	. "leian/drafting/draft"
)

// BenchmarkOfflineDraft drafts a stored theft case, retrieval included,
// excluding its own case; `go test -bench OfflineDraft` reports the time
// per draft (the target is p99 ≤ 2 s on the full bundle, see leian bench).
func BenchmarkOfflineDraft(b *testing.B) {
	svc, off := testService(b)
	ctx := context.Background()
	id := ""
	for _, d := range envDocs {
		if d.Elements != nil && len(d.Elements.Charges) > 0 {
			id = d.ID
			break
		}
	}
	q, err := svc.Facts.SimilarQuery(ctx, id, 1)
	if err != nil {
		b.Fatal(err)
	}
	r := Request{Facts: q.Facts, Exclude: []string{id}}
	b.ResetTimer()
	for b.Loop() {
		if _, err := off.Draft(ctx, r); err != nil {
			b.Fatal(err)
		}
	}
}
