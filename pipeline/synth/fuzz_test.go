package synth

import (
	"bytes"
	"errors"
	"testing"
	"time"
)

// FuzzGenerate runs small years with any options: no panics, bad options
// rejected with ErrOptions, and every call written on a working day of the
// year asked for.
func FuzzGenerate(f *testing.F) {
	f.Add(2026, 3, 20, uint64(42), 2000, int64(0))
	f.Add(1900, 1, 1, uint64(0), 1, int64(-2208988800))
	f.Add(2200, 2, 5, uint64(7), 40, int64(7258118400))
	f.Add(2020, 5, 30, uint64(1), 900, int64(1609372800)) // 2020 has an ISO week 53
	f.Fuzz(func(t *testing.T, year, reps, companies int, seed uint64, calls int, asOf int64) {
		reps, companies, calls = reps%8, companies%200, calls%5000 // keep each run small
		opts := Options{Year: year, Reps: reps, Companies: companies, Seed: seed, Calls: calls}
		if asOf != 0 {
			opts.AsOf = time.Unix(asOf, 0).UTC()
		}
		var buf bytes.Buffer
		st, err := Generate(&buf, opts)
		if err != nil {
			if !errors.Is(err, ErrOptions) {
				t.Fatalf("err = %v, want ErrOptions", err)
			}
			return
		}
		rows := readRows(t, buf.Bytes())
		if len(rows) != st.Calls {
			t.Fatalf("%d rows, Stats says %d", len(rows), st.Calls)
		}
		for _, r := range rows {
			d, err := time.Parse("02-01-2006", r[0])
			if err != nil || !IsWorkday(d) {
				t.Fatalf("call on %q: %v", r[0], err)
			}
		}
	})
}
