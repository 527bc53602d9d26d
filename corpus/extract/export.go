package extract

import "slices"

// Amounts lists the yuan amounts written in s, whose first rune is at rune
// offset base of the judgment; the checker compares facts with reasoning.
func Amounts(s string, base int) []Amount { return amounts(s, base) }

// ChargesIn reads every charge written as 犯X罪 (and X罪、Y罪 after it) in s,
// as written.
func ChargesIn(s string) []string { return chargesIn(s) }

// ChargeAt reads the charge that starts s (盗窃罪…), as written, and the
// bytes it spans; 0 when none starts there.
func ChargeAt(s string) (string, int) { return chargeAt(s) }

// AnnualRate is the highest interest rate s states, agreed or claimed, in
// percent a year; 0 when none. Element forms read it clause by clause.
func AnnualRate(s string) float64 { return annualRate(s) }

// CircumstancesIn lists the sentencing circumstances s states (rune offset
// base), negated mentions left out; element forms read them from facts.
func CircumstancesIn(s string, base int) []Circumstance {
	return circumstancesBy(s, base, nil, append(slices.Clone(circumstanceRules), factRules...))
}
