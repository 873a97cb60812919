package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
)

// Sentinel errors, matched with errors.Is.
var (
	// ErrNotXLSX means the file is not a zip archive or is truncated.
	ErrNotXLSX = errors.New("xlsx: not an xlsx file (not a zip archive, or truncated)")
	// ErrEncrypted means the file is an OLE2 compound file: Excel stores
	// password-protected workbooks that way, and legacy .xls files too.
	ErrEncrypted = errors.New("xlsx: password-protected or legacy .xls file (save it as .xlsx without a password)")
	// ErrNoWorkbook means the zip archive holds no workbook part.
	ErrNoWorkbook = errors.New("xlsx: no workbook in archive")
	// ErrSheetNotFound means Rows was asked for a sheet the workbook lacks.
	ErrSheetNotFound = errors.New("xlsx: sheet not found")
)

// ole2Magic starts every OLE2 compound file (encrypted OOXML, .xls).
var ole2Magic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// File is an open XLSX workbook. Its methods may be called from several
// goroutines, and several Rows may stream at once.
type File struct {
	zr       *zip.ReadCloser
	parts    map[string]*zip.File // by normalised part name
	sheets   []sheetRef
	date1904 bool
	dates    []dateKind // per cell format (cellXfs) index

	sstOnce sync.Once
	sstPart string
	sst     []string
	sstErr  error
}

// sheetRef names a sheet and the zip part that holds it.
type sheetRef struct {
	name string
	part string
}

// Open opens an XLSX file and reads its workbook, relationships and
// styles; shared strings are read when the first sheet is streamed.
func Open(path string) (*File, error) {
	if err := checkMagic(path); err != nil {
		return nil, err
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w: %v", path, ErrNotXLSX, err)
	}
	f := &File{zr: zr, parts: indexParts(zr.File)}
	if err := f.readWorkbook(); err != nil {
		_ = zr.Close() // the read error is the one worth reporting
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return f, nil
}

// checkMagic refuses OLE2 compound files before zip gives a vaguer error.
func checkMagic(path string) error {
	fh, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer fh.Close() // read-only: a close error changes nothing
	head := make([]byte, len(ole2Magic))
	if _, err := io.ReadFull(fh, head); err != nil {
		return fmt.Errorf("open %s: %w: %v", path, ErrNotXLSX, err)
	}
	if bytes.Equal(head, ole2Magic) {
		return fmt.Errorf("open %s: %w", path, ErrEncrypted)
	}
	return nil
}

// indexParts maps normalised part names to zip entries. Part names in an
// OPC package are case-insensitive; some writers also use a leading '/'
// or Windows separators.
func indexParts(files []*zip.File) map[string]*zip.File {
	m := make(map[string]*zip.File, len(files))
	for _, zf := range files {
		key := partKey(zf.Name)
		if _, dup := m[key]; !dup {
			m[key] = zf
		}
	}
	return m
}

func partKey(name string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	return strings.ToLower(strings.TrimPrefix(name, "/"))
}

// openPart opens the named part for reading.
func (f *File) openPart(name string) (io.ReadCloser, error) {
	zf, ok := f.parts[partKey(name)]
	if !ok {
		return nil, fmt.Errorf("part %s: %w", name, fs.ErrNotExist)
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, fmt.Errorf("part %s: %w", name, err)
	}
	return rc, nil
}

// hasPart reports whether the archive holds the named part.
func (f *File) hasPart(name string) bool {
	_, ok := f.parts[partKey(name)]
	return ok
}

// Close closes the file. Rows opened from it must not be used afterwards.
func (f *File) Close() error {
	if err := f.zr.Close(); err != nil {
		return fmt.Errorf("close xlsx: %w", err)
	}
	return nil
}

// Sheets returns the sheet names in workbook order, hidden sheets included.
func (f *File) Sheets() []string {
	names := make([]string, len(f.sheets))
	for i, s := range f.sheets {
		names[i] = s.name
	}
	return names
}

// findSheet finds the named sheet. An exact match wins; else the name is
// matched case-insensitively, as Excel treats sheet names.
func (f *File) findSheet(name string) (sheetRef, error) {
	for _, s := range f.sheets {
		if s.name == name {
			return s, nil
		}
	}
	for _, s := range f.sheets {
		if strings.EqualFold(s.name, name) {
			return s, nil
		}
	}
	return sheetRef{}, fmt.Errorf("%w: %q (have %q)", ErrSheetNotFound, name, f.Sheets())
}
