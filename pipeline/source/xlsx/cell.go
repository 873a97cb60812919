package xlsx

import (
	"errors"
	"fmt"
	"strconv"
)

// cellType is a cell's t attribute.
type cellType uint8

const (
	typeNumber  cellType = iota // t absent or "n"
	typeShared                  // "s": index into the shared strings
	typeInline                  // "inlineStr": <is> holds the text
	typeFormula                 // "str": a formula's string result
	typeBool                    // "b": 0 or 1
	typeError                   // "e": #N/A, #DIV/0! …
	typeISODate                 // "d": ISO 8601 text
)

// cellError carries the column of a failed cell up to Rows.fail.
type cellError struct {
	col int
	err error
}

func (e *cellError) Error() string { return e.err.Error() }

// cellAttrs are the attributes of a <c> tag.
type cellAttrs struct {
	col   int // 1-based; 0 when the r attribute is absent
	style int
	typ   cellType
}

// readCell reads the <c> whose start tag was just read. prev is the
// column of the previous cell in the row; it returns this cell's column.
func (r *Rows) readCell(prev int) (int, error) {
	a, err := parseCellAttrs(r.s.attrs)
	if err != nil {
		return prev, &cellError{col: prev + 1, err: err}
	}
	if a.col == 0 {
		a.col = prev + 1
	}
	if a.col > maxCols {
		return prev, &cellError{col: maxCols, err: fmt.Errorf("column beyond %s", columnName(maxCols))}
	}
	if r.s.selfClose {
		return a.col, nil
	}
	if text, ok := r.s.quickCellText(a.typ == typeInline); ok {
		err = r.addValue(a, text)
	} else {
		err = r.readCellBody(a)
	}
	if err != nil {
		return a.col, &cellError{col: a.col, err: err}
	}
	return a.col, nil
}

// readCellBody reads the cell's children up to </c>: the value <v>, an
// inline string <is>, and a formula <f>, which is skipped.
func (r *Rows) readCellBody(a cellAttrs) error {
	for {
		ok, err := r.s.nextTag()
		if err != nil {
			return err
		}
		if !ok {
			return errors.New("unterminated <c>: unexpected end of sheet")
		}
		if r.s.closing {
			if string(r.s.name) == "c" {
				return nil
			}
			continue
		}
		if err := r.readCellChild(a); err != nil {
			return err
		}
	}
}

// readCellChild handles one start tag inside a cell.
func (r *Rows) readCellChild(a cellAttrs) error {
	switch string(r.s.name) {
	case "v":
		r.s.text = r.s.text[:0]
		if !r.s.selfClose {
			if err := r.s.readText(); err != nil {
				return err
			}
		}
		return r.addValue(a, r.s.text)
	case "is":
		text, err := r.s.richTextBytes("is")
		if err != nil {
			return err
		}
		r.addText(a.col, text)
	}
	return nil
}

// addValue records the text of a cell's <v> according to its type.
func (r *Rows) addValue(a cellAttrs, v []byte) error {
	switch a.typ {
	case typeShared:
		i, err := strconv.Atoi(string(v))
		if err != nil || i < 0 || i >= len(r.sst) {
			return fmt.Errorf("shared string index %q out of range (have %d)", v, len(r.sst))
		}
		r.cells = append(r.cells, cell{col: a.col, str: r.sst[i], shared: true})
		return nil
	case typeBool:
		v = boolText(v)
	case typeInline, typeFormula:
		v = unescapeXString(v)
	case typeISODate:
		v = isoCellText(v, r.dateKind(a.style))
	}
	start := len(r.vals)
	r.vals = r.appendValue(r.vals, a, v)
	r.cells = append(r.cells, cell{col: a.col, start: start, end: len(r.vals)})
	return nil
}

// addText records a cell whose text needs no conversion.
func (r *Rows) addText(col int, text []byte) {
	start := len(r.vals)
	r.vals = append(r.vals, text...)
	r.cells = append(r.cells, cell{col: col, start: start, end: len(r.vals)})
}

// Boolean cell texts. Package-level so that converting a cell does not
// allocate; never modified.
var (
	textTrue  = []byte("TRUE")
	textFalse = []byte("FALSE")
)

