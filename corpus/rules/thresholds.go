package rules

import (
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

const thresholdFile = "我国各地区盗窃诈骗等罪名数额标准表.csv"

// Threshold is one province's amount standard for one crime and level.
type Threshold struct {
	Region   string          `json:"region"` // 北京市
	Crime    string          `json:"crime"`  // 盗窃罪, 诈骗罪
	Level    string          `json:"level"`  // 数额较大, 数额巨大, 数额特别巨大
	Variants []AmountVariant `json:"variants"`
	Raw      string          `json:"raw"`            // the cell as written
	Note     string          `json:"note,omitempty"` // 备注: the regions of each variant
}

// AmountVariant is one value of a cell: the whole province, or an area
// class (贫困山区, 一类, 二类).
type AmountVariant struct {
	Area string  `json:"area,omitempty"` // "" for the province standard
	Yuan float64 `json:"yuan"`
}

var levelNames = map[string]string{"较大": "数额较大", "巨大": "数额巨大", "特别巨大": "数额特别巨大"}

// amountPart is one value: 2000, 1000（贫困山区）, 10万(一类).
var amountPart = regexp.MustCompile(`^([0-9.]+)(万)?\s*(?:[（(]([^）)]+)[）)])?$`)

func loadThresholds(path string) ([]Threshold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open thresholds: %w", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(rows) < 2 || len(rows[0]) < 8 {
		return nil, fmt.Errorf("%s: want a header and 8 columns", path)
	}
	var out []Threshold
	for i, row := range rows[1:] {
		for col := 1; col <= 6; col++ {
			crime, level, _ := strings.Cut(rows[0][col], "-")
			vs, err := parseAmountCell(row[col])
			if err != nil {
				return nil, fmt.Errorf("%s line %d column %s: %w", path, i+2, rows[0][col], err)
			}
			out = append(out, Threshold{Region: row[0], Crime: crime, Level: levelNames[level],
				Variants: vs, Raw: row[col], Note: row[7]})
		}
	}
	return out, nil
}

// parseAmountCell reads 2000, 2000/1000（贫困山区） or 3000(一类)/2000(二类).
func parseAmountCell(cell string) ([]AmountVariant, error) {
	var out []AmountVariant
	for _, part := range strings.Split(cell, "/") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		m := amountPart.FindStringSubmatch(part)
		if m == nil {
			return nil, fmt.Errorf("amount %q", part)
		}
		v, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			return nil, fmt.Errorf("amount %q: %w", part, err)
		}
		if m[2] == "万" {
			v *= 10000
		}
		out = append(out, AmountVariant{Area: m[3], Yuan: v})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty amount")
	}
	return out, nil
}

// Threshold returns the standard of region (a prefix such as 湖北 works)
// for crime and level.
func (lib *Library) Threshold(region, crime, level string) (Threshold, bool) {
	for _, t := range lib.Thresholds {
		if strings.HasPrefix(t.Region, region) && t.Crime == crime && t.Level == level {
			return t, true
		}
	}
	return Threshold{}, false
}
