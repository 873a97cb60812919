package reports

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// icsEvent is one parsed VEVENT: property name (without parameters) to
// its value and parameters.
type icsEvent map[string]icsProp

type icsProp struct{ params, value string }

// parseICS is a small RFC 5545 reader for the tests: it checks CRLF line
// ends and the 75-octet limit, unfolds lines and collects the VEVENTs.
func parseICS(t *testing.T, data []byte) []icsEvent {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Fatal("calendar does not end with CRLF")
	}
	raw := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	var lines []string
	for i, l := range raw {
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets, want at most 75: %q", i+1, len(l), l)
		}
		if strings.HasPrefix(l, " ") {
			if len(lines) == 0 {
				t.Fatalf("line %d continues nothing", i+1)
			}
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	if len(lines) < 2 || lines[0] != "BEGIN:VCALENDAR" || lines[len(lines)-1] != "END:VCALENDAR" {
		t.Fatalf("not a VCALENDAR: first %q", lines[0])
	}
	var events []icsEvent
	var cur icsEvent
	for _, l := range lines {
		if !utf8.ValidString(l) {
			t.Errorf("unfolded line is not valid UTF-8: %q", l)
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Errorf("line without a colon: %q", l)
			continue
		}
		name, params, _ := strings.Cut(name, ";")
		switch {
		case l == "BEGIN:VEVENT":
			cur = icsEvent{}
		case l == "END:VEVENT":
			events = append(events, cur)
			cur = nil
		case cur != nil:
			cur[name] = icsProp{params: params, value: value}
		}
	}
	return events
}

// unescapeICS reverses escapeICS.
func unescapeICS(s string) string {
	r := strings.NewReplacer(`\\`, `\`, `\;`, ";", `\,`, ",", `\n`, "\n", `\N`, "\n")
	return r.Replace(s)
}

func TestICSEvents(t *testing.T) {
	m := fixtureModel(t, "da")
	events := parseICS(t, renderFixture(t, "da").data[FileICS])
	if len(events) != len(m.Callbacks) {
		t.Fatalf("got %d events, want one per callback (%d)", len(events), len(m.Callbacks))
	}
	uids := map[string]bool{}
	for i, ev := range events {
		for _, p := range []string{"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} {
			if _, ok := ev[p]; !ok {
				t.Errorf("event %d lacks %s", i, p)
			}
		}
		if uids[ev["UID"].value] {
			t.Errorf("event %d repeats UID %s", i, ev["UID"].value)
		}
		uids[ev["UID"].value] = true
		if ev["DTSTAMP"].value != "20260401T000000Z" {
			t.Errorf("event %d DTSTAMP = %q, want the as-of date", i, ev["DTSTAMP"].value)
		}
		if ev["DTSTART"].params != "VALUE=DATE" || len(ev["DTSTART"].value) != 8 {
			t.Errorf("event %d DTSTART = %+v, want an all-day date", i, ev["DTSTART"])
		}
		if want := "Ring til " + m.Callbacks[i].Company; unescapeICS(ev["SUMMARY"].value) != want {
			t.Errorf("event %d SUMMARY = %q, want %q", i, unescapeICS(ev["SUMMARY"].value), want)
		}
	}
}

func TestEscapeICS(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "plain", in: "Ring til Ærø Tømrer", want: "Ring til Ærø Tømrer"},
		{name: "comma and semicolon", in: "Smith, Jones; Co", want: `Smith\, Jones\; Co`},
		{name: "backslash first", in: `a\,b`, want: `a\\\,b`},
		{name: "newlines", in: "one\r\ntwo\nthree", want: `one\ntwo\nthree`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := escapeICS(tt.in); got != tt.want {
				t.Errorf("escapeICS(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldICS(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "short", in: "SUMMARY:hej", want: "SUMMARY:hej\r\n"},
		{name: "exactly 75", in: strings.Repeat("a", 75), want: strings.Repeat("a", 75) + "\r\n"},
		{name: "76 folds", in: strings.Repeat("a", 76), want: strings.Repeat("a", 75) + "\r\n a\r\n"},
		// ø is two octets: it must not be split across the fold.
		{name: "multibyte at the edge", in: strings.Repeat("a", 74) + "ø", want: strings.Repeat("a", 74) + "\r\n ø\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := foldICS(tt.in); got != tt.want {
				t.Errorf("foldICS(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzFoldICS(f *testing.F) {
	for _, s := range []string{"", "DESCRIPTION:Sælger: Bo Ågård", strings.Repeat("æøå", 60)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = escapeICS(strings.ToValidUTF8(s, "?"))
		folded := foldICS(s)
		var unfolded strings.Builder
		for i, l := range strings.Split(strings.TrimSuffix(folded, "\r\n"), "\r\n") {
			if len(l) > 75 {
				t.Fatalf("line %d is %d octets", i, len(l))
			}
			if !utf8.ValidString(l) {
				t.Fatalf("line %d splits a UTF-8 sequence: %q", i, l)
			}
			if i > 0 {
				l = l[1:]
			}
			unfolded.WriteString(l)
		}
		if unfolded.String() != s {
			t.Fatalf("unfold(fold(%q)) = %q", s, unfolded.String())
		}
	})
}

func TestCallbackUIDStable(t *testing.T) {
	c := Callback{Rep: "Bo Ågård", Company: "Firma 1 ApS", Date: date(2026, 4, 7)}
	other := c
	other.Note = "a different note"
	if callbackUID(c) != callbackUID(other) {
		t.Error("UID depends on more than rep, company and date")
	}
	later := c
	later.Date = date(2026, 4, 8)
	if callbackUID(c) == callbackUID(later) {
		t.Error("UID ignores the callback date")
	}
}
