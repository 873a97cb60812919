package source

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// testMapping parses an inline mapping or fails the test.
func testMapping(t *testing.T, yaml string) *Mapping {
	t.Helper()
	m, err := ParseMapping("test.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestResolve(t *testing.T) {
	m := testMapping(t, `
name: t
fields:
  called_at: {column: [Date, Dato], time: [Time, Tid]}
  rep: {column: [Owner, Sælger]}
  direction: {value: outbound}
  note: {column: Notes, required: true}
  team: {column: Team}
`)
	tests := []struct {
		name    string
		header  []string
		want    []Source
		wantErr string
	}{
		{
			name:   "first present candidate, case-insensitive, time column",
			header: []string{"Sælger", " dato ", "TID", "Notes"},
			want: []Source{
				{Name: "called_at", Index: 1, Column: " dato ", TimeIndex: 2, TimeColumn: "TID"},
				{Name: "rep", Index: 0, Column: "Sælger", TimeIndex: -1},
				{Name: "direction", Index: -1, TimeIndex: -1},
				{Name: "note", Index: 3, Column: "Notes", TimeIndex: -1},
			},
		},
		{
			name:    "required field missing",
			header:  []string{"Date"},
			wantErr: `note (looked for "Notes"); the file's header is "Date"`,
		},
		{
			name:    "no time field",
			header:  []string{"Notes"},
			wantErr: `called_at (looked for "Date", "Dato") or month (not mapped)`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := m.Resolve(tt.header)
			if tt.wantErr != "" {
				if !errors.Is(err, ErrMissingColumns) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Resolve error = %v, want ErrMissingColumns containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			ignoreField := cmp.Transformer("name", func(s Source) Source { s.Field = Field{}; return s })
			if diff := cmp.Diff(tt.want, got.Fields, ignoreField); diff != "" {
				t.Errorf("Resolve (-want +got):\n%s", diff)
			}
			if got.Has(FieldTeam) {
				t.Error("team is mapped, but the header has no Team column")
			}
		})
	}
}

func TestSourceRawAndMap(t *testing.T) {
	m := testMapping(t, `
fields:
  called_at: {column: D, time: T}
  direction: {column: Dir, values: {Udgående: outbound}}
  outcome: {column: Res, values: {"Møde booket": meeting}}
  disposition: {column: Res}
  size: {column: S, strict: true, values: {small: "1-9"}}
  note: {value: "fast tekst"}
`)
	res, err := m.Resolve([]string{"D", "T", "Dir", "Res", "S"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		field, raw, want string
		wantOK           bool
	}{
		{"direction", " udgående ", "outbound", true},
		{"direction", "Inbound", "inbound", true},
		{"direction", "sideways", "", true},
		{"outcome", "MØDE  BOOKET", "meeting", true},
		{"outcome", "Ring igen", "", true},
		{"outcome", "no", "no", true},
		{"disposition", " Ring igen ", "Ring igen", true},
		{"size", "small", "1-9", true},
		{"size", "huge", "", false},
		{"size", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.field+" "+tt.raw, func(t *testing.T) {
			s, _ := res.Lookup(tt.field)
			got, ok := s.Map(tt.raw)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("Map(%q) = %q, %v; want %q, %v", tt.raw, got, ok, tt.want, tt.wantOK)
			}
		})
	}
	at, _ := res.Lookup(FieldCalledAt)
	if got := at.Raw([]string{"01-02-2024", "10:30"}); got != "01-02-2024 10:30" {
		t.Errorf("called_at Raw = %q, want the date and time joined", got)
	}
	if got := at.Raw([]string{"01-02-2024"}); got != "01-02-2024" {
		t.Errorf("called_at Raw of a short row = %q, want the date alone", got)
	}
	note, _ := res.Lookup(FieldNote)
	if got := note.Raw(nil); got != "fast tekst" {
		t.Errorf("constant Raw = %q, want %q", got, "fast tekst")
	}
}
