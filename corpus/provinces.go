package corpus

import (
	"iter"
	"strings"
)

// Province is a province-level division as court names begin with it
// (Name: 浙江) and as case numbers since 2016 code it (Code: 浙 in
// （2018）浙0304刑初87号).
type Province struct{ Name, Code string }

// provinces is never written; an array, not a slice, so no caller can
// reach its elements.
var provinces = [...]Province{
	{"北京", "京"}, {"天津", "津"}, {"河北", "冀"}, {"山西", "晋"}, {"内蒙古", "内"}, {"辽宁", "辽"},
	{"吉林", "吉"}, {"黑龙江", "黑"}, {"上海", "沪"}, {"江苏", "苏"}, {"浙江", "浙"}, {"安徽", "皖"},
	{"福建", "闽"}, {"江西", "赣"}, {"山东", "鲁"}, {"河南", "豫"}, {"湖北", "鄂"}, {"湖南", "湘"},
	{"广东", "粤"}, {"广西", "桂"}, {"海南", "琼"}, {"重庆", "渝"}, {"四川", "川"}, {"贵州", "黔"},
	{"云南", "云"}, {"西藏", "藏"}, {"陕西", "陕"}, {"甘肃", "甘"}, {"青海", "青"}, {"宁夏", "宁"},
	{"新疆", "新"},
}

// Provinces yields the 31 province-level divisions of the mainland.
func Provinces() iter.Seq[Province] {
	return func(yield func(Province) bool) {
		for _, p := range provinces {
			if !yield(p) {
				return
			}
		}
	}
}

// ProvinceOf is the province a court's or organ's name begins with.
func ProvinceOf(name string) (Province, bool) {
	for _, p := range provinces {
		if strings.HasPrefix(name, p.Name) {
			return p, true
		}
	}
	return Province{}, false
}

// FirstProvince is the province s names first, anywhere in it.
func FirstProvince(s string) (Province, bool) {
	best, at := Province{}, -1
	for _, p := range provinces {
		if i := strings.Index(s, p.Name); i >= 0 && (at < 0 || i < at) {
			best, at = p, i
		}
	}
	return best, at >= 0
}