// boolText spells a boolean cell's 1 or 0 as Excel shows it; anything
// else is kept as written.
func boolText(v []byte) []byte {
	switch string(v) {
	case "1":
		return textTrue
	case "0":
		return textFalse
	}
	return v
}

// appendValue appends a number, converting it to ISO text when its style
// shows a date or time; other values are appended as they are.
func (r *Rows) appendValue(dst []byte, a cellAttrs, v []byte) []byte {
	if kind := r.dateKind(a.style); a.typ == typeNumber && kind != notDate {
		if out, ok := appendSerial(dst, v, kind, r.date1904); ok {
			return out
		}
	}
	return append(dst, v...)
}

// dateKind returns how cell format style shows numbers.
func (r *Rows) dateKind(style int) dateKind {
	if style < len(r.dates) {
		return r.dates[style]
	}
	return notDate
}

// isoCellText shapes the ISO 8601 text of a t="d" cell like converted
// serial dates: "2024-03-05T14:05:00.000Z" becomes "2024-03-05 14:05:00",
// or "2024-03-05" under a date-only format. Other shapes stay as written.
// It works in place, only ever shortening v.
func isoCellText(v []byte, kind dateKind) []byte {
	const dateLen, dateTimeLen = len("2006-01-02"), len("2006-01-02T15:04:05")
	if len(v) < dateTimeLen || v[dateLen] != 'T' {
		return v
	}
	if kind == dateOnly {
		return v[:dateLen]
	}
	v[dateLen] = ' '
	return v[:dateTimeLen]
}

// parseCellAttrs reads r, s and t of a <c> tag.
func parseCellAttrs(attrs []byte) (cellAttrs, error) {
	var a cellAttrs
	for i := 0; ; {
		name, val, next, ok := nextAttr(attrs, i)
		if !ok {
			return a, nil
		}
		i = next
		if len(name) != 1 {
			continue
		}
		var err error
		switch name[0] {
		case 'r':
			a.col, err = parseColumn(val)
		case 's':
			a.style, err = parseUint(val)
		case 't':
			a.typ = parseType(val)
		}
		if err != nil {
			return a, err
		}
	}
}

// parseType maps a t attribute to its cellType; unknown types read as
// numbers, i.e. raw text.
func parseType(t []byte) cellType {
	switch string(t) {
	case "s":
		return typeShared
	case "inlineStr":
		return typeInline
	case "str":
		return typeFormula
	case "b":
		return typeBool
	case "e":
		return typeError
	case "d":
		return typeISODate
	}
	return typeNumber
}

// parseColumn returns the 1-based column of a cell reference like "AB12".
func parseColumn(ref []byte) (int, error) {
	col, i := 0, 0
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20 // ASCII lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a') + 1
		if col > maxCols {
			return 0, fmt.Errorf("cell reference %q: column beyond %s", ref, columnName(maxCols))
		}
	}
	if i == 0 {
		return 0, fmt.Errorf("bad cell reference %q", ref)
	}
	return col, nil
}

// rowNumber reads the r attribute of a <row>; without one, the row
// follows prev.
func rowNumber(attrs []byte, prev int) (int, error) {
	for i := 0; ; {
		name, val, next, ok := nextAttr(attrs, i)
		if !ok {
			break
		}
		if string(name) == "r" {
			n, err := parseUint(val)
			if err != nil || n < 1 || n > maxRows {
				return 0, fmt.Errorf("bad row number %q", val)
			}
			return n, nil
		}
		i = next
	}
	if prev >= maxRows {
		return 0, errors.New("more rows than a sheet can hold")
	}
	return prev + 1, nil
}

// parseUint parses a small non-negative decimal without allocating.
func parseUint(b []byte) (int, error) {
	if len(b) == 0 || len(b) > 9 {
		return 0, fmt.Errorf("bad number %q", b)
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad number %q", b)
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

// columnName returns the letters of a 1-based column: 1 is A, 28 is AB.
func columnName(col int) string {
	var b []byte
	for col > 0 {
		col--
		b = append([]byte{byte('A' + col%26)}, b...)
		col /= 26
	}
	return string(b)
}
