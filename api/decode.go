package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// ErrUnsupportedMedia is a body in an encoding the server does not read (415).
var ErrUnsupportedMedia = errors.New("unsupported media type")

// decodeJSON reads c's body into v: one JSON object, no unknown fields,
// each failure named by the field it concerns ("filters.foo"). A body
// declared as GBK or GB18030, as older court systems send, is decoded; any
// other non-UTF-8 charset is refused rather than read as garbage.
func decodeJSON(c *gin.Context, v any) error {
	mt, params, err := mime.ParseMediaType(c.GetHeader("Content-Type"))
	if err != nil || mt != "application/json" {
		return invalid("", fmt.Sprintf("请求须为 JSON（Content-Type: application/json），收到 %q", c.ContentType()))
	}
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return fmt.Errorf("request body: %w", err)
		}
		return invalid("", "请求体读取失败")
	}
	switch cs := strings.ToLower(params["charset"]); cs {
	case "", "utf-8", "utf8":
	case "gbk", "gb2312", "gb18030":
		if body, err = simplifiedchinese.GB18030.NewDecoder().Bytes(body); err != nil {
			return invalid("", "请求体不是有效的 "+strings.ToUpper(cs)+" 文本")
		}
	default:
		return fmt.Errorf("charset %q: %w", clip(cs, 20), ErrUnsupportedMedia)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return invalid("", "请求体不是有效的 JSON")
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return invalid("", "请求体只能包含一个 JSON 对象")
	}
	if err := checkFields(raw, reflect.TypeOf(v).Elem(), ""); err != nil {
		return err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return decodeError(err)
	}
	return nil
}

// checkFields reports the first key of raw, or of an object nested in it,
// that t (a struct) has no field for, by its dotted path.
func checkFields(raw json.RawMessage, t reflect.Type, prefix string) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		name := strings.TrimSuffix(prefix, ".")
		if name == "" {
			return invalid("body", "请求体应为一个 JSON 对象，如 {\"facts\": \"…\"}")
		}
		if string(bytes.TrimSpace(raw)) == "null" {
			return nil
		}
		return invalid(name, fmt.Sprintf("字段 %s 的类型应为 对象", name))
	}
	fields := map[string]reflect.Type{}
	jsonFields(t, fields)
	for key, val := range obj {
		ft, ok := fields[key]
		if !ok {
			// encoding/json matches keys case-insensitively; so do we.
			for name, typ := range fields {
				if strings.EqualFold(name, key) {
					ft, ok = typ, true
				}
			}
		}
		if !ok {
			field := prefix + key
			if !utf8.ValidString(field) || hasControl(field) {
				field = prefix + "?"
			}
			return invalid(clip(field, 40), "不支持的字段 "+clip(field, 40))
		}
		if ft.Kind() == reflect.Struct {
			if err := checkFields(val, ft, prefix+key+"."); err != nil {
				return err
			}
		}
	}
	return nil
}

func decodeError(err error) error {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		field := typ.Field
		if field == "" {
			field = "body"
		}
		return invalid(field, fmt.Sprintf("字段 %s 的类型应为 %s", field, jsonKind(typ.Type.Kind().String())))
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

// jsonFields maps each JSON key of struct t to its type, with the fields of
// embedded structs promoted as encoding/json promotes them.
func jsonFields(t reflect.Type, into map[string]reflect.Type) {
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				jsonFields(ft, into)
				continue
			}
		}
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, ok := into[name]; !ok {
			into[name] = f.Type
		}
	}
}
