package synth

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestWriteXLSX reads the workbook back and compares it with the CSV
// export: same header, same rows, dates shown the same way.
func TestWriteXLSX(t *testing.T) {
	opts := Options{Reps: 3, Companies: 60, Seed: 8, Calls: 3000, AsOf: day0("2026-02-28")}
	var csvBuf, a, b bytes.Buffer
	if _, err := Generate(&csvBuf, opts); err != nil {
		t.Fatal(err)
	}
	st, err := WriteXLSX(&a, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := WriteXLSX(&b, opts); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two workbooks from the same options differ")
	}
	f, err := excelize.OpenReader(&a)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dim, err := f.GetSheetDimension(Sheet)
	if err != nil {
		t.Fatal(err)
	}
	if want := "A1:M" + itoa(st.Calls+1); dim != want {
		t.Errorf("dimension %s, want %s", dim, want)
	}
	got, err := f.GetRows(Sheet)
	if err != nil {
		t.Fatal(err)
	}
	want := readRows(t, csvBuf.Bytes())
	if diff := cmp.Diff(Header(), got[0]); diff != "" {
		t.Fatalf("header (-want +got):\n%s", diff)
	}
	got = got[1:]
	for i := range got { // GetRows drops trailing empty cells
		for len(got[i]) < len(Header()) {
			got[i] = append(got[i], "")
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-csv +xlsx):\n%s", diff)
	}
}

func itoa(n int) string { return string(appendInt(nil, n)) }

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}
