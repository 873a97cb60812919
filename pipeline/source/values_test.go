package source

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		name               string
		in, dec, thousands string
		want               float64
		wantOK             bool
	}{
		{"danish", "1.234,5", ",", ".", 1234.5, true},
		{"danish without thousands", "12,5", ",", "", 12.5, true},
		{"english", "1,234.5", ".", ",", 1234.5, true},
		{"default decimal point", "3.25", "", "", 3.25, true},
		{"space thousands", "1 234 567,8", ",", " ", 1234567.8, true},
		{"no-break space thousands", "1\u00a0234", ",", " ", 1234, true},
		{"negative", "-12,5", ",", ".", -12.5, true},
		{"plus sign", "+7", ".", "", 7, true},
		{"surrounding space", " 42 ", ".", "", 42, true},
		{"two decimal separators", "1,2,3", ",", "", 0, false},
		{"wrong decimal", "12.5", ",", "", 0, false},
		{"nan", "NaN", ".", "", 0, false},
		{"infinity", "Inf", ".", "", 0, false},
		{"exponent", "1e3", ".", "", 0, false},
		{"unit", "12 kr", ",", "", 0, false},
		{"empty", "", ".", "", 0, false},
		{"sign only", "-", ".", "", 0, false},
		{"same separators", "1.234", ".", ".", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseNumber(tt.in, tt.dec, tt.thousands)
			if ok != tt.wantOK || got != tt.want {
				t.Errorf("ParseNumber(%q, %q, %q) = %v, %v; want %v, %v", tt.in, tt.dec, tt.thousands, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// FuzzParseNumber checks that parsing never panics and that a number
// written with separators reads back unchanged.
func FuzzParseNumber(f *testing.F) {
	f.Add("1.234,5", 1234.5, true)
	f.Add("12", -0.001, false)
	f.Fuzz(func(t *testing.T, s string, x float64, danish bool) {
		ParseNumber(s, ",", ".") // must not panic
		ParseNumber(s, ".", ",")
		ParseNumber(s, s, s)
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		dec, thou := ".", ","
		if danish {
			dec, thou = ",", "."
		}
		text := formatNumber(x, dec, thou)
		got, ok := ParseNumber(text, dec, thou)
		if !ok || got != x {
			t.Fatalf("ParseNumber(%q, %q, %q) = %v, %v; want %v", text, dec, thou, got, ok, x)
		}
	})
}

// formatNumber writes x exactly, grouping the integer digits in threes.
func formatNumber(x float64, dec, thou string) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(thou)
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteString(dec + frac)
	}
	return sign + b.String()
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		name, in, unit string
		want           int
		wantOK         bool
	}{
		{"hubspot milliseconds", "184000", "ms", 184, true},
		{"milliseconds round", "1500", "ms", 2, true},
		{"seconds", "95", "s", 95, true},
		{"empty unit is seconds", "95", "", 95, true},
		{"seconds with decimal comma", "12,6", "s", 13, true},
		{"minutes", "3", "min", 180, true},
		{"fractional minutes", "2.5", "min", 150, true},
		{"hms", "01:02:03", "hms", 3723, true},
		{"mm:ss", "02:03", "hms", 123, true},
		{"colon form under seconds", "4:05", "s", 245, true},
		{"pipedrive hh:mm", "00:15", "hm", 900, true},
		{"pipedrive bare minutes", "15", "hm", 900, true},
		{"seconds above 59", "1:75", "hms", 0, false},
		{"negative", "-5", "s", 0, false},
		{"unknown unit", "5", "h", 0, false},
		{"junk", "ca. 5 min", "s", 0, false},
		{"empty", "", "s", 0, false},
		{"too many colons", "1:02:03:04", "hms", 0, false},
		{"fractional seconds", "00:01:23.4", "s", 83, true},
		{"fractional seconds round up", "01:23,6", "s", 84, true},
		{"a fraction needs digits", "01:23.", "s", 0, false},
		{"a fraction only on the last part", "01.5:23", "s", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseDuration(tt.in, tt.unit)
			if ok != tt.wantOK || got != tt.want {
				t.Errorf("ParseDuration(%q, %q) = %v, %v; want %v, %v", tt.in, tt.unit, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestParseExcelSerial(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   time.Time
		wantOK bool
	}{
		{"date and time", "45363.4375", time.Date(2024, 3, 12, 10, 30, 0, 0, time.UTC), true},
		{"decimal comma", "45363,5", time.Date(2024, 3, 12, 12, 0, 0, 0, time.UTC), true},
		{"day one", "1", time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"before the phantom leap day", "59", time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC), true},
		{"after the phantom leap day", "61", time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC), true},
		{"phantom leap day", "60", time.Time{}, false},
		{"last day", "2958465", time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), true},
		{"past the last day", "2958466", time.Time{}, false},
		{"zero", "0", time.Time{}, false},
		{"text", "i går", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseExcelSerial(tt.in)
			if ok != tt.wantOK || !got.Equal(tt.want) {
				t.Errorf("ParseExcelSerial(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestNormalizePhone(t *testing.T) {
	tests := []struct {
		name, in, cc, want string
	}{
		{"danish national", "12 34 56 78", "", "+4512345678"},
		{"danish with 0045", "0045 12 34 56 78", "45", "+4512345678"},
		{"already international", "+45 86 12 34 56", "", "+4586123456"},
		{"swedish kept", "+46 8 123 456 78", "", "+46812345678"},
		{"trunk zero under another code", "08-123 456", "+46", "+468123456"},
		{"country code without plus", "4512345678", "45", "+4512345678"},
		{"danish number starting with 45", "45 12 34 56", "45", "+4545123456"},
		{"uk (0)", "+44 (0)20 7946 0958", "", "+442079460958"},
		{"dots and slashes", "12.34/56-78", "", "+4512345678"},
		{"junk", "  ring på mobil  ", "", "ring på mobil"},
		{"too short", "112", "", "112"},
		{"too long", "+1234567890123456", "", "+1234567890123456"},
		{"empty", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizePhone(tt.in, tt.cc); got != tt.want {
				t.Errorf("NormalizePhone(%q, %q) = %q, want %q", tt.in, tt.cc, got, tt.want)
			}
		})
	}
}
