package draft

// lifeFine drops the fine from a life or death sentence. Courts pair
// those with 没收个人全部财产 (or 没收个人财产 of an amount), not a fine:
// of the 330 life sentences in the LeCaRD first-instance judgments outside
// dev and tune, 17 carry a 罚金. A fine scaled from similar cases' fixed
// terms and amounts had given a life sentence 23,714,000 元 where the court
// confiscated all property. Later co-defendants with fixed terms are then
// fined as the similar cases' defendants in their place were (laterFine).
func lifeFine(r *Recommendation) {
	if r != nil && (r.Kind == "无期徒刑" || r.Kind == "死刑") {
		r.FineYuan = 0
	}
}
