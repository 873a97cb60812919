package source

import "strings"

// Date orders, as Dialect.DateOrder holds them.
const (
	OrderDMY = "dmy"
	OrderMDY = "mdy"
	OrderYMD = "ymd"
)

// sniffNumbers votes on decimal and thousands separators over the
// number-looking cells of each column, then lets each column vote once, so
// that a column of times written "10.30" cannot outvote a column of amounts.
// Unambiguous shapes ("12,5", "1.234,5", "1,234.5") decide; a lone
// separator before exactly three digits ("1.234") only breaks a tie.
// Without evidence, or on a tie, decimal is "," for ";"-delimited files,
// else ".".
func sniffNumbers(cols [][]string, delim byte) (decimal, thousands string) {
	def := byte('.')
	if delim == ';' {
		def = ','
	}
	decVotes, thouVotes, weakVotes := tally{}, tally{}, tally{}
	for _, col := range cols {
		dec, thou, weak := columnSeparators(col)
		decVotes.add(dec)
		thouVotes.add(thou)
		weakVotes.add(weak)
	}
	dec := decVotes.topOr(def)
	thou := thouVotes.topOr(0)
	if thou == 0 {
		if w := weakVotes.topOr(0); w != dec {
			thou = w
		}
	}
	if thou == dec || thou == 0 {
		return string(dec), ""
	}
	return string(dec), string(thou)
}

// columnSeparators returns one column's majority decimal and thousands
// separators from unambiguous cells and its majority ambiguous separator;
// 0 where the column says nothing.
func columnSeparators(cells []string) (dec, thou, weak byte) {
	decs, thous, weaks := tally{}, tally{}, tally{}
	for _, c := range cells {
		s, ok := numberShape(c)
		switch {
		case !ok:
		case s.strong:
			decs.add(s.decimal)
			thous.add(s.thousands)
		default:
			weaks.add(s.ambiguous)
		}
	}
	return decs.topOr(0), thous.topOr(0), weaks.topOr(0)
}

// shape is what one number-looking cell says about separators.
type shape struct {
	decimal, thousands byte
	strong             bool
	ambiguous          byte // a lone separator before exactly three digits
}

// numberShape classifies a cell made of an optional sign, digits and the
// separators '.', ',' and ' '. Digit groups after a thousands separator
// must have three digits, so dates ("12.03.2024") and phone numbers
// ("12 34 56 78") are not numbers.
func numberShape(c string) (shape, bool) {
	c = strings.TrimLeft(c, "+-")
	groups, seps, ok := splitGroups(c)
	if !ok || len(seps) == 0 {
		return shape{}, ok
	}
	first, last := seps[0], seps[len(seps)-1]
	tail := len(groups[len(groups)-1])
	if len(seps) == 1 {
		switch {
		case last == ' ':
			return shape{thousands: ' ', strong: true}, tail == 3
		case tail == 3:
			return shape{ambiguous: last}, true
		}
		return shape{decimal: last, strong: true}, true
	}
	if len(groups[0]) > 3 || !threeDigitGroups(groups[1:len(groups)-1]) {
		return shape{}, false
	}
	if first == last {
		return shape{thousands: last, strong: true}, tail == 3
	}
	if last == ' ' {
		return shape{}, false
	}
	return shape{decimal: last, thousands: first, strong: true}, true
}

// threeDigitGroups reports whether every group has three digits.
func threeDigitGroups(groups []string) bool {
	for _, g := range groups {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// splitGroups splits c into digit groups and the separators between them.
// It fails on any other character, an empty group or two thousands
// separators of different kinds.
func splitGroups(c string) (groups []string, seps []byte, ok bool) {
	start := 0
	for i := 0; i < len(c); i++ {
		switch ch := c[i]; {
		case ch >= '0' && ch <= '9':
		case ch == '.' || ch == ',' || ch == ' ':
			if i == start {
				return nil, nil, false
			}
			groups = append(groups, c[start:i])
			seps = append(seps, ch)
			start = i + 1
		default:
			return nil, nil, false
		}
	}
	if start == len(c) {
		return nil, nil, false
	}
	groups = append(groups, c[start:])
	for i := 1; i < len(seps)-1; i++ {
		if seps[i] != seps[0] {
			return nil, nil, false
		}
	}
	return groups, seps, true
}

// sniffDateOrder votes on the order of numeric dates: a four-digit first
// part means ymd, a first part above 12 proves dmy, a second part above 12
// proves mdy. Ambiguous dates count as dmy, the Danish default.
func sniffDateOrder(cells []string) string {
	var dmy, mdy, ymd, other int
	for _, c := range cells {
		a, b, kind := dateShape(c)
		switch {
		case kind == OrderYMD:
			ymd++
		case kind == "":
		case a > 12 && b <= 12:
			dmy++
		case b > 12 && a <= 12:
			mdy++
		default:
			other++
		}
	}
	switch {
	case mdy > dmy:
		return OrderMDY
	case dmy+mdy+other == 0 && ymd > 0:
		return OrderYMD
	}
	return OrderDMY
}

// dateShape reads the leading "a-b-c" date of a cell (separators '-', '.',
// '/', mixed as in "5/3-24"). kind is "ymd" for a four-digit first part,
// "?" for another date, "" for no date.
func dateShape(c string) (a, b int, kind string) {
	if i := strings.IndexAny(c, " T"); i > 0 {
		c = c[:i]
	}
	parts := strings.FieldsFunc(c, func(r rune) bool { return r == '-' || r == '.' || r == '/' })
	if len(parts) != 3 || len(c) != len(parts[0])+len(parts[1])+len(parts[2])+2 {
		return 0, 0, ""
	}
	nums := [3]int{}
	for i, p := range parts {
		n, ok := atoiN(p, 4)
		if !ok {
			return 0, 0, ""
		}
		nums[i] = n
	}
	switch {
	case len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2:
		return nums[1], nums[2], OrderYMD
	case len(parts[0]) <= 2 && len(parts[1]) <= 2 && (len(parts[2]) == 2 || len(parts[2]) == 4):
		return nums[0], nums[1], "?"
	}
	return 0, 0, ""
}

// atoiN parses 1 to maxLen ASCII digits.
func atoiN(s string, maxLen int) (int, bool) {
	if s == "" || len(s) > maxLen {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
