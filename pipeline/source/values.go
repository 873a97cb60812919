package source

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Duration units, as Field.Unit holds them.
const (
	UnitMillis  = "ms"
	UnitSeconds = "s"
	UnitMinutes = "min"
	UnitHMS     = "hms" // H:MM:SS or MM:SS
	UnitHM      = "hm"  // H:MM, as Pipedrive writes durations
)

// Units lists the duration units a mapping may name.
var Units = []string{UnitMillis, UnitSeconds, UnitMinutes, UnitHMS, UnitHM}

// ParseNumber parses a number written with the given decimal separator
// ("." when empty) and thousands separator ("" for none; " " also accepts a
// no-break space). Only digits, one leading sign and the separators are
// allowed: "1.234,5" with (",", ".") is 1234.5; "NaN", "1e3" and "12 kr"
// are not numbers.
func ParseNumber(s, decimal, thousands string) (float64, bool) {
	if decimal == "" {
		decimal = "."
	}
	if decimal == thousands {
		return 0, false
	}
	s = strings.TrimSpace(s)
	if thousands == " " {
		s = strings.ReplaceAll(s, "\u00a0", " ")
	}
	if thousands != "" {
		s = strings.ReplaceAll(s, thousands, "")
	}
	if strings.Count(s, decimal) > 1 || (decimal != "." && strings.Contains(s, ".")) {
		return 0, false
	}
	s = strings.Replace(s, decimal, ".", 1)
	if !plainNumber(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

// plainNumber reports an optional sign, digits and at most one '.', with at
// least one digit.
func plainNumber(s string) bool {
	s = strings.TrimLeft(s, "+-")
	digits, dots := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] >= '0' && s[i] <= '9':
			digits++
		case s[i] == '.':
			dots++
		default:
			return false
		}
	}
	return digits > 0 && dots <= 1
}

// ParseDuration converts a call length in unit (UnitMillis, UnitSeconds,
// UnitMinutes, UnitHMS, UnitHM; "" means seconds) to whole seconds, rounded.
// Numbers may use "." or "," as decimal separator. A value with colons is
// read as a clock duration whatever the unit: H:MM:SS or MM:SS, or H:MM for
// UnitHM. Negative or unreadable values are not ok.
func ParseDuration(s, unit string) (int, bool) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, ":") {
		return parseClockDuration(s, unit == UnitHM)
	}
	f, ok := ParseNumber(s, ".", "")
	if !ok {
		f, ok = ParseNumber(s, ",", "")
	}
	if !ok || f < 0 {
		return 0, false
	}
	var secs float64
	switch unit {
	case UnitMillis:
		secs = f / 1000
	case UnitSeconds, "", UnitHMS:
		secs = f
	case UnitMinutes:
		secs = f * 60
	case UnitHM:
		secs = f * 60 // a bare number of minutes
	default:
		return 0, false
	}
	if secs > math.MaxInt32 {
		return 0, false
	}
	return int(math.Round(secs)), true
}

// parseClockDuration reads H:MM:SS, MM:SS, or H:MM when hoursFirst; the
// last part may have a fraction ("00:01:23.4", as dialers write), rounded.
func parseClockDuration(s string, hoursFirst bool) (int, bool) {
	parts := strings.Split(s, ":")
	if len(parts) > 3 || len(parts) < 2 {
		return 0, false
	}
	last := len(parts) - 1
	frac := 0.0
	if i := strings.IndexAny(parts[last], ".,"); i >= 0 {
		digits := parts[last][i+1:]
		if _, ok := atoiN(digits, 9); !ok {
			return 0, false
		}
		f, _ := strconv.ParseFloat("0."+digits, 64)
		frac, parts[last] = f, parts[last][:i]
	}
	total := 0
	for i, p := range parts {
		n, ok := atoiN(p, 6) // up to 999999 hours or minutes in the lead part
		if !ok || (i > 0 && (len(p) != 2 || n > 59)) {
			return 0, false
		}
		total = total*60 + n
	}
	if hoursFirst && len(parts) == 2 {
		return total * 60, frac == 0 // H:MM has no seconds to round
	}
	return total + int(math.Round(frac)), true
}

// Excel's day zero for serial dates: 1899-12-30, because Excel counts the
// non-existent 29 February 1900 (serial 60).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// maxExcelSerial is 9999-12-31, the last date Excel shows.
const maxExcelSerial = 2958465

// ParseExcelSerial reads an Excel serial date-time ("45363.4375" is
// 2024-03-12 10:30), as spreadsheets store dates, rounded to the second.
// Serials below 61 follow Excel's 1900 calendar, which has a 29 February
// 1900; that day itself (60) is not ok. Values outside 1..2958465
// (9999-12-31) are not ok.
func ParseExcelSerial(s string) (time.Time, bool) {
	f, ok := ParseNumber(s, ".", "")
	if !ok {
		f, ok = ParseNumber(s, ",", "")
	}
	if !ok || f < 1 || f >= maxExcelSerial+1 || math.Floor(f) == 60 {
		return time.Time{}, false
	}
	if f < 60 {
		f++ // before Excel's phantom leap day the epoch is one day later
	}
	days := math.Floor(f)
	secs := math.Round((f - days) * 86400)
	return excelEpoch.AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second), true
}
