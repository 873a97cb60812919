// Package xlsx streams the rows of XLSX (Office Open XML) workbooks fast
// and in bounded memory.
//
// Open reads the zip archive's directory, the workbook (sheet names, the
// 1900 or 1904 date system), its relationships and the styles, to know
// which number formats show dates. Rows then streams one sheet with a
// small XML scanner that never allocates per token; the common cell
// layouts are matched without tokenizing at all. A row costs one string
// allocation, however many cells it has. Only the current row and the
// shared string table are held in memory, never the whole sheet.
//
// # Cell text
//
// Cells come back as raw text, never formatted the way Excel displays
// them:
//   - numbers as stored ("1234.5", "1E-3");
//   - numbers under a date or time format as ISO text: "2024-03-05",
//     "2024-03-05 14:05:00" or "14:05:00", rounded to the second; elapsed
//     durations ([h]:mm:ss) as "36:05:00";
//   - booleans as TRUE or FALSE, errors as written (#N/A, #DIV/0!);
//   - shared, inline (rich text runs joined, phonetic runs left out) and
//     formula strings with entities and _xHHHH_ escapes decoded.
//
// Row returns cells in column order: missing cells are "", trailing
// empty cells are trimmed. Rows the file leaves out are not returned;
// RowNumber says which sheet row a row is. The <dimension> element is
// ignored, so sheets that claim A1 but hold many rows read fully.
//
// # Speed
//
// Measured on the 2-core development machine (AMD EPYC) with a
// 200,001-row, 8-column call log written by excelize's StreamWriter
// (ints, strings, a date-time, a float, a bool), while other jobs kept
// the machine's load average near 11:
//
//	go test -run '^$' -bench 'Rows200k' -benchtime 5x -count 2 ./pipeline/source/xlsx/
//	BenchmarkRows200k-2              5    510062463 ns/op   392111 rows/s     29802588 B/op     202741 allocs/op
//	BenchmarkRows200k-2              5    547546296 ns/op   365268 rows/s     29800729 B/op     202713 allocs/op
//	BenchmarkExcelizeRawRows200k-2   5   7462818362 ns/op    26800 rows/s   1756774875 B/op   35805950 allocs/op
//	BenchmarkExcelizeRawRows200k-2   5  10566180081 ns/op    18928 rows/s   1756773699 B/op   35805946 allocs/op
//
// That is about 15 times excelize's Rows with RawCellValue (dates
// converted with ExcelDateToTime), with one allocation per row instead of
// 179. Inflating the zip stream is some 40% of the CPU time; it runs on
// a second goroutine, so with a core to spare the scanner sets the pace
// (about 400,000 rows per CPU-second here).
package xlsx
