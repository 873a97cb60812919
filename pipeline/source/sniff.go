package source

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// SniffSize is how much of a file Sniff wants to see: the first 64 KiB.
const SniffSize = 64 << 10

// sniffRecords caps how many records Sniff reads from the head.
const sniffRecords = 2000

// delimiters are the candidates Sniff chooses from, in order of preference
// on a tie.
const delimiters = ",;\t|"

// Sniff guesses how a delimited text file is written from its first bytes
// (SniffSize is plenty): encoding, delimiter, header row (after any preamble
// lines), decimal and thousands separators and the order of day, month and
// year. Quote is always `"`. Decimal defaults to "," for ";"-delimited files
// (the Danish Excel habit) and "." otherwise; DateOrder defaults to "dmy".
//
// Errors are ErrEmpty, ErrNotText, ErrNoDelimiter or ErrNoHeader, wrapped.
func Sniff(head []byte) (Dialect, error) {
	if len(head) == 0 {
		return Dialect{}, ErrEmpty
	}
	enc, err := detectEncoding(head)
	if err != nil {
		return Dialect{}, err
	}
	text, err := DecodeHead(head, enc)
	if err != nil {
		return Dialect{}, err
	}
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.TrimSpace(text) == "" {
		return Dialect{}, ErrEmpty
	}
	return sniffText(text, enc)
}

// sniffText sniffs decoded text.
func sniffText(text, enc string) (Dialect, error) {
	candidates, skip := delimiters, 0
	if sep, ok := excelSep(text); ok {
		candidates, skip = sep, 1
	}
	c, ok := chooseDelimiter(text, candidates)
	if !ok {
		return Dialect{}, ErrNoDelimiter
	}
	recs := splitRecords(text, c.delim, '"', sniffRecords)
	h := findHeader(recs[min(skip, len(recs)):], c.width) + skip
	if h < skip {
		return Dialect{}, fmt.Errorf("%w (delimiter %q, %d fields)", ErrNoHeader, c.delim, c.width)
	}
	d := Dialect{
		Encoding:  enc,
		Delimiter: string(c.delim),
		Quote:     `"`,
		HeaderRow: recs[h].line,
	}
	cells := dataCells(recs[h+1:], c.width)
	d.Decimal, d.Thousands = sniffNumbers(cells, c.delim)
	d.DateOrder = sniffDateOrder(cells)
	return d, nil
}

// excelSep reads the "sep=;" line Excel writes and reads as the first line
// of a CSV file to name its delimiter.
func excelSep(text string) (string, bool) {
	line, _, _ := strings.Cut(text, "\n")
	line = strings.TrimRight(line, "\r")
	sep, ok := strings.CutPrefix(line, "sep=")
	if !ok || len(sep) != 1 {
		return "", false
	}
	return sep, true
}

// candidate is one delimiter's split of the head.
type candidate struct {
	delim byte
	width int // the most common field count above one
	count int // how many records have that width
}

// chooseDelimiter picks the delimiter whose most common field count (>1)
// covers the most records; on a tie the wider split, then the earlier
// candidate in delimiters.
func chooseDelimiter(text, candidates string) (candidate, bool) {
	var best candidate
	for i := range len(candidates) {
		d := candidates[i]
		width, count := modalWidth(recordWidths(text, d, '"', sniffRecords))
		c := candidate{delim: d, width: width, count: count}
		if c.count > best.count || (c.count == best.count && c.width > best.width) {
			best = c
		}
	}
	return best, best.count > 0
}

// modalWidth returns the most common field count above one and how often
// it occurs; ties go to the wider count.
func modalWidth(widths []int) (width, count int) {
	counts := map[int]int{}
	for _, n := range widths {
		if n > 1 {
			counts[n]++
		}
	}
	for w, n := range counts {
		if n > count || (n == count && w > width) {
			width, count = w, n
		}
	}
	return width, count
}

// findHeader returns the index of the first record that has the data width
// and looks like a header, or -1.
func findHeader(recs []record, width int) int {
	for i, r := range recs {
		if len(r.fields) == width && headerLike(r.fields) {
			return i
		}
	}
	return -1
}

// headerLike reports cells that are mostly filled (at least half) with text
// that does not look like a value: at most one in ten non-empty cells may be
// a number, date, time or phone number.
func headerLike(cells []string) bool {
	var filled, valueLike int
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		filled++
		if digitHeavy(c) {
			valueLike++
		}
	}
	return filled*2 >= len(cells) && valueLike*10 <= filled
}

// digitHeavy reports text at least half of whose non-space characters are
// digits: numbers, dates, times, phone numbers, ids.
func digitHeavy(s string) bool {
	var digits, other int
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r != ' ':
			other++
		}
	}
	return digits > 0 && digits >= other
}

// dataCells returns the trimmed non-empty cells of the records that have the
// data width.
func dataCells(recs []record, width int) []string {
	var cells []string
	for _, r := range recs {
		if len(r.fields) != width {
			continue
		}
		for _, c := range r.fields {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
	}
	return cells
}

// tally counts votes per separator byte.
type tally map[byte]int

// top returns the separator with most votes, or 0; ties go to the smaller
// byte so the result does not depend on map order.
func (t tally) top() byte {
	keys := make([]byte, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b byte) int {
		return cmp.Or(cmp.Compare(t[b], t[a]), cmp.Compare(a, b))
	})
	if len(keys) == 0 {
		return 0
	}
	return keys[0]
}
