package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// decodeJSON reads c's body into v: one JSON object, no unknown fields,
// each failure named by the field it concerns.
func decodeJSON(c *gin.Context, v any) error {
	if ct := c.ContentType(); ct != "application/json" {
		return invalid("", fmt.Sprintf("请求须为 JSON（Content-Type: application/json），收到 %q", ct))
	}
	dec := json.NewDecoder(c.Request.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return fmt.Errorf("request body: %w", err)
		}
		return invalid("", "请求体只能包含一个 JSON 对象")
	}
	return nil
}

func decodeError(err error) error {
	var mbe *http.MaxBytesError
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &mbe):
		return fmt.Errorf("request body: %w", err)
	case errors.As(err, &typ):
		return invalid(typ.Field, fmt.Sprintf("字段 %s 的类型应为 %s", typ.Field, jsonKind(typ.Type.Kind().String())))
	case errors.As(err, &syn), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return invalid("", "请求体不是有效的 JSON")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		// encoding/json has no typed error for this; its message is stable.
		field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return invalid(field, "不支持的字段 "+field)
	}
	return invalid("", "请求体不是有效的 JSON")
}

func jsonKind(goKind string) string {
	switch goKind {
	case "string":
		return "字符串"
	case "int", "int64", "float64":
		return "数字"
	case "slice":
		return "数组"
	case "struct", "map":
		return "对象"
	}
	return goKind
}
