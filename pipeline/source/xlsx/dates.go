package xlsx

import (
	"math"
	"strconv"
	"time"
)

const (
	secondsPerDay = 86400
	// maxSerial is 9999-12-31, the last day Excel can show.
	maxSerial = 2958465
)

// Epochs of the two date systems. In the 1900 system Excel believes 1900
// was a leap year (a Lotus 1-2-3 bug it kept), so serial 60 is the
// phantom 1900-02-29: serials from 61 on count from 1899-12-30, smaller
// ones from 1899-12-31. This package shows serial 60 as 1900-03-01.
var (
	epoch1900      = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	epoch1900Early = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
	epoch1904      = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
)

// appendSerial appends the ISO text of the serial date-time number raw as
// kind shows it, rounded to the second. It reports false, appending
// nothing, when raw is not a number Excel could show as a date; the
// caller then keeps the raw text.
func appendSerial(dst, raw []byte, kind dateKind, date1904 bool) ([]byte, bool) {
	v, err := strconv.ParseFloat(string(raw), 64)
	if err != nil || math.IsNaN(v) || v < 0 || v > maxSerial+1 {
		return dst, false
	}
	secs := int64(math.Round(v * secondsPerDay))
	switch kind {
	case elapsed:
		return appendClock(dst, secs/3600, secs/60%60, secs%60), true
	case timeOnly:
		secs %= secondsPerDay
		return appendClock(dst, secs/3600, secs/60%60, secs%60), true
	}
	day := secs / secondsPerDay
	t := serialEpoch(day, date1904).AddDate(0, 0, int(day)).Add(time.Duration(secs%secondsPerDay) * time.Second)
	dst = appendDate(dst, t)
	if kind == dateTime {
		dst = append(dst, ' ')
		dst = appendClock(dst, int64(t.Hour()), int64(t.Minute()), int64(t.Second()))
	}
	return dst, true
}

// serialEpoch returns the day that serial 0 stands for.
func serialEpoch(day int64, date1904 bool) time.Time {
	switch {
	case date1904:
		return epoch1904
	case day < 61: // before the phantom leap day's successor
		return epoch1900Early
	}
	return epoch1900
}

// appendDate appends t as 2006-01-02.
func appendDate(dst []byte, t time.Time) []byte {
	y, m, d := t.Date()
	dst = appendPadded(dst, int64(y), 4)
	dst = append(dst, '-')
	dst = appendPadded(dst, int64(m), 2)
	dst = append(dst, '-')
	return appendPadded(dst, int64(d), 2)
}

// appendClock appends h:m:s as 15:04:05 (hours may exceed 23 for
// elapsed durations).
func appendClock(dst []byte, h, m, s int64) []byte {
	dst = appendPadded(dst, h, 2)
	dst = append(dst, ':')
	dst = appendPadded(dst, m, 2)
	dst = append(dst, ':')
	return appendPadded(dst, s, 2)
}

// appendPadded appends the non-negative n with leading zeros to width.
func appendPadded(dst []byte, n int64, width int) []byte {
	var tmp [20]byte
	b := strconv.AppendInt(tmp[:0], n, 10)
	for i := len(b); i < width; i++ {
		dst = append(dst, '0')
	}
	return append(dst, b...)
}
