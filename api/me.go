package api

import (
	"net/http"
	"slices"

	"github.com/gin-gonic/gin"
)

type meResponse struct {
	User      string   `json:"user"`
	Role      string   `json:"role"`
	RoleLabel string   `json:"role_label"`
	TokenID   string   `json:"token_id"`
	Features  []string `json:"features"`         // what this role may use, so the UI shows only that
	Notice    string   `json:"notice,omitempty"` // why pushes are not yet trustworthy, for the UI's banner
}

func (s *Server) me(c *gin.Context) {
	p, _ := principal(c)
	resp := meResponse{User: p.User, Role: string(p.Role), RoleLabel: p.Role.Label(), TokenID: p.TokenID, Features: []string{}, Notice: s.notReady()}
	for _, f := range features() {
		if slices.Contains(f.roles(), p.Role) {
			resp.Features = append(resp.Features, string(f))
		}
	}
	c.JSON(http.StatusOK, resp)
}
