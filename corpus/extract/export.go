package extract

// Amounts lists the yuan amounts written in s, whose first rune is at rune
// offset base of the judgment; the checker compares facts with reasoning.
func Amounts(s string, base int) []Amount { return amounts(s, base) }

// ChargeAt reads the charge that starts s (盗窃罪…), as written, and the
// bytes it spans; 0 when none starts there.
func ChargeAt(s string) (string, int) { return chargeAt(s) }
