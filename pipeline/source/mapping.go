package source

// A Mapping says how one export's columns become whyno's canonical call.
// Every built-in preset is a Mapping written in YAML (presets/*.yaml,
// embedded), in exactly the format a user writes for --mapping, so a user
// can copy a preset and adapt it.
//
// Example (the UCI bank file, see testdata/mappings/bank-marketing.yaml):
//
//	name: bank-marketing
//	description: UCI bank telemarketing (one row per client, last contact)
//	fields:
//	  month:       {column: month}
//	  weekday:     {column: day_of_week}
//	  duration_s:  {column: duration, unit: s}
//	  attempt:     {column: campaign}
//	  disposition: {column: y}
//	  outcome:     {column: y, values: {yes: meeting, no: no}}
//	  direction:   {value: outbound}
type Mapping struct {
	// Name identifies the source in the warehouse (calls.source) and on the
	// command line (--source NAME).
	Name        string `yaml:"name"`
	Description string `yaml:"description"`
	// Detect lists the header names that identify this export. A file whose
	// header row holds all of Require (case- and space-insensitive) matches;
	// among matching presets the one with the most Require+Any hits wins.
	Detect Detect `yaml:"detect"`
	// Timezone is the zone the file's timestamps are written in. Empty means
	// local wall-clock time in the run's --tz. "UTC" (or any IANA name)
	// converts to --tz on load.
	Timezone string `yaml:"timezone"`
	// CSV overrides what the sniffer finds. Empty fields mean "sniff".
	CSV Dialect `yaml:"csv"`
	// Fields maps canonical field names (see Fields) to where their value
	// comes from.
	Fields map[string]Field `yaml:"fields"`

	// Path and Line locate the mapping for error messages; set by the loader.
	Path string `yaml:"-"`
}

// Detect holds the header names that identify an export.
type Detect struct {
	Require []string `yaml:"require"`
	Any     []string `yaml:"any"`
	// MinAny is how many of Any must be present besides Require, for
	// exports (home-made sheets) that no single column identifies.
	MinAny int `yaml:"min_any"`
}

// Field says where one canonical value comes from: a column (the first of
// the candidates present in the header), or a constant Value. Values maps raw
// values (case-insensitive, trimmed) to canonical ones; a raw value missing
// from the map is kept as it is unless Strict is set, in which case the row
// is rejected.
type Field struct {
	Column  Columns           `yaml:"column"`
	Value   string            `yaml:"value"`
	Values  map[string]string `yaml:"values"`
	Strict  bool              `yaml:"strict"`
	Formats []string          `yaml:"formats"` // date/time formats, strptime style (%d-%m-%Y)
	Unit    string            `yaml:"unit"`    // durations: ms, s, min, hms
	// Time names a separate time-of-day column for called_at, where an export
	// splits date and time (Pipedrive's "Due date" + "Due time").
	Time Columns `yaml:"time"`
	// Required makes Resolve fail when none of the candidate columns is in
	// the file; otherwise such a field is left unmapped.
	Required bool `yaml:"required"`

	Line int `yaml:"-"` // line of the field in the mapping file
}

// Columns is one column name or a list of candidates; YAML accepts either
// `column: Notes` or `column: [Notes, "Call notes"]`.
type Columns []string

// Dialect is how a delimited text file is written.
type Dialect struct {
	Encoding  string `yaml:"encoding"`  // utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1
	Delimiter string `yaml:"delimiter"` // one character; "\t" for TSV
	Quote     string `yaml:"quote"`
	Decimal   string `yaml:"decimal"`   // "." or ","
	Thousands string `yaml:"thousands"` // "", ".", ",", " "
	DateOrder string `yaml:"date_order"`
	HeaderRow int    `yaml:"header_row"` // 1-based line of the header; 0 = sniff
}

// The canonical fields a mapping may fill. Every one becomes a column of the
// warehouse's calls table (docs/warehouse.md).
const (
	FieldRecordID    = "record_id"   // the export's own id of the call; keys re-imports
	FieldCalledAt    = "called_at"   // date and time of the call
	FieldMonth       = "month"       // partial time: month name or number, no year
	FieldWeekday     = "weekday"     // partial time: weekday name or number
	FieldRep         = "rep"         // who made the call
	FieldTeam        = "team"        // the rep's team
	FieldCompany     = "company"     // prospect company
	FieldContact     = "contact"     // person spoken to or asked for
	FieldPhone       = "phone"       // number called (normalised, +45 default)
	FieldIndustry    = "industry"    // prospect's industry
	FieldSize        = "size"        // prospect's size (employees or a band)
	FieldDirection   = "direction"   // outbound or inbound
	FieldDuration    = "duration_s"  // call length; Unit says what the column holds
	FieldAttempt     = "attempt"     // number of contacts with this prospect, this one included
	FieldDisposition = "disposition" // the export's structured outcome, raw
	FieldOutcome     = "outcome"     // a taxonomy outcome given by the export (via Values)
	FieldSubject     = "subject"     // activity subject line
	FieldNote        = "note"        // the rep's free-text note
)

// Fields lists the canonical fields in their warehouse order.
var Fields = []string{
	FieldRecordID, FieldCalledAt, FieldMonth, FieldWeekday, FieldRep, FieldTeam,
	FieldCompany, FieldContact, FieldPhone, FieldIndustry, FieldSize, FieldDirection,
	FieldDuration, FieldAttempt, FieldDisposition, FieldOutcome, FieldSubject, FieldNote,
}
