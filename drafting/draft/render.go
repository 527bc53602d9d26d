package draft

import (
	"fmt"
	"strings"
)

// Markdown writes the draft for reading: the judgment, then the cited
// articles' texts, the similar cases used and the notes.
func Markdown(d *Draft) string {
	var b strings.Builder
	for _, s := range d.Sections {
		t := strings.TrimSpace(s.Text())
		if t == "" {
			continue
		}
		if s.Key == "header" {
			for _, l := range strings.Split(t, "\n") {
				b.WriteString(l + "\n\n")
			}
			continue
		}
		b.WriteString(strings.ReplaceAll(t, "\n", "\n\n") + "\n\n")
	}
	if len(d.Articles) > 0 {
		b.WriteString("---\n\n附：相关法律条文\n\n")
		for _, a := range d.Articles {
			fmt.Fprintf(&b, "- %s：%s\n", a.Cite(), strings.ReplaceAll(a.Text, "\n", " "))
		}
		b.WriteString("\n")
	}
	if len(d.Similar) > 0 {
		b.WriteString("参照类案：\n\n")
		for _, s := range d.Similar {
			fmt.Fprintf(&b, "- %s %s %s\n", s.ID, s.Title, s.Penalty)
		}
		b.WriteString("\n")
	}
	for _, n := range d.Notes {
		b.WriteString("> 提示：" + n + "\n")
	}
	return b.String()
}
