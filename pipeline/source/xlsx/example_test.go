package xlsx_test

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/xuri/excelize/v2"

	"whyno/pipeline/source/xlsx"
)

// Example streams a small call log: a shared string, a number, a date
// cell shown as ISO text and a gap (column C is empty).
func Example() {
	dir, err := os.MkdirTemp("", "xlsx-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "calls.xlsx")
	if err := writeCallLog(path); err != nil {
		fmt.Println(err)
		return
	}

	f, err := xlsx.Open(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	fmt.Println(f.Sheets())
	rows, err := f.Rows("Opkald")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		fmt.Printf("%d %q\n", rows.RowNumber(), rows.Row())
	}
	if err := rows.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// [Opkald]
	// 1 ["Kunde" "Minutter" "" "Dato"]
	// 3 ["Bjørn & Co" "12.5" "" "2024-03-05"]
}

// writeCallLog writes the example's workbook with excelize.
func writeCallLog(path string) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Opkald"); err != nil {
		return err
	}
	cells := []struct {
		ref string
		val any
	}{
		{"A1", "Kunde"}, {"B1", "Minutter"}, {"D1", "Dato"},
		{"A3", "Bjørn & Co"}, {"B3", 12.5}, {"D3", time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)},
	}
	for _, c := range cells {
		if err := f.SetCellValue("Opkald", c.ref, c.val); err != nil {
			return err
		}
	}
	style, err := f.NewStyle(&excelize.Style{NumFmt: 14}) // 14: the built-in short date
	if err != nil {
		return err
	}
	if err := f.SetCellStyle("Opkald", "D3", "D3", style); err != nil {
		return err
	}
	return f.SaveAs(path)
}
