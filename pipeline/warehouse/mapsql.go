package warehouse

import (
	"fmt"
	"sort"
	"strings"

	"whyno/pipeline/source"
)

// compiled is a mapping turned into SQL over a staging relation whose
// columns are c0..cN (VARCHAR, the file's columns in header order) and _row
// (the row number a spreadsheet shows). Every value is bound as a parameter;
// only quoted identifiers and fixed SQL text are formatted in.
//
// The stage is computed in layers: pre (helpers such as n_called_at),
// selects ("expr AS f_field", and "raw AS r_field" for checked fields),
// replace (a few f_ columns corrected from the parsed value), and outer,
// which keeps f_ columns and turns each check into bad_field: the raw value
// where it failed, NULL elsewhere. Only outer is stored, so raw text is
// kept only for the few values that are rejected.
type compiled struct {
	pre     []string // per-row helper columns computed before selects (n_field)
	selects []string // "expr AS f_field" and "raw AS r_field" items
	replace []string // "expr AS f_field": a selects column corrected a layer above
	outer   []string // the stored columns: f_field and bad_field
	checks  []check  // reject conditions, evaluated on the stage table
	args    []any    // positional parameters, in order of appearance
	fields  map[string]bool
}

// check is one way a row can be rejected: cond is true on stage rows that
// fail, column names the header column, value the raw text, reason the message.
type check struct {
	cond, column, value, reason string
}

// binding says where a field's value comes from.
type binding struct {
	field   source.Field
	col     int // index into the header, -1 for a constant
	timeCol int // called_at's separate time-of-day column, or -1
}

// compileOptions are the run's settings that shape the SQL.
type compileOptions struct {
	tz        string // --tz: the zone called_at is stored in
	defaultCC string // default country calling code for phones
	dialect   source.Dialect
	samples   map[string][]string // a few raw values per date field, to order its formats
}

func compileMapping(m *source.Mapping, header []string, b map[string]binding, o compileOptions) (*compiled, error) {
	c := &compiled{fields: map[string]bool{}}
	names := make([]string, 0, len(b))
	for f := range b {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		bd := b[f]
		c.fields[f] = true
		raw := c.rawExpr(f, bd)
		colName := "(constant)"
		if bd.col >= 0 {
			colName = header[bd.col]
		}
		if bd.timeCol >= 0 {
			// the value checked is both joined: either may be what is wrong
			colName += " + " + header[bd.timeCol]
		}
		c.field(f, bd, raw, colName, m, o)
	}
	return c, nil
}

// rawExpr is the trimmed raw text of a binding, NULL when empty. Free text
// (notes, subjects) is not trimmed: copying every long note through trim
// costs more than the rest of the row, and the classifier ignores the
// surrounding white space anyway.
func (c *compiled) rawExpr(field string, b binding) string {
	switch {
	case b.col < 0:
		return c.bind(b.field.Value)
	case field == source.FieldNote || field == source.FieldSubject:
		return fmt.Sprintf("nullif(c%d, '')", b.col)
	}
	return fmt.Sprintf("whyno_text(c%d)", b.col)
}

// bind adds a positional parameter and returns its placeholder.
func (c *compiled) bind(v any) string {
	c.args = append(c.args, v)
	return fmt.Sprintf("$%d", len(c.args))
}

func (c *compiled) add(field, expr string) {
	c.selects = append(c.selects, expr+" AS f_"+field)
	c.outer = append(c.outer, "f_"+field)
}

// reject checks a field: a row whose raw value is set but whose parsed value
// is NULL is rejected with reason. One check per field.
func (c *compiled) reject(field, raw, column, reason string) {
	for _, ch := range c.checks {
		if ch.value == "bad_"+field {
			return
		}
	}
	c.selects = append(c.selects, raw+" AS r_"+field)
	c.outer = append(c.outer, fmt.Sprintf("CASE WHEN f_%s IS NULL THEN r_%s END AS bad_%s", field, field, field))
	c.checks = append(c.checks, check{
		cond: "bad_" + field + " IS NOT NULL", column: column, value: "bad_" + field, reason: reason,
	})
}

