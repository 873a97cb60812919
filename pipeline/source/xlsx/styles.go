package xlsx

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// dateKind says how a number format shows a serial date-time number.
type dateKind uint8

const (
	notDate  dateKind = iota // a plain number
	dateOnly                 // 2024-03-05
	timeOnly                 // 14:05:00
	dateTime                 // 2024-03-05 14:05:00
	elapsed                  // [h]:mm:ss durations: 36:05:00
)

// xmlStyles is the part of styles.xml this package needs. Ids are read as
// text so that one malformed attribute spoils one format, not the file.
type xmlStyles struct {
	NumFmts []struct {
		ID   string `xml:"numFmtId,attr"`
		Code string `xml:"formatCode,attr"`
	} `xml:"numFmts>numFmt"`
	CellXfs []struct {
		NumFmtID string `xml:"numFmtId,attr"`
	} `xml:"cellXfs>xf"`
}

// readStyles returns the date kind of each cell format, indexed like the
// cells' s attribute.
func readStyles(r io.Reader) ([]dateKind, error) {
	var st xmlStyles
	if err := xml.NewDecoder(r).Decode(&st); err != nil {
		return nil, fmt.Errorf("styles: %w", err)
	}
	custom := make(map[int]dateKind, len(st.NumFmts))
	for _, nf := range st.NumFmts {
		if id, err := strconv.Atoi(strings.TrimSpace(nf.ID)); err == nil {
			custom[id] = classifyFormat(nf.Code)
		}
	}
	kinds := make([]dateKind, len(st.CellXfs))
	for i, xf := range st.CellXfs {
		id, err := strconv.Atoi(strings.TrimSpace(xf.NumFmtID))
		if err != nil {
			continue
		}
		if k, ok := custom[id]; ok {
			kinds[i] = k
		} else {
			kinds[i] = builtinKind(id)
		}
	}
	return kinds, nil
}

// builtinKind classifies the built-in number formats (ECMA-376 part 1,
// 18.8.30). Ids 27–36 and 50–58 are the East Asian locales' date and time
// formats; Excel stores them by id without a format code.
func builtinKind(id int) dateKind {
	switch {
	case id >= 14 && id <= 17, id >= 27 && id <= 31, id == 36, id >= 50 && id <= 58:
		return dateOnly
	case id >= 18 && id <= 21, id >= 32 && id <= 35, id == 45, id == 47:
		return timeOnly
	case id == 22:
		return dateTime
	case id == 46: // [h]:mm:ss
		return elapsed
	}
	return notDate
}

// classifyFormat reads a number format code and says whether it shows a
// date, a time or both. Only the first section (positive numbers)
// matters. Quoted text, escaped characters and bracketed tokens such as
// [Red] or [$-406] are not format letters; [h], [mm] and [ss] mark an
// elapsed duration. A lone "m" is a month unless hours or seconds appear,
// in which case it is minutes.
func classifyFormat(code string) dateKind {
	var hasDate, hasTime, hasM, isElapsed bool
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case ';':
			i = len(code)
		case '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				i = len(code)
			}
		case '\\', '_', '*':
			i++ // the next character is literal or a fill/space width
		case '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				i = len(code)
				continue
			}
			if isElapsedToken(code[i+1 : i+j]) {
				isElapsed, hasTime = true, true
			}
			i += j
		default:
			switch c | 0x20 { // ASCII lower case
			case 'd', 'y':
				hasDate = true
			case 'h', 's':
				hasTime = true
			case 'm':
				hasM = true
			}
		}
	}
	if hasM && !hasTime {
		hasDate = true
	}
	switch {
	case hasDate && hasTime:
		return dateTime
	case hasDate:
		return dateOnly
	case isElapsed:
		return elapsed
	case hasTime:
		return timeOnly
	}
	return notDate
}

// isElapsedToken reports whether a bracketed token is [h], [mm], [ss]…
func isElapsedToken(tok string) bool {
	if tok == "" {
		return false
	}
	first := tok[0] | 0x20
	if first != 'h' && first != 'm' && first != 's' {
		return false
	}
	for i := 1; i < len(tok); i++ {
		if tok[i]|0x20 != first {
			return false
		}
	}
	return true
}
