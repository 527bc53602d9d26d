package api

import (
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"
)

type lawResponse struct {
	RequestID string    `json:"request_id"`
	Rules     []RuleHit `json:"rules"`
}

// law answers GET /api/v1/law?q=刑法第二百六十四条 with the provisions cited.
func (s *Server) law(c *gin.Context) {
	q := strings.TrimSpace(c.Query("q"))
	switch n := utf8.RuneCountInString(q); {
	case n == 0:
		s.writeError(c, invalid("q", "请输入要查询的法条、案例编号或关键词，如 刑法第二百六十四条、检例第37号、盗窃"))
		return
	case n > maxLawQueryLen || hasControl(q):
		s.writeError(c, invalid("q", fmt.Sprintf("查询内容不能超过 %d 字", maxLawQueryLen)))
		return
	}
	if s.opts.Law == nil {
		s.writeError(c, fmt.Errorf("law lookup: %w", ErrUnavailable))
		return
	}
	rules, err := s.opts.Law.Lookup(c.Request.Context(), q)
	if err != nil {
		s.writeError(c, fmt.Errorf("law lookup: %w", err))
		return
	}
	if rules == nil {
		rules = []RuleHit{}
	}
	c.JSON(http.StatusOK, lawResponse{RequestID: requestID(c), Rules: rules})
}
