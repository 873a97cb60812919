package source

import (
	"strings"
	"testing"
	"time"
)

func TestParseTime(t *testing.T) {
	d := func(y, m, day, h, min, s int) time.Time {
		return time.Date(y, time.Month(m), day, h, min, s, 0, time.UTC)
	}
	tests := []struct {
		name    string
		in      string
		formats []string
		want    time.Time
		wantOK  bool
	}{
		{"danish dashes", "12-03-2024", []string{"%d-%m-%Y"}, d(2024, 3, 12, 0, 0, 0), true},
		{"non-padded day and month", "5-3-2024 9:05", []string{"%d-%m-%Y %H:%M"}, d(2024, 3, 5, 9, 5, 0), true},
		{"two-digit year", "5/3-24", []string{"%d/%m-%y"}, d(2024, 3, 5, 0, 0, 0), true},
		{"two-digit year before 1969 rule", "1/1/70", []string{"%d/%m/%y"}, d(1970, 1, 1, 0, 0, 0), true},
		{"iso with seconds", "2024-03-12 10:30:45", []string{"%Y-%m-%d %H:%M:%S"}, d(2024, 3, 12, 10, 30, 45), true},
		{"iso T and Z", "2024-04-02T07:14:05.000Z", []string{"%Y-%m-%dT%H:%M:%S.000Z"}, d(2024, 4, 2, 7, 14, 5), true},
		{"danish month name", "12. marts 2024", []string{"%d. %B %Y"}, d(2024, 3, 12, 0, 0, 0), true},
		{"danish abbreviation with period", "3. okt. 2024", []string{"%d. %b %Y"}, d(2024, 10, 3, 0, 0, 0), true},
		{"maj", "1. maj 2024", []string{"%d. %B %Y"}, d(2024, 5, 1, 0, 0, 0), true},
		{"english month upper case", "MARCH 12, 2024", []string{"%B %d, %Y"}, d(2024, 3, 12, 0, 0, 0), true},
		{"extra spaces match one space", "12.  marts   2024", []string{"%d. %B %Y"}, d(2024, 3, 12, 0, 0, 0), true},
		{"literal percent", "50% 2024-01-02", []string{"50%% %Y-%m-%d"}, d(2024, 1, 2, 0, 0, 0), true},
		{"first matching format wins", "01/02/2024", []string{"%m/%d/%Y", "%d/%m/%Y"}, d(2024, 1, 2, 0, 0, 0), true},
		{"later format matches", "2024-01-02", []string{"%d-%m-%Y", "%Y-%m-%d"}, d(2024, 1, 2, 0, 0, 0), true},
		{"defaults are day first", "03-04-2024 14:15", nil, d(2024, 4, 3, 14, 15, 0), true},
		{"defaults read kl.", "03-04-2024 kl. 14:15", nil, d(2024, 4, 3, 14, 15, 0), true},
		{"defaults read danish dots", "24.12.2024", nil, d(2024, 12, 24, 0, 0, 0), true},
		{"defaults read month names", "7. februar 2025", nil, d(2025, 2, 7, 0, 0, 0), true},
		{"surrounding space", "  2024-01-02 ", []string{"%Y-%m-%d"}, d(2024, 1, 2, 0, 0, 0), true},
		{"30 february", "30-02-2024", []string{"%d-%m-%Y"}, time.Time{}, false},
		{"month 13", "01-13-2024", []string{"%d-%m-%Y"}, time.Time{}, false},
		{"hour 24", "01-01-2024 24:00", []string{"%d-%m-%Y %H:%M"}, time.Time{}, false},
		{"trailing text", "2024-01-02 x", []string{"%Y-%m-%d"}, time.Time{}, false},
		{"missing time", "2024-01-02", []string{"%Y-%m-%d %H:%M"}, time.Time{}, false},
		{"unknown month", "12. mars 2024", []string{"%d. %B %Y"}, time.Time{}, false},
		{"empty", "", []string{"%Y-%m-%d"}, time.Time{}, false},
		{"format without date", "10:30", []string{"%H:%M"}, time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseTime(tt.in, tt.formats)
			if ok != tt.wantOK || !got.Equal(tt.want) {
				t.Errorf("ParseTime(%q, %q) = %v, %v; want %v, %v", tt.in, tt.formats, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestDefaultDateFormats(t *testing.T) {
	tests := []struct {
		order, in string
		want      time.Time
	}{
		{"dmy", "02/03/2024", time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC)},
		{"mdy", "02/03/2024", time.Date(2024, 2, 3, 0, 0, 0, 0, time.UTC)},
		{"ymd", "2024-02-03 08:09:10", time.Date(2024, 2, 3, 8, 9, 10, 0, time.UTC)},
		{"mdy", "2024-02-03", time.Date(2024, 2, 3, 0, 0, 0, 0, time.UTC)},
		{"", "2/3-24 10:00", time.Date(2024, 3, 2, 10, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.order+" "+tt.in, func(t *testing.T) {
			formats := DefaultDateFormats(tt.order)
			for _, f := range formats {
				if err := CheckFormat(f); err != nil {
					t.Fatalf("default format: %v", err)
				}
			}
			got, ok := ParseTime(tt.in, formats)
			if !ok || !got.Equal(tt.want) {
				t.Errorf("ParseTime(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestMonthNames(t *testing.T) {
	names := MonthNames()
	if len(names) != len(monthNames) {
		t.Fatalf("got %d names, want %d", len(names), len(monthNames))
	}
	for i := 1; i < len(names); i++ {
		if len(names[i].Name) > len(names[i-1].Name) {
			t.Fatalf("%q comes after the shorter %q", names[i].Name, names[i-1].Name)
		}
	}
}

// FuzzParseTime checks that parsing never panics, and that a time written
// in a format reads back unchanged.
func FuzzParseTime(f *testing.F) {
	f.Add("12. marts 2024", int64(0), uint8(0))
	f.Add("2024-03-12 10:30", int64(1710239400), uint8(3))
	f.Add("31-12-1999 23:59:59", int64(946684799), uint8(7))
	formats := DefaultDateFormats(OrderDMY)
	f.Fuzz(func(t *testing.T, s string, unix int64, pick uint8) {
		ParseTime(s, nil) // must not panic
		ParseTime(s, []string{s, "%", "%Y%Y%m"})

		// Round trip: a time in years 1970–2068 written with a default format.
		want := time.Unix(unix%(99*365*86400), 0).UTC()
		if want.Before(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)) {
			want = want.AddDate(99, 0, 0)
		}
		layout := formats[int(pick)%len(formats)]
		text, want := formatTime(want, layout)
		got, ok := ParseTime(text, []string{layout})
		if !ok || !got.Equal(want) {
			t.Fatalf("ParseTime(%q, %q) = %v, %v; want %v", text, layout, got, ok, want)
		}
	})
}

// formatTime writes t in a strptime layout and returns t truncated to what
// the layout keeps.
func formatTime(t time.Time, layout string) (string, time.Time) {
	r := strings.NewReplacer(
		"%Y", t.Format("2006"), "%y", t.Format("06"), "%m", t.Format("01"), "%d", t.Format("02"),
		"%H", t.Format("15"), "%M", t.Format("04"), "%S", t.Format("05"),
		"%B", danishMonth(t.Month()), "%b", danishMonth(t.Month())[:3], "%%", "%")
	hasSec, hasMin := strings.Contains(layout, "%S"), strings.Contains(layout, "%M")
	y, mo, d := t.Date()
	kept := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if hasMin {
		kept = kept.Add(time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute)
	}
	if hasSec {
		kept = kept.Add(time.Duration(t.Second()) * time.Second)
	}
	return r.Replace(layout), kept
}

// danishMonth names a month in Danish.
func danishMonth(m time.Month) string {
	return [...]string{"januar", "februar", "marts", "april", "maj", "juni", "juli",
		"august", "september", "oktober", "november", "december"}[m-1]
}
