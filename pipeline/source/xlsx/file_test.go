package xlsx

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestOpenErrors(t *testing.T) {
	valid := func(t *testing.T) []byte {
		t.Helper()
		data, err := os.ReadFile(saveBook(t, func(f *excelize.File) error {
			return f.SetCellValue("Sheet1", "A1", "x")
		}))
		if err != nil {
			t.Fatalf("read fixture: %v", err)
		}
		return data
	}
	tests := []struct {
		name    string
		data    func(t *testing.T) []byte
		wantErr error
	}{
		{
			name:    "random bytes",
			data:    func(*testing.T) []byte { return randomBytes(4096) },
			wantErr: ErrNotXLSX,
		},
		{
			name:    "empty file",
			data:    func(*testing.T) []byte { return nil },
			wantErr: ErrNotXLSX,
		},
		{
			name: "OLE2 compound file",
			data: func(*testing.T) []byte {
				return append(append([]byte(nil), ole2Magic...), randomBytes(512)...)
			},
			wantErr: ErrEncrypted,
		},
		{
			name:    "truncated",
			data:    func(t *testing.T) []byte { d := valid(t); return d[:len(d)*2/3] },
			wantErr: ErrNotXLSX,
		},
		{
			name: "zip without workbook",
			data: func(t *testing.T) []byte {
				return zipBytes(t, map[string]string{"word/document.xml": "<document/>"})
			},
			wantErr: ErrNoWorkbook,
		},
		{
			name: "valid",
			data: valid,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Open(writeTemp(t, tt.data(t)))
			if err == nil {
				defer f.Close()
			}
			if !errors.Is(err, tt.wantErr) || (err != nil) != (tt.wantErr != nil) {
				t.Fatalf("got error %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func TestOpenMissingFile(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "absent.xlsx"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("got error %v, want os.ErrNotExist", err)
	}
}

func TestOpenErrorMessages(t *testing.T) {
	path := writeTemp(t, append(append([]byte(nil), ole2Magic...), make([]byte, 64)...))
	_, err := Open(path)
	want := "open " + path + ": xlsx: password-protected or legacy .xls file (save it as .xlsx without a password)"
	if err == nil || err.Error() != want {
		t.Errorf("got error %v, want %q", err, want)
	}
}

// randomBytes returns n bytes from a fixed seed, so tests repeat.
func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2)) // fixed seed: deterministic input
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}
