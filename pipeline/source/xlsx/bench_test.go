package xlsx

import (
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// benchRows is the size of the benchmark sheet: a large CRM export.
const benchRows = 200_000

// writeBenchBook writes a sheet of benchRows rows and 8 columns, typed
// like a call log: id, company, phone, call time (a date-time style),
// duration, reached, note with Danish letters, status.
func writeBenchBook(b *testing.B) string {
	b.Helper()
	return saveBook(b, func(f *excelize.File) error {
		sw, err := f.NewStreamWriter("Sheet1")
		if err != nil {
			return err
		}
		header := []any{"id", "firma", "telefon", "opkaldt", "varighed", "kontakt", "note", "status"}
		if err := sw.SetRow("A1", header); err != nil {
			return err
		}
		start := time.Date(2024, 1, 2, 8, 0, 0, 0, time.UTC)
		row := make([]any, 8)
		for i := range benchRows {
			row[0] = i + 1
			row[1] = fmt.Sprintf("Firma %d ApS", i%5000)
			row[2] = fmt.Sprintf("+45 %08d", 20000000+i)
			row[3] = start.Add(time.Duration(i) * 97 * time.Second)
			row[4] = float64(i%600) + 0.5
			row[5] = i%3 != 0
			row[6] = fmt.Sprintf("Ring tilbage på torsdag, kunden ønsker tilbud på %d stk. æøå", i%40)
			row[7] = "callback"
			cell, _ := excelize.CoordinatesToCellName(1, i+2) // valid by construction
			if err := sw.SetRow(cell, row); err != nil {
				return err
			}
		}
		return sw.Flush()
	})
}

func BenchmarkRows200k(b *testing.B) {
	path := writeBenchBook(b)
	b.ReportAllocs()
	rows := 0
	for b.Loop() {
		rows += countRows(b, path)
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}

// countRows streams the sheet and checks its size and a date cell.
func countRows(b *testing.B, path string) int {
	f, err := Open(path)
	if err != nil {
		b.Fatalf("open: %v", err)
	}
	defer f.Close()
	rows, err := f.Rows("Sheet1")
	if err != nil {
		b.Fatalf("rows: %v", err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		if n == 1 && rows.Row()[3] != "2024-01-02 08:00:00" {
			b.Fatalf("got date %q, want 2024-01-02 08:00:00", rows.Row()[3])
		}
		n++
	}
	if err := rows.Err(); err != nil {
		b.Fatalf("rows: %v", err)
	}
	if n != benchRows+1 {
		b.Fatalf("got %d rows, want %d", n, benchRows+1)
	}
	return n
}

// BenchmarkExcelizeRawRows200k is the baseline: excelize's streaming
// Rows with raw cell values, dates converted with ExcelDateToTime.
func BenchmarkExcelizeRawRows200k(b *testing.B) {
	path := writeBenchBook(b)
	b.ReportAllocs()
	rows := 0
	for b.Loop() {
		rows += excelizeCountRows(b, path)
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}

func excelizeCountRows(b *testing.B, path string) int {
	f, err := excelize.OpenFile(path)
	if err != nil {
		b.Fatalf("open: %v", err)
	}
	defer f.Close()
	rows, err := f.Rows("Sheet1")
	if err != nil {
		b.Fatalf("rows: %v", err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			b.Fatalf("columns: %v", err)
		}
		if n > 0 {
			serial, err := strconv.ParseFloat(cols[3], 64)
			if err != nil {
				b.Fatalf("date %q: %v", cols[3], err)
			}
			if _, err := excelize.ExcelDateToTime(serial, false); err != nil {
				b.Fatalf("date %q: %v", cols[3], err)
			}
		}
		n++
	}
	if n != benchRows+1 {
		b.Fatalf("got %d rows, want %d", n, benchRows+1)
	}
	return n
}