func (c *compiled) field(f string, b binding, raw, colName string, m *source.Mapping, o compileOptions) {
	mapped := raw
	if len(b.field.Values) > 0 {
		mapped = c.valueMap(b.field, raw, f == source.FieldOutcome)
		if b.field.Strict {
			c.reject(f, raw, colName, "value not in the mapping's values of "+f)
		}
	}
	switch f {
	case source.FieldCalledAt:
		if b.timeCol >= 0 {
			raw = fmt.Sprintf("nullif(concat_ws(' ', whyno_text(c%d), whyno_text(c%d)), '')", b.col, b.timeCol)
		}
		// The text is computed once, below the parse: written out in each of
		// the ~120 formats' strptime, DuckDB spent 0.1 s planning the
		// statement, on every file whatever its size.
		c.pre = append(c.pre, raw+" AS n_called_at")
		raw = "n_called_at"
		c.add(f, c.timestamp(f, raw, orderFormats(formatsOf(b.field, o.dialect), o.samples[f]), m, o))
		c.reject(f, raw, colName, dateReason(formatsOf(b.field, o.dialect)))
		// The hour is known when the text has a time or the time is not midnight.
		c.outer = append(c.outer, "CASE WHEN CAST(f_called_at AS TIME) <> TIME '00:00:00' OR contains(r_called_at, ':') THEN hour(f_called_at) END AS f_hour")
	case source.FieldMonth:
		c.add(f, "whyno_month("+mapped+")")
		c.reject(f, raw, colName, "not a month (a name like mar/marts or a number 1-12)")
	case source.FieldWeekday:
		c.add(f, "whyno_weekday("+mapped+")")
		c.reject(f, raw, colName, "not a weekday (a name like mon/man or a number 1-7)")
	case source.FieldDuration:
		c.add(f, c.duration(f, mapped, b.field.Unit, o.dialect))
		c.reject(f, raw, colName, "not a duration in "+unitName(b.field.Unit))
	case source.FieldAttempt:
		c.add(f, "try_cast(round("+c.number(mapped, o.dialect)+") AS INTEGER)")
		c.reject(f, raw, colName, "not a whole number")
	case source.FieldPhone:
		// The cleaned number is computed once, in the pre layer: the macro's
		// argument would otherwise be re-expanded in every branch.
		c.pre = append(c.pre, "whyno_phone_clean("+raw+") AS d_phone")
		c.add(f, "whyno_phone_digits(d_phone, "+c.bind(o.defaultCC)+", "+raw+")")
	case source.FieldDirection:
		c.add(f, direction(mapped))
	default:
		c.add(f, mapped)
	}
}

// valueMap maps raw values case-insensitively. Values missing from the map
// are kept as they are, or NULL when onlyMapped (a taxonomy outcome can only
// be one of the map's values) or the field is strict (the row is rejected).
func (c *compiled) valueMap(f source.Field, raw string, onlyMapped bool) string {
	keys := make([]string, 0, len(f.Values))
	for k := range f.Values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	sb.WriteString("CASE lower(" + raw + ")")
	for _, k := range keys {
		fmt.Fprintf(&sb, " WHEN %s THEN %s", c.bind(strings.ToLower(strings.TrimSpace(k))), c.bind(f.Values[k]))
	}
	if onlyMapped || f.Strict {
		sb.WriteString(" END")
	} else {
		sb.WriteString(" ELSE " + raw + " END")
	}
	return sb.String()
}

// direction reads outbound/inbound in the words exports use.
func direction(raw string) string {
	return "CASE WHEN lower(" + raw + ") IN ('outbound','out','outgoing','udgående','udgaaende','udg','ud','outgoing call','ausgehend','utgående') THEN 'outbound'" +
		" WHEN lower(" + raw + ") IN ('inbound','in','incoming','indgående','indgaaende','indg','ind','incoming call','eingehend','inkommande','innkommende') THEN 'inbound' END"
}

