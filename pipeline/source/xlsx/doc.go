// Package xlsx streams the rows of XLSX (Office Open XML) workbooks fast
// and in bounded memory.
//
// It opens the zip archive itself, reads the workbook, its relationships,
// the styles (to know which number formats are dates) and the shared
// strings, then tokenizes the sheet XML with a small scanner that never
// allocates per token. Each row costs one string allocation, however many
// cells it has. Only the current row and the shared string table are held
// in memory.
//
// Cells come back as raw text: numbers as written ("1234.5"), dates and
// times as ISO text, booleans as TRUE/FALSE, errors as Excel writes them
// (#N/A). Nothing is formatted the way Excel would display it.
package xlsx
