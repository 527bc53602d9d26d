// Package drafting holds Leian's judgment drafting (文书辅助生成): the
// drafters in drafting/draft and, beside it, the checks that read drafts.
package drafting
