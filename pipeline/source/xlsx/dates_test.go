package xlsx

import "testing"

func TestAppendSerial(t *testing.T) {
	tests := []struct {
		name     string
		raw      string
		kind     dateKind
		date1904 bool
		want     string
		wantOK   bool
	}{
		{name: "date", raw: "45356", kind: dateOnly, want: "2024-03-05", wantOK: true},
		{name: "date drops time", raw: "45356.75", kind: dateOnly, want: "2024-03-05", wantOK: true},
		{name: "date-time", raw: "45356.586805555555", kind: dateTime, want: "2024-03-05 14:05:00", wantOK: true},
		{name: "rounds to the second", raw: "45356.99999999", kind: dateTime, want: "2024-03-06 00:00:00", wantOK: true},
		{name: "time only", raw: "0.586805555555556", kind: timeOnly, want: "14:05:00", wantOK: true},
		{name: "time of a date-time", raw: "45356.5", kind: timeOnly, want: "12:00:00", wantOK: true},
		{name: "elapsed beyond a day", raw: "1.5034722222", kind: elapsed, want: "36:05:00", wantOK: true},
		{name: "first day", raw: "1", kind: dateOnly, want: "1900-01-01", wantOK: true},
		{name: "before the phantom leap day", raw: "59", kind: dateOnly, want: "1900-02-28", wantOK: true},
		{name: "phantom leap day", raw: "60", kind: dateOnly, want: "1900-03-01", wantOK: true},
		{name: "after the phantom leap day", raw: "61", kind: dateOnly, want: "1900-03-01", wantOK: true},
		{name: "1904 system", raw: "43894", kind: dateOnly, date1904: true, want: "2024-03-05", wantOK: true},
		{name: "1904 epoch", raw: "0", kind: dateOnly, date1904: true, want: "1904-01-01", wantOK: true},
		{name: "scientific notation", raw: "4.5356E4", kind: dateOnly, want: "2024-03-05", wantOK: true},
		{name: "last day", raw: "2958465", kind: dateOnly, want: "9999-12-31", wantOK: true},
		{name: "beyond 9999", raw: "2958467", kind: dateOnly},
		{name: "negative", raw: "-1", kind: dateOnly},
		{name: "not a number", raw: "abc", kind: dateOnly},
		{name: "NaN", raw: "NaN", kind: dateOnly},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := appendSerial([]byte("x"), []byte(tt.raw), tt.kind, tt.date1904)
			if ok != tt.wantOK {
				t.Fatalf("got ok %v, want %v", ok, tt.wantOK)
			}
			want := "x" + tt.want
			if string(got) != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestClassifyFormat(t *testing.T) {
	tests := []struct {
		code string
		want dateKind
	}{
		{"General", notDate},
		{"0.00", notDate},
		{"0.00E+00", notDate},
		{"#,##0.00 [$kr.-406]", notDate},
		{`#,##0 "dage"`, notDate},
		{`0\d`, notDate},
		{"@", notDate},
		{"[Red]0;[Blue]-0", notDate},
		{"yyyy-mm-dd", dateOnly},
		{"[$-406]dd.mm.yyyy", dateOnly},
		{"d. mmmm yyyy", dateOnly},
		{"mmm-yy", dateOnly},
		{"mmmm", dateOnly},
		{`dd/mm/yyyy;@`, dateOnly},
		{"h:mm", timeOnly},
		{"hh:mm:ss AM/PM", timeOnly},
		{"mm:ss", timeOnly},
		{"[h]:mm:ss", elapsed},
		{"[mm]:ss", elapsed},
		{`dd-mm-yyyy "kl." hh:mm`, dateTime},
		{"yyyy-mm-dd hh:mm:ss", dateTime},
		{`"day" 0`, notDate},
		{`0;"dd"`, notDate},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			if got := classifyFormat(tt.code); got != tt.want {
				t.Errorf("classifyFormat(%q) = %d, want %d", tt.code, got, tt.want)
			}
		})
	}
}

func TestBuiltinKind(t *testing.T) {
	tests := []struct {
		id   int
		want dateKind
	}{
		{0, notDate}, {2, notDate}, {13, notDate}, {14, dateOnly}, {17, dateOnly},
		{18, timeOnly}, {21, timeOnly}, {22, dateTime}, {37, notDate}, {45, timeOnly},
		{46, elapsed}, {47, timeOnly}, {49, notDate},
	}
	for _, tt := range tests {
		if got := builtinKind(tt.id); got != tt.want {
			t.Errorf("builtinKind(%d) = %d, want %d", tt.id, got, tt.want)
		}
	}
}
