// Package auth identifies API callers: court roles, and bearer tokens kept
// as SHA-256 hashes in a tokens file under LEIAN_HOME.
package auth

import (
	"fmt"
	"slices"
)

// Role is what a caller may do. Routes name the roles they admit.
type Role string

// The court's roles.
const (
	Judge     Role = "judge"     // 法官: similar-case push, documents
	Assistant Role = "assistant" // 法官助理: as a judge, drafting on the judge's behalf
	Reviewer  Role = "reviewer"  // 审核人员: deviation warnings, similar-case push
	Evaluator Role = "evaluator" // 评测人员: offline evaluation runs
	Admin     Role = "admin"     // 管理员: tokens and evaluation runs, no case content
)

// Roles lists every role in display order.
func Roles() []Role { return []Role{Judge, Assistant, Reviewer, Evaluator, Admin} }

// ParseRole returns the role named s, or an error listing the valid names.
func ParseRole(s string) (Role, error) {
	r := Role(s)
	if !slices.Contains(Roles(), r) {
		return "", fmt.Errorf("role %q: want one of %v", s, Roles())
	}
	return r, nil
}

// Label is the role's name in Chinese, for the UI and CLI tables.
func (r Role) Label() string {
	switch r {
	case Judge:
		return "法官"
	case Assistant:
		return "法官助理"
	case Reviewer:
		return "审核人员"
	case Evaluator:
		return "评测人员"
	case Admin:
		return "管理员"
	}
	return string(r)
}
