package docstore

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"

	"leian/corpus"
	"leian/corpus/extract"
	"leian/corpus/parse"
)

// TestGetUnanalysed: a document read for re-extraction is the stored one
// but its structure and elements, and its stamp holds until the document
// is written again (even with the same content).
func TestGetUnanalysed(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	d := doc("lecard:8", "h8", "lecard", "8", corpus.Criminal)
	d.Title, d.Sections, d.ExtractVersion = "张某盗窃案", map[string]string{"facts": "经审理查明"}, 2
	d.Labels = []corpus.Labels{{Source: "lecard", Charges: []string{"盗窃"}}}
	d.Structure = &parse.Structure{CaseType: "criminal"}
	d.Elements = &extract.Elements{Charges: []string{"盗窃罪"}}
	if err := st.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	var stamp Stamp
	err := st.View(ctx, func(tx *Tx) error {
		got, s, err := tx.GetUnanalysed("lecard:8")
		if err != nil {
			return err
		}
		stamp = s
		want := *d
		want.Structure, want.Elements = nil, nil
		if !reflect.DeepEqual(got, &want) {
			t.Errorf("GetUnanalysed = %+v, want %+v", got, &want)
		}
		if _, _, err := tx.GetUnanalysed("nope"); !errors.Is(err, ErrNotFound) {
			t.Errorf("GetUnanalysed(nope) error = %v, want ErrNotFound", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		write func(*Tx) error
		id    string
		want  bool
	}{
		{"as read", nil, "lecard:8", true},
		{"another document", nil, "nope", false},
		{"written since", func(tx *Tx) error { d.Sources = append(d.Sources, corpus.SourceRef{Source: "judge"}); return tx.Put(d) }, "lecard:8", false},
	}
	for _, tt := range tests {
		err := st.Update(ctx, func(tx *Tx) error {
			if tt.write != nil {
				if err := tt.write(tx); err != nil {
					return err
				}
			}
			if got := tx.Unchanged(tt.id, stamp); got != tt.want {
				t.Errorf("%s: Unchanged = %v, want %v", tt.name, got, tt.want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestOlderThan lists the documents a sweep under each version re-extracts,
// in ID order, with their stored sizes.
func TestOlderThan(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	for id, v := range map[string]int{"a:1": 0, "b:2": 1, "c:3": 3} {
		d := doc(id, "h"+id, "s", id, corpus.Criminal)
		d.ExtractVersion = v
		if err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		version int
		want    []string
	}{
		{0, nil},
		{1, []string{"a:1"}},
		{3, []string{"a:1", "b:2"}},
		{4, []string{"a:1", "b:2", "c:3"}},
	}
	for _, tt := range tests {
		older, err := st.OlderThan(ctx, tt.version)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, o := range older {
			got = append(got, o.ID)
			if o.Bytes <= 0 {
				t.Errorf("OlderThan(%d): %s has size %d", tt.version, o.ID, o.Bytes)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("OlderThan(%d) = %v, want %v", tt.version, got, tt.want)
		}
	}
}
