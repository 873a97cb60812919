package reports

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// numberFormat is how a language writes numbers.
type numberFormat struct {
	thousands, decimal string
	percent            string // between the number and "%"
	pp                 string // unit of a difference of percentages
}

func numbersFor(lang string) numberFormat {
	if lang == "en" {
		return numberFormat{thousands: ",", decimal: ".", percent: "", pp: " pp"}
	}
	return numberFormat{thousands: ".", decimal: ",", percent: " ", pp: " pct.-point"}
}

// Int writes n with thousands separators: 1.234 (da), 1,234 (en).
func (nf numberFormat) Int(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(nf.thousands)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Float writes f with dec decimals and thousands separators.
func (nf numberFormat) Float(f float64, dec int) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "–"
	}
	s := strconv.FormatFloat(math.Abs(f), 'f', dec, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	whole, _ := strconv.ParseInt(intPart, 10, 64)
	out := nf.Int(whole)
	if frac != "" {
		out += nf.decimal + frac
	}
	if f < 0 && strings.Trim(s, "0.") != "" {
		out = "-" + out
	}
	return out
}

// Pct writes a proportion (0..1) as a percentage: "25 %" (da), "25%" (en).
func (nf numberFormat) Pct(p float64, dec int) string {
	return nf.Float(p*100, dec) + nf.percent + "%"
}

// Rate writes a rate, or a dash when it has no denominator.
func (nf numberFormat) Rate(r Rate) string {
	if !r.Valid {
		return "–"
	}
	return nf.Pct(r.P, 0)
}

// Interval writes a rate's Wilson interval: "20–31 %".
func (nf numberFormat) Interval(r Rate) string {
	if !r.Valid {
		return "–"
	}
	return nf.Float(r.Lo*100, 0) + "–" + nf.Float(r.Hi*100, 0) + nf.percent + "%"
}

// PP writes a difference of two proportions in percentage points, signed.
func (nf numberFormat) PP(d float64) string {
	return signed(nf.Float(d*100, 1), d) + nf.pp
}

// Change writes a relative change of a count, signed: "+12 %".
func (nf numberFormat) Change(prev, cur float64) string {
	if prev == 0 {
		return "–"
	}
	d := cur/prev - 1
	return signed(nf.Pct(d, 0), d)
}

func signed(s string, v float64) string {
	if v > 0 && strings.ContainsAny(s, "123456789") {
		return "+" + s
	}
	return s
}

// Date writes a date in the language's long form: "3. marts 2026" (da),
// "3 March 2026" (en).
func (nf numberFormat) Date(lang string, t time.Time) string {
	month := textsFor(lang).Months[t.Month()-1]
	if lang == "en" {
		return strconv.Itoa(t.Day()) + " " + month + " " + strconv.Itoa(t.Year())
	}
	return strconv.Itoa(t.Day()) + ". " + strings.ToLower(month) + " " + strconv.Itoa(t.Year())
}

// lowerFirst lower-cases the first letter, for a label used mid-sentence.
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// upperFirst capitalises the first letter, for a word used as a heading.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
