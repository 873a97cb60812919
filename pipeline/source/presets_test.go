package source

import (
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

func TestPresets(t *testing.T) {
	var names []string
	for _, m := range Presets() {
		names = append(names, m.Name)
		if m.Description == "" {
			t.Errorf("preset %s has no description", m.Name)
		}
		if len(m.Detect.Require) == 0 && m.Detect.MinAny == 0 {
			t.Errorf("preset %s would match any file", m.Name)
		}
		if _, ok := m.Fields[FieldNote]; !ok {
			t.Errorf("preset %s maps no note", m.Name)
		}
		if d, ok := m.Fields[FieldDuration]; ok && d.Unit == "" {
			t.Errorf("preset %s does not say its duration unit", m.Name)
		}
	}
	want := []string{"aircall", "dynamics365", "generic", "hubspot", "pipedrive", "salesforce"}
	if !slices.Equal(names, want) {
		t.Errorf("Presets() = %v, want %v", names, want)
	}
}

func TestPreset(t *testing.T) {
	m, err := Preset("hubspot")
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Fields[FieldDuration].Unit; got != UnitMillis {
		t.Errorf("hubspot duration unit = %q, want %q", got, UnitMillis)
	}
	_, err = Preset("zoho")
	if !errors.Is(err, ErrUnknownPreset) || !strings.Contains(err.Error(), "aircall, dynamics365, generic") {
		t.Errorf("Preset(zoho) error = %v, want ErrUnknownPreset listing the presets", err)
	}
	data, err := PresetYAML("aircall")
	if err != nil || !strings.Contains(string(data), "includes ringing time") {
		t.Errorf("PresetYAML(aircall) = %q, %v; want the file with its description", data, err)
	}
}

func TestDetectPreset(t *testing.T) {
	tests := []struct {
		name    string
		header  []string
		want    string
		wantErr string
	}{
		{name: "demo generator header", header: strings.Split("Dato;Tid;Sælger;Team;Firma;Kontaktperson;Telefon;Branche;Ansatte;Retning;Varighed;Udfald;Note", ";"), want: "generic"},
		{name: "english sheet with subject and direction", header: []string{"Date", "Time", "Rep", "Company", "Direction", "Duration", "Subject", "Notes"}, want: "generic"},
		{name: "case and spacing do not matter", header: []string{"ACTIVITY  DATE", "call outcome", "Call notes"}, want: "hubspot"},
		{name: "two generic names are not enough", header: []string{"Date", "Notes", "Amount"}, wantErr: `the file's header is "Date", "Notes", "Amount"`},
		{name: "no match lists presets", header: []string{"x"}, wantErr: `hubspot: all of "Activity date", "Call outcome"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := DetectPreset(tt.header)
			if tt.wantErr != "" {
				if !errors.Is(err, ErrNoPreset) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("DetectPreset error = %v, want ErrNoPreset containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if m.Name != tt.want {
				t.Errorf("DetectPreset = %s, want %s", m.Name, tt.want)
			}
		})
	}
}

// sampleRows reads a sample export with its sniffed dialect: the header
// and the data rows, as a CSV reader after transcoding sees them.
func sampleRows(t *testing.T, file string) (Dialect, []string, [][]string) {
	t.Helper()
	raw := readSample(t, file)
	d, err := Sniff(raw)
	if err != nil {
		t.Fatalf("Sniff: %v", err)
	}
	r, err := NewUTF8Reader(strings.NewReader(string(raw)), d.Encoding)
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfterN(string(text), "\n", d.HeaderRow)
	cr := csv.NewReader(strings.NewReader(lines[len(lines)-1]))
	cr.Comma = rune(d.Delimiter[0])
	records, err := cr.ReadAll()
	if err != nil {
		t.Fatalf("read %s: %v", file, err)
	}
	return d, records[0], records[1:]
}

// TestSamplesThroughPresets reads every sample with the preset Detect
// picks and checks that each row's values parse: the time, the duration,
// the direction and the phone number.
func TestSamplesThroughPresets(t *testing.T) {
	tests := []struct {
		file, preset string
		rows         int
	}{
		{"hubspot/calls.csv", "hubspot", 20},
		{"salesforce/tasks.csv", "salesforce", 18},
		{"pipedrive/activities.csv", "pipedrive", 16},
		{"dynamics365/phonecalls.csv", "dynamics365", 15},
		{"aircall/calls.csv", "aircall", 16},
		{"generic/demo.csv", "generic", 18},
		{"generic/dansk_cp1252.csv", "generic", 15},
		{"generic/dansk_utf8_bom.csv", "generic", 15},
		{"generic/english.tsv", "generic", 12},
		{"generic/unicode_text.txt", "generic", 8},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d, header, rows := sampleRows(t, tt.file)
			m, err := DetectPreset(header)
			if err != nil {
				t.Fatal(err)
			}
			if m.Name != tt.preset {
				t.Fatalf("DetectPreset = %s, want %s", m.Name, tt.preset)
			}
			res, err := m.Resolve(header)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != tt.rows {
				t.Errorf("got %d rows, want %d", len(rows), tt.rows)
			}
			for i, row := range rows {
				checkRow(t, res, d, i+1, row)
			}
		})
	}
}

// checkRow checks that one row's mapped values parse.
func checkRow(t *testing.T, res Resolved, d Dialect, n int, row []string) {
	t.Helper()
	at, ok := res.Lookup(FieldCalledAt)
	if !ok {
		t.Fatal("called_at is not mapped")
	}
	formats := at.Field.Formats
	if len(formats) == 0 {
		formats = DefaultDateFormats(d.DateOrder)
	}
	if raw := at.Raw(row); !parses(raw, formats) {
		t.Errorf("row %d: called_at %q does not parse with %q", n, raw, formats)
	}
	if s, ok := res.Lookup(FieldDuration); ok {
		if _, ok := ParseDuration(s.Raw(row), s.Field.Unit); !ok {
			t.Errorf("row %d: duration %q (%s) does not parse", n, s.Raw(row), s.Field.Unit)
		}
	}
	if s, ok := res.Lookup(FieldDirection); ok {
		if v, _ := s.Map(s.Raw(row)); !slices.Contains(Directions, v) {
			t.Errorf("row %d: direction %q maps to %q", n, s.Raw(row), v)
		}
	}
	if s, ok := res.Lookup(FieldOutcome); ok {
		if v, _ := s.Map(s.Raw(row)); v != "" && !slices.Contains(Outcomes, v) {
			t.Errorf("row %d: outcome %q maps to %q", n, s.Raw(row), v)
		}
	}
	if s, ok := res.Lookup(FieldPhone); ok {
		if p := NormalizePhone(s.Raw(row), ""); !strings.HasPrefix(p, "+") {
			t.Errorf("row %d: phone %q normalises to %q", n, s.Raw(row), p)
		}
	}
}

// parses reports whether s is a time in one of formats.
func parses(s string, formats []string) bool {
	_, ok := ParseTime(s, formats)
	return ok
}

func TestPresetValueMaps(t *testing.T) {
	tests := []struct {
		preset, field, raw, want string
	}{
		{"hubspot", FieldOutcome, "No answer", "not_reached"},
		{"hubspot", FieldOutcome, "Connected", ""},
		{"hubspot", FieldDirection, "OUTBOUND", "outbound"},
		{"salesforce", FieldOutcome, "Meeting Booked", "meeting"},
		{"salesforce", FieldDirection, "Inbound", "inbound"},
		{"dynamics365", FieldDirection, "Outgoing", "outbound"},
		{"dynamics365", FieldDirection, "Incoming", "inbound"},
		{"aircall", FieldOutcome, "No", "not_reached"},
		{"aircall", FieldOutcome, "Yes", ""},
		{"generic", FieldDirection, "Udgående", "outbound"},
		{"generic", FieldDirection, "Indgående", "inbound"},
		{"generic", FieldOutcome, "Møde booket", "meeting"},
		{"generic", FieldOutcome, "Telefonsvarer", "not_reached"},
		{"generic", FieldOutcome, "Forkert nummer", "invalid"},
		{"pipedrive", FieldDirection, "", "outbound"},
	}
	for _, tt := range tests {
		t.Run(tt.preset+" "+tt.field+" "+tt.raw, func(t *testing.T) {
			m, err := Preset(tt.preset)
			if err != nil {
				t.Fatal(err)
			}
			f, ok := m.Fields[tt.field]
			if !ok {
				t.Fatalf("%s maps no %s", tt.preset, tt.field)
			}
			s := Source{Name: tt.field, Field: f, Index: -1, TimeIndex: -1}
			raw := tt.raw
			if f.Value != "" {
				raw = s.Raw(nil)
			}
			if got, _ := s.Map(raw); got != tt.want {
				t.Errorf("%s %s %q maps to %q, want %q", tt.preset, tt.field, raw, got, tt.want)
			}
		})
	}
}
