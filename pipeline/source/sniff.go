package source

import (
	"fmt"
	"maps"
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
	if h < skip && endsEmpty(recs, c.width) {
		// Rows written with a delimiter at the end ("a;b;c;") are one field
		// wider than their header: the header has the width less one.
		c.width--
		h = findHeader(recs[min(skip, len(recs)):], c.width) + skip
		for i := range recs {
			if len(recs[i].fields) == c.width+1 {
				recs[i].fields = recs[i].fields[:c.width]
			}
		}
	}
	if h < skip {
		return Dialect{}, fmt.Errorf("%w (delimiter %q, %d fields)", ErrNoHeader, c.delim, c.width)
	}
	d := Dialect{
		Encoding:  enc,
		Delimiter: string(c.delim),
		Quote:     `"`,
		HeaderRow: recs[h].line,
	}
	cols := dataColumns(recs[h+1:], c.width)
	d.Decimal, d.Thousands = sniffNumbers(cols, c.delim)
	d.DateOrder = sniffDateOrder(slices.Concat(cols...))
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

// endsEmpty reports whether most records of the given width end in an empty
// field (a row with a real value there is rejected later, as too wide).
func endsEmpty(recs []record, width int) bool {
	var empty, other int
	for _, r := range recs {
		if len(r.fields) == width {
			if strings.TrimSpace(r.fields[width-1]) == "" {
				empty++
			} else {
				other++
			}
		}
	}
	return empty > other && width > 2
}

// findHeader returns the index of the first record that has the data width
// and looks like a header, or -1.
func findHeader(recs []record, width int) int {
	for i, r := range recs {
		fields := r.fields
		if len(fields) == width+1 && strings.TrimSpace(fields[width]) == "" {
			fields = fields[:width] // a header written with a delimiter at the end ("A;B;C;")
		}
		if len(fields) == width && headerLike(fields) {
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

// dataColumns returns the trimmed non-empty cells of the records that have
// the data width, column by column.
func dataColumns(recs []record, width int) [][]string {
	cols := make([][]string, width)
	for _, r := range recs {
		if len(r.fields) != width {
			continue
		}
		for i, c := range r.fields {
			if c = strings.TrimSpace(c); c != "" {
				cols[i] = append(cols[i], c)
			}
		}
	}
	return cols
}

// tally counts votes per separator byte.
type tally map[byte]int

// add counts a vote; 0 is no vote.
func (t tally) add(b byte) {
	if b != 0 {
		t[b]++
	}
}

// topOr returns the separator with most votes; def when there are none or
// def is among the tied leaders, else the smallest tied byte, so the result
// does not depend on map order.
func (t tally) topOr(def byte) byte {
	best, n := def, t[def]
	for _, k := range slices.Sorted(maps.Keys(t)) {
		if t[k] > n {
			best, n = k, t[k]
		}
	}
	return best
}
