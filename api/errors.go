package api

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"leian/api/auth"
	"leian/corpus/docstore"
	"leian/retrieval"
)

// Sentinel errors of the API. Handlers and the engines behind them wrap these
// (or the engines' own sentinels below); writeError is the one place that
// turns them into HTTP statuses.
var (
	ErrInvalid         = errors.New("invalid input")
	ErrNotFound        = errors.New("not found")
	ErrTooLarge        = errors.New("request body too large")
	ErrUnauthenticated = errors.New("not authenticated")
	ErrForbidden       = errors.New("role not permitted")
	ErrUnavailable     = errors.New("component not configured")
	ErrBusy            = errors.New("too many concurrent requests")
	ErrNotReady        = errors.New("index not ready")
	ErrMethod          = errors.New("method not allowed")
	ErrCanceled        = errors.New("client closed the request")
)

// FieldError is invalid input in one request field, with the message the
// user reads.
type FieldError struct {
	Field   string // JSON name of the field, e.g. "facts", "filters.year_from"
	Message string // 中文说明
}

func (e *FieldError) Error() string { return "field " + e.Field + ": " + e.Message }

// Unwrap makes every FieldError an ErrInvalid.
func (e *FieldError) Unwrap() error { return ErrInvalid }

func invalid(field, message string) error { return &FieldError{Field: field, Message: message} }

// errorBody is the JSON error every failing call returns.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	Field     string `json:"field,omitempty"`
	RequestID string `json:"request_id,omitempty"`
}

// statusClientClosed is nginx's code for a request the client abandoned:
// what the audit log records for a push nobody received.
const statusClientClosed = 499

// classify maps an error to its status, code and Chinese message.
func classify(err error) (int, errorDetail) {
	var fe *FieldError
	var mbe *http.MaxBytesError
	var qe *retrieval.QueryError
	switch {
	case errors.As(err, &fe):
		return http.StatusBadRequest, errorDetail{Code: "invalid_input", Message: fe.Message, Field: fe.Field}
	case errors.As(err, &qe):
		return http.StatusBadRequest, errorDetail{Code: "invalid_input", Message: qe.Message, Field: qe.Field}
	case errors.Is(err, ErrTooLarge), errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, errorDetail{Code: "too_large", Message: "请求内容过大，请缩短后重试"}
	case errors.Is(err, ErrInvalid):
		return http.StatusBadRequest, errorDetail{Code: "invalid_input", Message: "请求格式有误"}
	case errors.Is(err, ErrUnauthenticated), errors.Is(err, auth.ErrInvalidToken):
		return http.StatusUnauthorized, errorDetail{Code: "unauthenticated", Message: "未登录或令牌无效，请输入有效的访问令牌"}
	case errors.Is(err, ErrForbidden):
		return http.StatusForbidden, errorDetail{Code: "forbidden", Message: "当前角色无权使用此功能"}
	case errors.Is(err, ErrNotFound), errors.Is(err, docstore.ErrNotFound):
		return http.StatusNotFound, errorDetail{Code: "not_found", Message: "未找到所请求的内容"}
	case errors.Is(err, ErrUnsupportedMedia):
		return http.StatusUnsupportedMediaType, errorDetail{Code: "unsupported_media_type", Message: "请求编码不受支持，请以 UTF-8（或 GBK/GB18030）编码发送 JSON"}
	case errors.Is(err, ErrMethod):
		return http.StatusMethodNotAllowed, errorDetail{Code: "method_not_allowed", Message: "该地址不支持此请求方法"}
	case errors.Is(err, ErrCanceled):
		return statusClientClosed, errorDetail{Code: "canceled", Message: "请求已被取消"}
	case errors.Is(err, ErrBusy):
		return http.StatusServiceUnavailable, errorDetail{Code: "busy", Message: "当前检索请求过多，请稍后重试"}
	case errors.Is(err, ErrNotReady):
		return http.StatusServiceUnavailable, errorDetail{Code: "not_ready", Message: "类案索引尚未建好，请等待索引完成（leian index）后重试"}
	case errors.Is(err, ErrUnavailable):
		return http.StatusServiceUnavailable, errorDetail{Code: "unavailable", Message: "该功能尚未配置，请联系管理员"}
	}
	return http.StatusInternalServerError, errorDetail{Code: "internal", Message: "服务器内部错误，请稍后重试"}
}

// writeError answers c with err's status and JSON body, logs server-side
// failures with their detail (which never reaches the client), and records
// the failure in the audit log when the route is audited.
func (s *Server) writeError(c *gin.Context, err error) {
	status, detail := classify(err)
	detail.RequestID = requestID(c)
	if status >= http.StatusInternalServerError {
		s.opts.Log.Error("request failed", "request_id", detail.RequestID, "route", c.FullPath(), "err", err)
	}
	if status == http.StatusServiceUnavailable && errors.Is(err, ErrBusy) {
		c.Header("Retry-After", "2")
	}
	if status == http.StatusUnauthorized {
		c.Header("WWW-Authenticate", `Bearer realm="leian"`)
	}
	s.auditFailure(c, status)
	c.AbortWithStatusJSON(status, errorBody{Error: detail})
}
