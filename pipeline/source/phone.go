package source

import "strings"

// DefaultCountryCode is the calling code NormalizePhone assumes for
// national numbers: Denmark.
const DefaultCountryCode = "45"

// Bounds on a phone number's digits (ITU E.164 allows 15; 6 rules out
// extensions and junk).
const (
	minPhoneDigits = 6
	maxPhoneDigits = 15
)

// NormalizePhone writes a phone number as +<country><number> without
// separators. "12 34 56 78" → "+4512345678", "0045 1234 5678" →
// "+4512345678", "+46 8 123 456 78" → "+46812345678"; a national number
// with a trunk 0 loses it ("08-123 456" with "46" → "+468123456").
// defaultCC is the calling code for national numbers, with or without "+"
// ("" means DefaultCountryCode). Anything that is not a phone number is
// returned trimmed, as given.
func NormalizePhone(s, defaultCC string) string {
	trimmed := strings.TrimSpace(s)
	cc := strings.TrimPrefix(strings.TrimSpace(defaultCC), "+")
	if cc == "" {
		cc = DefaultCountryCode
	}
	plus, digits, ok := phoneDigits(trimmed)
	if !ok {
		return trimmed
	}
	var intl string
	switch {
	case plus:
		intl = digits
	case strings.HasPrefix(digits, "00"):
		intl = digits[2:]
	case strings.HasPrefix(digits, "0"):
		intl = cc + digits[1:]
	case strings.HasPrefix(digits, cc) && len(digits)-len(cc) >= 8:
		intl = digits // already has the country code, "4512345678"
	default:
		intl = cc + digits
	}
	if len(intl) < minPhoneDigits || len(intl) > maxPhoneDigits {
		return trimmed
	}
	return "+" + intl
}

// phoneDigits strips separators (space, no-break space, '-', '.', '/',
// parentheses and a "(0)" after a country code) and reports whether what is
// left is an optional '+' and digits only.
func phoneDigits(s string) (plus bool, digits string, ok bool) {
	if strings.HasPrefix(s, "+") {
		plus = true
		s = strings.Replace(s[1:], "(0)", "", 1)
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '\u00a0' || r == '-' || r == '.' || r == '/' || r == '(' || r == ')':
		default:
			return false, "", false
		}
	}
	return plus, b.String(), b.Len() > 0
}
