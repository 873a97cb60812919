package xlsx

import (
	"errors"
	"fmt"
	"io"
)

// Sheet size limits of Excel (ECMA-376 and Excel's specifications).
const (
	maxCols = 16384   // column XFD
	maxRows = 1048576 // row 1,048,576
)

// Rows streams the rows of one sheet. Only the current row is held in
// memory. Use it like bufio.Scanner:
//
//	for rows.Next() {
//		use(rows.RowNumber(), rows.Row())
//	}
//	if err := rows.Err(); err != nil { … }
type Rows struct {
	sheet    string
	rc       io.ReadCloser
	ra       *readAhead // reads rc on a second goroutine
	s        *scanner
	sst      []string
	dates    []dateKind
	date1904 bool

	row    []string
	rowNum int
	cells  []cell // the current row's cells, in file order
	vals   []byte // the current row's non-shared cell texts, end to end
	inData bool   // inside <sheetData>
	done   bool
	err    error
}

// cell is one parsed cell of the current row: either a shared string or
// the span vals[start:end].
type cell struct {
	col        int // 1-based
	start, end int
	str        string
	shared     bool
}

// Rows starts streaming the named sheet. Sheet names match exactly, or
// else case-insensitively. The sheet is inflated on a second goroutine,
// ahead of the scanner; it ends when Next reports false or at Close. The
// caller must Close the Rows.
func (f *File) Rows(sheet string) (*Rows, error) {
	return f.rows(sheet, nil)
}

// rows is Rows with an optional wrapper around the sheet's stream, which
// tests use to feed the scanner in small pieces.
func (f *File) rows(sheet string, wrap func(io.Reader) io.Reader) (*Rows, error) {
	ref, err := f.findSheet(sheet)
	if err != nil {
		return nil, err
	}
	sheet = ref.name // errors name the sheet as the workbook spells it
	sst, err := f.sharedStrings()
	if err != nil {
		return nil, fmt.Errorf("xlsx: shared strings: %w", err)
	}
	rc, err := f.openPart(ref.part)
	if err != nil {
		return nil, fmt.Errorf("xlsx: sheet %q: %w", sheet, err)
	}
	ra := newReadAhead(rc)
	var in io.Reader = ra
	if wrap != nil {
		in = wrap(ra)
	}
	return &Rows{
		sheet: sheet, rc: rc, ra: ra, s: newScanner(in),
		sst: sst, dates: f.dates, date1904: f.date1904,
	}, nil
}

// Next advances to the next row that the sheet stores, reporting false at
// the end of the sheet or on an error (see Err). Rows the file leaves out
// (empty rows) are skipped: RowNumber tells where a row sits.
func (r *Rows) Next() bool {
	if r.done {
		return false
	}
	for {
		ok, err := r.s.nextTag()
		if err != nil {
			return r.fail(0, err)
		}
		if !ok {
			if r.inData {
				return r.fail(0, errors.New("unexpected end of sheet data"))
			}
			r.finish()
			return false
		}
		if more, handled := r.step(); handled {
			return more
		}
	}
}

// step acts on the tag just read. handled is true when Next must return
// more.
func (r *Rows) step() (more, handled bool) {
	switch string(r.s.name) {
	case "sheetData":
		if r.s.closing || r.s.selfClose {
			r.finish()
			return false, true
		}
		r.inData = true
	case "row":
		if !r.inData || r.s.closing {
			return false, false
		}
		if err := r.readRow(); err != nil {
			return r.fail(0, err), true
		}
		return true, true
	}
	return false, false
}

// fail records err, located at column col of the current row (0: none).
func (r *Rows) fail(col int, err error) bool {
	var ce *cellError
	if errors.As(err, &ce) {
		col, err = ce.col, ce.err
	}
	r.err = &ParseError{Sheet: r.sheet, Row: r.rowNum, Col: col, Err: err}
	r.finish()
	return false
}

// finish ends the stream: Next reports false from now on, and the
// read-ahead goroutine stops at once rather than at Close.
func (r *Rows) finish() {
	r.done = true
	r.ra.stop()
}

// Row returns the current row's cell texts in column order: index 0 is
// column A, missing cells are "", trailing empty cells are trimmed (an
// empty row has length 0). The slice is reused by Next: copy it to keep
// it. The strings themselves stay valid.
func (r *Rows) Row() []string { return r.row }

// RowNumber returns the current row's 1-based number, as Excel shows it.
func (r *Rows) RowNumber() int { return r.rowNum }

// Err returns the error that stopped Next, if any. Errors in the sheet's
// content are *ParseError.
func (r *Rows) Err() error { return r.err }

// Close releases the sheet's stream.
func (r *Rows) Close() error {
	if r.rc == nil {
		return nil
	}
	r.finish()
	err := r.rc.Close()
	r.rc = nil
	if err != nil {
		return fmt.Errorf("xlsx: close sheet %q: %w", r.sheet, err)
	}
	return nil
}

// readRow reads the <row> whose start tag was just read, then builds the
// row slice.
func (r *Rows) readRow() error {
	num, err := rowNumber(r.s.attrs, r.rowNum)
	if err != nil {
		return err
	}
	r.rowNum = num
	r.cells, r.vals = r.cells[:0], r.vals[:0]
	if !r.s.selfClose {
		if err := r.readCells(); err != nil {
			return err
		}
	}
	r.buildRow()
	return nil
}

// readCells reads cells up to the </row> tag.
func (r *Rows) readCells() error {
	col := 0
	for {
		ok, err := r.s.nextTag()
		if err != nil {
			return err
		}
		if !ok {
			return errors.New("unterminated <row>: unexpected end of sheet")
		}
		switch name := string(r.s.name); {
		case name == "c" && !r.s.closing:
			if col, err = r.readCell(col); err != nil {
				return err
			}
		case name == "row" && r.s.closing:
			return nil
		}
	}
}

// buildRow turns r.cells into r.row, making one string for all the
// row's non-shared texts so that a row costs one allocation.
func (r *Rows) buildRow() {
	all := string(r.vals)
	width := 0
	for _, c := range r.cells {
		if c.col > width && (c.shared && c.str != "" || c.end > c.start) {
			width = c.col
		}
	}
	r.row = r.row[:0]
	for range width {
		r.row = append(r.row, "")
	}
	for _, c := range r.cells {
		switch {
		case c.col > width:
		case c.shared:
			r.row[c.col-1] = c.str
		default:
			r.row[c.col-1] = all[c.start:c.end]
		}
	}
}

// ParseError locates a problem in a sheet's content.
type ParseError struct {
	Sheet string
	Row   int // 1-based sheet row, 0 if before the first row
	Col   int // 1-based column, 0 if unknown
	Err   error
}

// Error formats the location as Excel names it: sheet "Calls" B12.
func (e *ParseError) Error() string {
	switch {
	case e.Row > 0 && e.Col > 0:
		return fmt.Sprintf("xlsx: sheet %q cell %s%d: %v", e.Sheet, columnName(e.Col), e.Row, e.Err)
	case e.Row > 0:
		return fmt.Sprintf("xlsx: sheet %q row %d: %v", e.Sheet, e.Row, e.Err)
	}
	return fmt.Sprintf("xlsx: sheet %q: %v", e.Sheet, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }
