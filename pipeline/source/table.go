package source

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"whyno/pipeline/source/xlsx"
)

// Table is a small table read whole: its header and its rows as text, with
// the row number a spreadsheet shows for each. The stateless commands
// (whyno classify, whyno eval) read their input with it; the warehouse
// streams instead.
type Table struct {
	Header  []string
	Rows    [][]string
	Numbers []int
}

// ReadTable reads a CSV/TSV/;-separated file (sniffed as for ingest) or the
// first sheet of an .xlsx workbook (or sheet, when given) that has a header.
func ReadTable(path, sheet string) (*Table, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
		return readXLSXTable(path, sheet)
	}
	return readCSVTable(path)
}

func readCSVTable(path string) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, SniffSize)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	d, err := Sniff(head[:n])
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	r, err := NewUTF8Reader(f, d.Encoding)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cr := csv.NewReader(r)
	cr.Comma = rune(d.DelimiterByte())
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	t := &Table{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		line, _ := cr.FieldPos(0)
		switch {
		case line < max(d.HeaderRow, 1):
			continue
		case t.Header == nil:
			t.Header = rec
		default:
			t.Rows = append(t.Rows, rec)
			t.Numbers = append(t.Numbers, line)
		}
	}
	if t.Header == nil {
		return nil, fmt.Errorf("%s: %w", path, ErrNoHeader)
	}
	return t, nil
}

func readXLSXTable(path, sheet string) (*Table, error) {
	f, err := xlsx.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	sheets := f.Sheets()
	if sheet != "" {
		sheets = []string{sheet}
	}
	for _, s := range sheets {
		t, err := readSheet(f, s)
		if err != nil {
			return nil, fmt.Errorf("%s[%s]: %w", path, s, err)
		}
		if t.Header != nil {
			return t, nil
		}
	}
	return nil, fmt.Errorf("%s: %w", path, ErrNoHeader)
}

// readSheet takes the first row with two or more cells as the header.
func readSheet(f *xlsx.File, sheet string) (*Table, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	t := &Table{}
	for rows.Next() {
		cells := rows.Row()
		filled := 0
		for _, c := range cells {
			if strings.TrimSpace(c) != "" {
				filled++
			}
		}
		switch {
		case t.Header == nil && filled >= 2:
			t.Header = append([]string(nil), cells...)
		case t.Header != nil && filled > 0:
			t.Rows = append(t.Rows, append([]string(nil), cells...))
			t.Numbers = append(t.Numbers, rows.RowNumber())
		}
	}
	return t, rows.Err()
}

// Column returns the index of the first header matching one of names
// (compared with NormalizeHeader), or -1.
func (t *Table) Column(names ...string) int {
	for _, n := range names {
		for i, h := range t.Header {
			if NormalizeHeader(h) == NormalizeHeader(n) {
				return i
			}
		}
	}
	return -1
}

// Cell returns row r's value in column c, "" when the row is short or c < 0.
func (t *Table) Cell(r, c int) string {
	if c < 0 || c >= len(t.Rows[r]) {
		return ""
	}
	return t.Rows[r][c]
}