// number parses a decimal number written with the file's separators.
func (c *compiled) number(raw string, d source.Dialect) string {
	s := raw
	if d.Thousands != "" {
		s = "replace(" + s + ", " + c.bind(d.Thousands) + ", '')"
	}
	if d.Decimal == "," {
		s = "replace(" + s + ", ',', '.')"
	}
	return "try_cast(" + s + " AS DOUBLE)"
}

// duration reads a call length as whole seconds, as source.ParseDuration
// does: a value with colons is a clock duration (H:MM:SS or MM:SS, H:MM for
// unit hm; minutes and seconds two digits below 60, the seconds maybe with a
// fraction) whatever the unit; a
// number is in the unit. Negative values, exponents (1.5e2), inf and NaN
// are not durations, nor is anything past an INTEGER: their rows are
// rejected, where they used to load as wrong values (1:2:3:4 as 223384 s,
// -0:30 as 30) or fail the whole file (99999999999).
//
// The expression gives seconds as a DOUBLE; a layer above (replace) checks
// the range and rounds, on the parsed value rather than by parsing twice.
func (c *compiled) duration(field, raw, unit string, d source.Dialect) string {
	scale := map[string]string{"ms": " / 1000", "min": " * 60", "hm": " * 60"}[unit]
	number := "CASE WHEN NOT contains(" + raw + ", 'e') AND NOT contains(" + raw + ", 'E') THEN " + c.number(raw, d) + scale + " END"
	parts := "string_split(replace(" + raw + ", ',', '.'), ':')"
	clock := "list_reduce(list_transform(" + parts + ", x -> CAST(x AS DOUBLE)), (a, b) -> a * 60 + b)"
	form := "[0-9]{1,6}(:[0-5][0-9]){1,2}([.,][0-9]{1,9})?" // seconds may have a fraction ("00:01:23.4")
	if unit == "hm" {
		clock = "(" + clock + " * CASE WHEN len(" + parts + ") = 2 THEN 60 ELSE 1 END)"
		form = "[0-9]{1,6}(:[0-5][0-9]){1,2}"
	}
	c.replace = append(c.replace, fmt.Sprintf(
		"CASE WHEN isfinite(f_%[1]s) AND f_%[1]s >= 0 AND f_%[1]s < 2147483647.5 THEN CAST(round(f_%[1]s) AS INTEGER) END AS f_%[1]s", field))
	return "CASE WHEN contains(" + raw + ", ':') THEN CASE WHEN regexp_full_match(" + raw + ", '" + form + "') THEN " +
		clock + " END ELSE " + number + " END"
}

func unitName(u string) string {
	switch u {
	case "ms":
		return "milliseconds"
	case "min":
		return "minutes"
	case "hms":
		return "HH:MM:SS"
	case "hm":
		return "H:MM"
	}
	return "seconds"
}

// formatsOf is the list of strptime formats tried for a date field.
func formatsOf(f source.Field, d source.Dialect) []string {
	if len(f.Formats) > 0 {
		return f.Formats
	}
	return source.DefaultDateFormats(d.DateOrder)
}

