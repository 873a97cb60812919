// Package reports builds the monthly "why did they say no" report from the
// named queries of package queries and renders it: PNG charts, a PDF, an
// XLSX workbook, an iCalendar file of due callbacks and a Markdown summary.
//
// Build runs the queries and returns a Model of plain structs; every
// renderer takes only the Model, so the same Model always renders to the
// same bytes. Write does both and moves the finished files into place.
package reports
