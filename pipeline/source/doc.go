// Package source turns call exports (CRM CSVs, home-made sheets, often
// Danish-formatted) into whyno's canonical call fields.
//
// The steps, in the order a file meets them:
//
//   - Sniff reads the first SniffSize bytes and finds the encoding, the
//     delimiter, the header row (past any preamble), the decimal and
//     thousands separators and the date order.
//   - NewUTF8Reader transcodes windows-1252 and UTF-16 to UTF-8;
//     ReadHeader returns the column names.
//   - DetectPreset picks a built-in mapping from the header, or the user
//     gives one (LoadMapping). A Mapping says which column feeds each
//     canonical field (Fields); Resolve binds it to a header.
//   - The warehouse compiles the resolved mapping to SQL over DuckDB's
//     read_csv. ParseTime, ParseNumber, ParseDuration, ParseExcelSerial and
//     NormalizePhone are the reference the SQL is tested against, and Reader
//     applies them in Go for commands that need no warehouse.
//
// Mapping files and presets are documented in docs/mapping.md.
package source
