package draft

import "strings"

// cutWording reports whether w is charge c's name cut at its own 犯 (著作权罪
// for 侵犯著作权罪): a 犯X罪 reading of the facts finds it, and it names the
// charge, but a verdict does not word it so.
func cutWording(w, c string) bool {
	head, ok := strings.CutSuffix(c, w)
	return ok && head != "" && strings.HasSuffix(head, "犯")
}
