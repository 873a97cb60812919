package source

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestReadTableCSV(t *testing.T) {
	tests := []struct {
		name, path string
		wantCol    string
		wantRows   int
		wantFirst  int // spreadsheet row number of the first data row
	}{
		{name: "cp1252 with preamble", path: "../../testdata/sources/generic/dansk_cp1252.csv", wantCol: "Medarbejder", wantRows: 15, wantFirst: 4},
		{name: "utf-8 with BOM", path: "../../testdata/sources/generic/dansk_utf8_bom.csv", wantCol: "Medarbejder", wantRows: 15, wantFirst: 4},
		{name: "hubspot", path: "../../testdata/sources/hubspot/calls.csv", wantCol: "Call notes", wantRows: 20, wantFirst: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := ReadTable(tt.path, "")
			if err != nil {
				t.Fatal(err)
			}
			if tab.Column(tt.wantCol) < 0 {
				t.Errorf("no column %q in %q", tt.wantCol, tab.Header)
			}
			if len(tab.Rows) != tt.wantRows || tab.Numbers[0] != tt.wantFirst {
				t.Errorf("got %d rows starting at row %d, want %d at %d", len(tab.Rows), tab.Numbers[0], tt.wantRows, tt.wantFirst)
			}
		})
	}
}

func TestReadTableXLSX(t *testing.T) {
	f := excelize.NewFile()
	rows := [][]any{{"Rapport over opkald"}, {}, {"Dato", "Note"}, {"03-06-2026", "ring igen uge 34"}, {}, {"04-06-2026", "vm"}}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "notes.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	tab, err := ReadTable(path, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Column("note"); got != 1 {
		t.Fatalf("note column = %d, want 1 (header %q)", got, tab.Header)
	}
	if len(tab.Rows) != 2 || tab.Numbers[1] != 6 || tab.Cell(1, 1) != "vm" {
		t.Errorf("rows %q numbers %v, want 2 rows, the second on row 6 with note vm", tab.Rows, tab.Numbers)
	}
}
