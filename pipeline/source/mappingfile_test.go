package source

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestBadMappings loads each testdata/mappings/bad_*.yaml and compares the
// error with bad_*.err beside it.
func TestBadMappings(t *testing.T) {
	files, err := filepath.Glob("testdata/mappings/bad_*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bad mappings found: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			m, err := LoadMapping(file)
			if err == nil {
				t.Fatalf("LoadMapping(%s) = %+v, want an error", file, m)
			}
			var me *MappingError
			if !errors.As(err, &me) || me.Line == 0 || me.Path != file {
				t.Errorf("error %v is not a located *MappingError for %s", err, file)
			}
			golden := strings.TrimSuffix(file, ".yaml") + ".err"
			got := err.Error() + "\n"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseMapping(t *testing.T) {
	m, err := LoadMapping("testdata/mappings/good_custom.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Mapping{
		Name:        "acme-calls",
		Description: "Acme's own call log",
		Timezone:    "Europe/Copenhagen",
		Detect:      Detect{Require: []string{"Opkaldsdato"}, Any: []string{"Sælger", "Notat"}},
		CSV:         Dialect{Delimiter: ";", Encoding: "windows-1252", Decimal: ",", DateOrder: "dmy", HeaderRow: 2},
		Fields: map[string]Field{
			"called_at": {
				Column:  Columns{"Opkaldsdato"},
				Time:    Columns{"Kl", "Klokken"},
				Formats: []string{"%d-%m-%Y %H:%M", "%d. %B %Y %H:%M"},
				Line:    15,
			},
			"rep":        {Column: Columns{"Sælger", "Medarbejder"}, Line: 19},
			"direction":  {Value: "outbound", Line: 20},
			"duration_s": {Column: Columns{"Varighed"}, Unit: "hms", Line: 21},
			"outcome": {
				Column: Columns{"Udfald"},
				Strict: true,
				Values: map[string]string{"Møde": "meeting", "Nej": "no", "Ingen svar": "not_reached"},
				Line:   22,
			},
			"note": {Column: Columns{"Notat"}, Required: true, Line: 26},
		},
		Path: "testdata/mappings/good_custom.yaml",
	}
	if diff := cmp.Diff(want, m); diff != "" {
		t.Errorf("LoadMapping (-want +got):\n%s", diff)
	}
}

func TestParseMappingDefaults(t *testing.T) {
	tests := []struct {
		name    string
		path    string
		in      string
		want    string // the mapping's name
		wantErr string
	}{
		{name: "name from the file", path: "dir/my-crm.yml", in: "fields:\n  called_at: {column: Date}\n", want: "my-crm"},
		{name: "column list in block style", path: "m.yaml", in: "name: x\nfields:\n  called_at:\n    column:\n      - Date\n      - Dato\n", want: "x"},
		{name: "numeric column name", path: "m.yaml", in: "name: x\nfields:\n  called_at: {column: 2024}\n", want: "x"},
		{name: "empty file", path: "m.yaml", in: "\n# nothing\n", wantErr: "m.yaml:"},
		{name: "no fields", path: "m.yaml", in: "name: x\n", wantErr: "m.yaml: no fields"},
		{name: "name with a space", path: "m.yaml", in: "name: my crm\nfields:\n  note: {column: N}\n", wantErr: `m.yaml:1:7: name "my crm" must not contain spaces or slashes`},
		{name: "duplicate folded values", path: "m.yaml", in: "fields:\n  outcome:\n    column: R\n    values: {Ja: meeting, ja: meeting}\n", wantErr: `values "Ja" and "ja" differ only in case or spacing`},
		{name: "duplicate key", path: "m.yaml", in: "name: a\nname: b\n", wantErr: "m.yaml:2:1:"},
		{name: "min_any above any", path: "m.yaml", in: "detect: {any: [A], min_any: 2}\nfields:\n  note: {column: N}\n", wantErr: "m.yaml:1:29: min_any must be between 0 and the 1 names of detect.any"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseMapping(tt.path, []byte(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseMapping error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if m.Name != tt.want {
				t.Errorf("name = %q, want %q", m.Name, tt.want)
			}
		})
	}
}

func TestLoadMappingMissingFile(t *testing.T) {
	_, err := LoadMapping("testdata/mappings/no_such_file.yaml")
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadMapping error = %v, want one wrapping os.ErrNotExist", err)
	}
}

func TestCheckFormat(t *testing.T) {
	tests := []struct {
		in      string
		wantErr string
	}{
		{"%d-%m-%Y %H:%M:%S", ""},
		{"%d. %B %Y", ""},
		{"%Y%m%d", ""},
		{"100%% %d/%m/%y", ""},
		{"", "empty date format"},
		{"%d-%m-", `date format "%d-%m-" needs a day, a month and a year`},
		{"%d-%m-%", `date format "%d-%m-%" ends in %`},
		{"%d-%m-%Y %z", `unknown verb %z`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			err := CheckFormat(tt.in)
			if (err == nil) != (tt.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("CheckFormat(%q) = %v, want %q", tt.in, err, tt.wantErr)
			}
		})
	}
}

// FuzzParseMapping checks that no mapping file panics the loader, and that
// every error it returns is located in the file.
func FuzzParseMapping(f *testing.F) {
	files, _ := filepath.Glob("testdata/mappings/*.yaml")
	presets, _ := filepath.Glob("presets/*.yaml")
	for _, file := range append(files, presets...) {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := ParseMapping("fuzz.yaml", b)
		if err == nil {
			return
		}
		var me *MappingError
		if !errors.As(err, &me) || me.Path != "fuzz.yaml" {
			t.Fatalf("ParseMapping(%q) error %v is not a *MappingError for fuzz.yaml", b, err)
		}
	})
}

func TestParseMappingTabDelimiter(t *testing.T) {
	for _, written := range []string{`'\t'`, `"\t"`, `tab`} {
		m, err := ParseMapping("m.yaml", []byte("csv: {delimiter: "+written+"}\nfields:\n  note: {column: N}\n"))
		if err != nil {
			t.Fatal(err)
		}
		if m.CSV.Delimiter != "\t" {
			t.Errorf("delimiter %s = %q, want a tab", written, m.CSV.Delimiter)
		}
	}
}
