package reports

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

// renderICS writes the due and overdue callbacks as all-day events
// (RFC 5545), one per company and callback date, under the rep's name.
// Overdue callbacks are placed on the as-of date, so they show up today.
func renderICS(w io.Writer, m *Model) error {
	tx := textsFor(m.Lang)
	var b strings.Builder
	line := func(s string) { b.WriteString(foldICS(s)) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//whyno//callbacks//" + strings.ToUpper(m.Lang))
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	stamp := m.AsOf.UTC().Format("20060102T150405Z")
	for _, c := range m.Callbacks {
		day := c.Date
		if c.Overdue && day.Before(m.AsOf) {
			day = dateOnly(m.AsOf)
		}
		line("BEGIN:VEVENT")
		line("UID:" + callbackUID(c))
		line("DTSTAMP:" + stamp)
		line("DTSTART;VALUE=DATE:" + day.Format("20060102"))
		line("DTEND;VALUE=DATE:" + day.AddDate(0, 0, 1).Format("20060102"))
		line("SUMMARY:" + escapeICS(fmt.Sprintf(tx.ICSSummary, c.Company)))
		line("DESCRIPTION:" + escapeICS(callbackDescription(c, tx)))
		if c.Rep != "" {
			line("CATEGORIES:" + escapeICS(c.Rep))
		}
		line("TRANSP:TRANSPARENT")
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write ics: %w", err)
	}
	return nil
}

// callbackUID is stable across runs: a hash of rep, company and the
// callback date.
func callbackUID(c Callback) string {
	sum := sha256.Sum256([]byte(c.Rep + "\x00" + c.Company + "\x00" + isoDate(c.Date)))
	return hex.EncodeToString(sum[:16]) + "@whyno"
}

// callbackDescription lists the details a rep needs on the call.
func callbackDescription(c Callback, tx texts) string {
	parts := []string{tx.ICSDesc + ": " + isoDate(c.Date)}
	for _, kv := range [][2]string{
		{tx.Rep, c.Rep}, {tx.Contact, c.Contact}, {tx.Phone, c.Phone},
		{tx.LastCalled, isoDateOrEmpty(c.LastCalled)}, {tx.Evidence, c.Evidence}, {tx.Note, c.Note},
	} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+": "+kv[1])
		}
	}
	return strings.Join(parts, "\n")
}

// icsEscaper escapes a TEXT value (RFC 5545 3.3.11). A Replacer is safe
// for concurrent use and never changes, and building one per value was a
// measurable part of rendering a large queue.
var icsEscaper = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)

// escapeICS escapes a TEXT value: backslash, semicolon, comma and newlines.
func escapeICS(s string) string { return icsEscaper.Replace(s) }

// foldICS ends a content line with CRLF, folding it so no line exceeds 75
// octets; continuation lines start with a space. UTF-8 sequences are never
// split.
func foldICS(s string) string {
	const limit = 75
	var b strings.Builder
	n := 0
	for _, r := range s {
		size := len(string(r))
		if n+size > limit {
			b.WriteString("\r\n ")
			n = 1
		}
		b.WriteRune(r)
		n += size
	}
	b.WriteString("\r\n")
	return b.String()
}
