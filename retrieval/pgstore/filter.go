package pgstore

import (
	"strconv"
	"strings"

	"leian/retrieval"
)

// where builds the SQL conditions of f over table leian.documents. Values
// always travel as parameters: args holds them, numbered after the
// caller's first len(args) parameters. Only fixed column names and
// placeholder numbers are written into the SQL.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, arg any) {
	w.args = append(w.args, arg)
	w.conds = append(w.conds, strings.ReplaceAll(cond, "$?", "$"+strconv.Itoa(len(w.args))))
}

// filterWhere appends f's conditions to a where that already holds args.
func filterWhere(f retrieval.Filter, args ...any) *where {
	w := &where{args: args}
	if len(f.IDs) > 0 {
		w.add("id = ANY($?)", f.IDs)
	}
	if len(f.Charges) > 0 {
		w.add("charges && $?", f.Charges)
	}
	if len(f.Articles) > 0 {
		w.add("articles && $?", f.Articles)
	}
	for _, c := range []struct{ col, v string }{
		{"court", f.Court}, {"court_level", f.CourtLevel}, {"province", f.Province},
		{"procedure", f.Procedure}, {"doc_type", f.DocType}, {"case_type", f.CaseType}, {"cause", f.Cause},
	} {
		if c.v != "" {
			w.add(c.col+" = $?", c.v)
		}
	}
	if f.YearFrom != 0 {
		w.add("year >= $?", f.YearFrom)
	}
	if f.YearTo != 0 {
		w.add("year <= $?", f.YearTo)
	}
	return w
}

// sql returns the conditions joined with AND, "true" when there are none.
func (w *where) sql() string {
	if len(w.conds) == 0 {
		return "true"
	}
	return strings.Join(w.conds, " AND ")
}
