package casereport

// Ks are the cut-offs feedback precision is reported at.
var Ks = []int{1, 3, 5, 10}

// Precision is push quality as judges' marks measure it.
type Precision struct {
	Reports int `json:"reports"` // reports with at least one mark
	Marks   int `json:"marks"`
	// At[k] is the mean over reports of (cases in the top k marked 参照 or
	// 参考) / k: an unmarked case counts as not relevant, so it is a lower bound.
	At map[int]float64 `json:"precision_at"`
	// JudgedAt[k] is the same over marked cases only: (relevant in top k) /
	// (marked in top k), averaged over reports with a mark in the top k.
	JudgedAt map[int]float64 `json:"judged_precision_at"`
	// JudgedReports[k] is how many reports JudgedAt[k] averages.
	JudgedReports map[int]int `json:"judged_reports"`
}

// Feedback scores the pushes behind reports by their marks.
func Feedback(reports []*Report) Precision {
	p := Precision{At: map[int]float64{}, JudgedAt: map[int]float64{}, JudgedReports: map[int]int{}}
	for _, r := range reports {
		if len(r.Cases) == 0 {
			continue
		}
		p.Reports++
		p.Marks += len(r.Cases)
		for _, k := range Ks {
			relevant, judged := 0, 0
			for _, c := range r.Cases {
				if c.Rank <= k {
					judged++
					if c.Mark.Relevant() {
						relevant++
					}
				}
			}
			p.At[k] += float64(relevant) / float64(k)
			if judged > 0 {
				p.JudgedAt[k] += float64(relevant) / float64(judged)
				p.JudgedReports[k]++
			}
		}
	}
	for _, k := range Ks {
		if p.Reports > 0 {
			p.At[k] /= float64(p.Reports)
		}
		if n := p.JudgedReports[k]; n > 0 {
			p.JudgedAt[k] /= float64(n)
		}
	}
	return p
}
