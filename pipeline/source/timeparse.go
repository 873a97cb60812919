package source

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ParseTime parses s with the first of formats that matches all of it
// (surrounding space ignored), in a strptime subset:
//
//	%d day 1–31, %m month 1–12 (one or two digits: "5" and "05" both match)
//	%Y four-digit year, %y two-digit year (69–99 → 19xx, else 20xx)
//	%H hour 0–23, %M minute, %S second (one or two digits)
//	%b, %B month name or abbreviation, Danish or English, any case, with an
//	optional period: "marts", "Mar", "maj", "okt.", "October"
//	%% a literal percent sign
//
// A space in a format matches one or more spaces in s; other characters
// match themselves. With no formats, DefaultDateFormats(OrderDMY) is used.
// The result is wall-clock time in UTC; the caller applies a zone.
func ParseTime(s string, formats []string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if len(formats) == 0 {
		formats = DefaultDateFormats(OrderDMY)
	}
	for _, f := range formats {
		if t, ok := parseFormat(s, f); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// clock collects the parts of a parsed time.
type clock struct {
	year, month, day, hour, min, sec int
}

// parseFormat matches s against one format.
func parseFormat(s, f string) (time.Time, bool) {
	c := clock{month: -1, day: -1, year: -1}
	for f != "" {
		var ok bool
		if f[0] == '%' && len(f) > 1 {
			s, ok = c.verb(s, f[1])
			f = f[2:]
		} else {
			s, f, ok = literal(s, f)
		}
		if !ok {
			return time.Time{}, false
		}
	}
	if s != "" || c.year < 0 || c.month < 1 || c.day < 1 {
		return time.Time{}, false
	}
	t := time.Date(c.year, time.Month(c.month), c.day, c.hour, c.min, c.sec, 0, time.UTC)
	return t, t.Day() == c.day // rejects 30 February
}

// literal matches the next format character against s: a space matches a
// run of white space, anything else itself.
func literal(s, f string) (string, string, bool) {
	r, n := utf8.DecodeRuneInString(f)
	if r == ' ' {
		t := strings.TrimLeftFunc(s, unicode.IsSpace)
		return t, f[n:], len(t) < len(s)
	}
	if !strings.HasPrefix(s, f[:n]) {
		return s, f, false
	}
	return s[n:], f[n:], true
}

// verb consumes what one %-verb matches.
func (c *clock) verb(s string, v byte) (string, bool) {
	var ok bool
	switch v {
	case 'd':
		c.day, s, ok = number(s, 1, 2, 1, 31)
	case 'm':
		c.month, s, ok = number(s, 1, 2, 1, 12)
	case 'Y':
		c.year, s, ok = number(s, 4, 4, 0, 9999)
	case 'y':
		c.year, s, ok = number(s, 2, 2, 0, 99)
		c.year += 2000
		if c.year >= 2069 {
			c.year -= 100
		}
	case 'H':
		c.hour, s, ok = number(s, 1, 2, 0, 23)
	case 'M':
		c.min, s, ok = number(s, 1, 2, 0, 59)
	case 'S':
		c.sec, s, ok = number(s, 1, 2, 0, 59)
	case 'b', 'B':
		c.month, s, ok = monthWord(s)
	case '%':
		s, ok = strings.CutPrefix(s, "%")
	}
	return s, ok
}

// number reads between minLen and maxLen digits whose value lies in
// [lo, hi].
func number(s string, minLen, maxLen, lo, hi int) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) && i < maxLen && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i < minLen || n < lo || n > hi {
		return 0, s, false
	}
	return n, s[i:], true
}

// monthWord reads a month name of letters, with an optional period.
func monthWord(s string) (int, string, bool) {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	m, ok := lookupMonth(s[:end])
	if !ok {
		return 0, s, false
	}
	rest := s[end:]
	if strings.HasPrefix(rest, ".") {
		rest = rest[1:]
	}
	return m, rest, true
}
