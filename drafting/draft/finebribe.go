package draft

import "math"

// bribeFine holds a fine for 贪污 or 受贿, or another fined crime of the
// Criminal Law's eighth chapter, within the bounds the 2016 interpretation
// on 贪污贿赂 cases (法释〔2016〕9号, art. 19) sets by the term: for 贪污 and
// 受贿, 100,000 to 500,000 元 with three years or less, from 200,000 元 with
// more than three and up to ten years, from 500,000 元 above that, and at
// most twice the crime amount beyond the first band; for the other
// chapter-eight crimes that fine (行贿, 单位行贿, 介绍贿赂, 对有影响力的人行贿,
// 利用影响力受贿), 100,000 元 to twice the amount. The similar cases' fines,
// scaled by term and amount, can fall below the floor (60,000 元 for a
// 贪污 of ten months, where the court must impose at least 100,000).
// A zero fine stays zero (the law in force may not fine, fineLater);
// amount is the crime amount the facts state, 0 when none.
func bribeFine(charge string, months int, fine, amount float64) float64 {
	if fine <= 0 {
		return fine
	}
	lo, hi := 0.0, 0.0
	switch charge {
	case "贪污罪", "受贿罪":
		switch {
		case months <= 36:
			lo, hi = 100000, 500000
		case months <= 120:
			lo = 200000
		default:
			lo = 500000
		}
		if hi == 0 && amount > 0 {
			hi = 2 * amount
		}
	case "行贿罪", "单位行贿罪", "介绍贿赂罪", "对有影响力的人行贿罪", "利用影响力受贿罪":
		lo = 100000
		if amount > 0 {
			hi = 2 * amount
		}
	default:
		return fine
	}
	if hi > 0 && hi < lo {
		hi = lo // an amount too small for the band: the floor stands
	}
	fine = math.Max(fine, lo)
	if hi > 0 {
		fine = math.Min(fine, hi)
	}
	return fine
}

// bribeFineDue fines a 贪污 or 受贿 count the similar cases left unfined
// (decided under the law before the Ninth Amendment, or confiscating
// instead): art. 383 as amended fines every tier (并处罚金), and the 2016
// interpretation (art. 19) sets the floor by the term, which the draft
// then imposes (bribeFine). The drafts of a tune judgment for both crimes,
// done before 2015 and judged in 2018, had no fine where the court fined
// 1,500,000 元. When the law in force at the acts and the judgment has no
// fine (fineLater), none is added.
func bribeFineDue(charge, facts string, months int, fine float64) float64 {
	if fine > 0 || months <= 0 || (charge != "贪污罪" && charge != "受贿罪") || fineLater(charge, facts) {
		return fine
	}
	return bribeFine(charge, months, 1, 0)
}
