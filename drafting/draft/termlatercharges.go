package draft

// unreadCharges are the charges of defendant n when the facts give no
// defendant of several any of the case's several charges (ownCharges
// read none): the first-named gets them all, so the verdict still
// convicts of every charge, and a later one the case's principal charge
// alone. In the LeCaRD first-instance judgments outside dev, tune, tune2
// and the check set whose facts give no one a charge (91 judgments of
// several defendants and charges), the second defendant was convicted of
// every charge in 22 of 91 against the principal alone in 32, and the
// third and later ones in 16 of 231 against 114. Every charge for each
// had drafted a count for each and a combined term for every later
// defendant: the several distinct terms, which JuDGE's scorer adds up,
// overshot the courts' totals.
func unreadCharges(n string, names, charges, written []string) []wordedCharge {
	if len(names) > 1 && n != names[0] {
		return []wordedCharge{{charges[0], written[0]}}
	}
	out := make([]wordedCharge, 0, len(charges))
	for i, c := range charges {
		out = append(out, wordedCharge{c, written[i]})
	}
	return out
}
