package source

import "testing"

func TestNumberShape(t *testing.T) {
	tests := []struct {
		in     string
		want   shape
		wantOK bool
	}{
		{"1234", shape{}, true},
		{"12,5", shape{decimal: ',', strong: true}, true},
		{"-0.25", shape{decimal: '.', strong: true}, true},
		{"1.234", shape{ambiguous: '.'}, true},
		{"1.234,5", shape{decimal: ',', thousands: '.', strong: true}, true},
		{"12,345,678.9", shape{decimal: '.', thousands: ',', strong: true}, true},
		{"1.234.567", shape{thousands: '.', strong: true}, true},
		{"1 234", shape{thousands: ' ', strong: true}, true},
		{"12.03.2024", shape{}, false},
		{"12 34 56 78", shape{}, false},
		{"1234.567,8", shape{}, false},
		{"1,2.3", shape{}, false},
		{"1,23,4", shape{}, false},
		{"10:30", shape{}, false},
		{"12,", shape{}, false},
		{"", shape{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := numberShape(tt.in)
			if ok != tt.wantOK || (ok && got != tt.want) {
				t.Errorf("numberShape(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestSniffNumbers(t *testing.T) {
	tests := []struct {
		name          string
		cols          [][]string
		delim         byte
		wantDec       string
		wantThousands string
	}{
		{"no numbers, semicolon", [][]string{{"a", "b"}}, ';', ",", ""},
		{"no numbers, comma", [][]string{{"a"}}, ',', ".", ""},
		{"danish", [][]string{{"12,5", "1.234,5", "7"}}, ';', ",", "."},
		{"english", [][]string{{"12.5"}, {"1,234.5"}}, ';', ".", ","},
		{"only ambiguous thousands in a danish file", [][]string{{"1.234", "2.500"}}, ';', ",", "."},
		{"majority within a column", [][]string{{"1,5", "2,5", "3.5"}}, ',', ",", ""},
		{"times do not outvote amounts", [][]string{{"10.30", "11.15", "14.45", "9.05"}, {"12,5"}}, ';', ",", ""},
		{"two columns beat one", [][]string{{"10.30"}, {"2.5"}, {"12,5", "1,5", "7,25"}}, ',', ".", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec, thou := sniffNumbers(tt.cols, tt.delim)
			if dec != tt.wantDec || thou != tt.wantThousands {
				t.Errorf("sniffNumbers = %q, %q; want %q, %q", dec, thou, tt.wantDec, tt.wantThousands)
			}
		})
	}
}

func TestSniffDateOrder(t *testing.T) {
	tests := []struct {
		name  string
		cells []string
		want  string
	}{
		{"no dates default to dmy", []string{"x"}, "dmy"},
		{"ambiguous dates are dmy", []string{"01/02/2024", "03/04/2024"}, "dmy"},
		{"day above 12", []string{"01/02/2024", "13/02/2024"}, "dmy"},
		{"month first proven", []string{"01/02/2024", "02/13/2024 10:00"}, "mdy"},
		{"iso only", []string{"2024-01-02", "2024-01-03T10:00:00Z"}, "ymd"},
		{"iso beside day-first", []string{"2024-01-02", "5/3-24"}, "dmy"},
		{"danish short form", []string{"24.12.24"}, "dmy"},
		{"not dates", []string{"1.2.3.4", "12-345-6789", "v1.2.3"}, "dmy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniffDateOrder(tt.cells); got != tt.want {
				t.Errorf("sniffDateOrder(%q) = %q, want %q", tt.cells, got, tt.want)
			}
		})
	}
}