// timestamp parses raw into a local TIMESTAMP in the run's zone: the
// formats in order (the caller puts those the file uses first), then the
// named-month formats with month names rewritten to numbers, then ISO 8601
// with an offset, then Excel serial numbers. COALESCE stops at the first
// format that reads a value, so a typical row costs one strptime.
//
// The formats are SQL literals, not parameters: DuckDB re-parses a
// non-constant format on every row (8x slower on 2 formats, far worse on
// the default list). They are checked by source.CheckFormat when the
// mapping is loaded and quoted here.
func (c *compiled) timestamp(field, raw string, formats []string, m *source.Mapping, o compileOptions) string {
	// Month names are rewritten inside COALESCE's lazy branches, so only
	// values that no numeric format reads pay for it.
	named := "whyno_month_names(" + raw + ")"
	var tries []string
	for _, f := range formats {
		tries = append(tries, "try_strptime("+raw+", "+sqlString(f)+")")
	}
	var namedFormats []string
	for _, f := range formats {
		if n := strings.NewReplacer("%B", "%m", "%b", "%m").Replace(f); n != f {
			namedFormats = append(namedFormats, sqlString(n))
		}
	}
	if len(namedFormats) > 0 {
		// The rewritten text must appear once: repeated, DuckDB hoists it
		// out of the lazy branch and every row pays for the rewrite.
		tries = append(tries, "try_strptime("+named+", ["+strings.Join(namedFormats, ", ")+"])")
	}
	// The file's times may be in another zone: convert to the run's zone.
	inRunZone := func(ts string) string {
		if m.Timezone == "" || m.Timezone == o.tz {
			return ts
		}
		return "timezone(" + c.bind(o.tz) + ", timezone(" + c.bind(m.Timezone) + ", " + ts + "))"
	}
	local := inRunZone("coalesce(" + strings.Join(tries, ", ") + ")")
	iso := "timezone(" + c.bind(o.tz) + ", try_cast(" + raw + " AS TIMESTAMPTZ))"
	// An Excel serial (days since 1899-12-30); the cast appears once so that
	// DuckDB does not hoist it out of COALESCE's lazy branch for every row.
	serial := "whyno_excel_serial(" + raw + ")"
	ts := "CAST(coalesce(" + local + ", CASE WHEN contains(" + raw + ", 'T') OR contains(" + raw + ", '+') THEN " + iso + " END, " + serial + ") AS TIMESTAMP)"
	// DuckDB's %Y takes one to four digits, so in a file of dd-mm-yyyy dates
	// "7-3-24" read as the year 24. A year before 1000 is such a short year:
	// those rows are read with %y instead (2024), or rejected.
	// The check runs a layer above, on the parsed value and r_field: in the
	// same expression DuckDB parsed every row twice (0.25 s per 1M rows).
	var short []string
	for _, f := range formats {
		if strings.Contains(f, "%Y") {
			short = append(short, "try_strptime(r_"+field+", "+sqlString(strings.ReplaceAll(f, "%Y", "%y"))+")")
		}
	}
	shortYear := "NULL"
	if len(short) > 0 {
		shortYear = "CAST(" + inRunZone("CAST(coalesce("+strings.Join(short, ", ")+") AS TIMESTAMP)") + " AS TIMESTAMP)"
	}
	c.replace = append(c.replace, fmt.Sprintf("CASE WHEN year(f_%[1]s) < 1000 THEN %[2]s ELSE f_%[1]s END AS f_%[1]s", field, shortYear))
	// DuckDB's strptime reads "infinity", "-infinity" and "epoch" (any case)
	// as 1900-01-01 whatever the format; none is a call's time.
	return "CASE WHEN length(" + raw + ") BETWEEN 5 AND 9 AND lower(" + raw + ") IN ('epoch', 'infinity', '-infinity') THEN NULL ELSE " + ts + " END"
}

// sqlString quotes s as an SQL string literal.
func sqlString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// orderFormats moves the formats that read most of the sample values to the
// front (stable otherwise), so a typical row costs one strptime.
func orderFormats(formats, sample []string) []string {
	if len(sample) == 0 {
		return formats
	}
	hits := make(map[string]int, len(formats))
	for _, f := range formats {
		for _, v := range sample {
			if _, ok := source.ParseTime(v, []string{f}); ok {
				hits[f]++
			}
		}
	}
	out := append([]string(nil), formats...)
	sort.SliceStable(out, func(i, j int) bool { return hits[out[i]] > hits[out[j]] })
	return out
}

// dateReason explains a rejected date, naming the first formats tried.
func dateReason(formats []string) string {
	shown := formats
	if len(shown) > 3 {
		shown = shown[:3]
	}
	return fmt.Sprintf("not a date this mapping reads (tried %d formats, e.g. %s)", len(formats), strings.Join(shown, ", "))
}
