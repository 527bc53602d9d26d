package extract

// ChargeNames returns every charge name the extractor knows, superseded
// names included, as the source lists spell them (with 罪).
func ChargeNames() []string {
	out := make([]string, len(chargeNames))
	copy(out, chargeNames[:])
	return out
}
