package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"whyno/queries"
)

// outputFormat is a --format value: table, csv, json or md.
type outputFormat string

func (f *outputFormat) String() string { return string(*f) }
func (f *outputFormat) Type() string   { return "format" }
func (f *outputFormat) Set(s string) error {
	switch s {
	case "table", "csv", "json", "md":
		*f = outputFormat(s)
		return nil
	}
	return fmt.Errorf("%q is not one of table, csv, json, md", s)
}

// writeResult prints a query result in the chosen format.
func writeResult(w io.Writer, res *queries.Result, format outputFormat) error {
	switch format {
	case "csv":
		return writeCSV(w, res)
	case "json":
		return writeJSONRows(w, res)
	case "md":
		return writeMarkdown(w, res)
	}
	return writeTable(w, res)
}

// cellText renders one value: dates as YYYY-MM-DD, timestamps to the
// second, floats in their shortest exact form, NULL as empty.
func cellText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case time.Time:
		if v.Hour() == 0 && v.Minute() == 0 && v.Second() == 0 && v.Nanosecond() == 0 {
			return v.Format("2006-01-02")
		}
		return v.Format("2006-01-02 15:04:05")
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case float32:
		return strconv.FormatFloat(float64(v), 'f', -1, 32)
	case []byte:
		return string(v)
	case *big.Int:
		return v.String()
	}
	return fmt.Sprint(v)
}

// safeCell keeps a spreadsheet from reading text as a formula: a text that
// starts with =, +, - or @ (and is not a number) gets a leading apostrophe.
func safeCell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@", rune(s[0])) {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}

func writeCSV(w io.Writer, res *queries.Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(res.Columns); err != nil {
		return err
	}
	rec := make([]string, len(res.Columns))
	for _, row := range res.Rows {
		for i, v := range row {
			rec[i] = safeCell(cellText(v))
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeJSONRows prints an array of objects with keys in column order.
func writeJSONRows(w io.Writer, res *queries.Result) error {
	var sb strings.Builder
	sb.WriteString("[")
	for r, row := range res.Rows {
		if r > 0 {
			sb.WriteString(",")
		}
		sb.WriteString("\n  {")
		for i, v := range row {
			if i > 0 {
				sb.WriteString(", ")
			}
			k, _ := json.Marshal(res.Columns[i])
			sb.Write(k)
			sb.WriteString(": ")
			sb.WriteString(jsonValue(v))
		}
		sb.WriteString("}")
	}
	sb.WriteString("\n]\n")
	_, err := io.WriteString(w, sb.String())
	return err
}

func jsonValue(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case int, int8, int16, int32, int64, uint8, uint16, uint32, uint64, bool:
		return fmt.Sprint(v)
	case float64, float32:
		return cellText(v)
	}
	b, _ := json.Marshal(cellText(v)) // a string always marshals
	return string(b)
}

// writeTable prints aligned columns for a terminal; floats get 4 decimals.
func writeTable(w io.Writer, res *queries.Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(res.Columns, "\t"))
	for _, row := range res.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			if f, ok := v.(float64); ok {
				cells[i] = strconv.FormatFloat(f, 'f', 4, 64)
			} else {
				cells[i] = strings.ReplaceAll(cellText(v), "\n", " ")
			}
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "(%d rows)\n", len(res.Rows))
	return err
}

func writeMarkdown(w io.Writer, res *queries.Result) error {
	var sb strings.Builder
	esc := func(s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(s, "|", `\|`), "\n", " ")
	}
	sb.WriteString("| " + strings.Join(res.Columns, " | ") + " |\n|")
	for range res.Columns {
		sb.WriteString(" --- |")
	}
	sb.WriteString("\n")
	for _, row := range res.Rows {
		sb.WriteString("|")
		for _, v := range row {
			sb.WriteString(" " + esc(cellText(v)) + " |")
		}
		sb.WriteString("\n")
	}
	_, err := io.WriteString(w, sb.String())
	return err
}
