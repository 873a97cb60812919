package queries_test

import (
	"context"
	"path/filepath"
	"testing"

	"whyno/queries"
)

// TestViewsGolden pins the content of the views an analyst reads on the
// fixture (testdata/golden/views/NAME.csv).
func TestViewsGolden(t *testing.T) {
	db := openFixture(t)
	tests := []struct {
		name  string
		query string
	}{
		{name: "calls_labelled", query: `SELECT call_key, call_date, company_key, reached, is_meeting, call_seq, next_called_at, attempt_no
			FROM calls_labelled ORDER BY company_key NULLS LAST, call_seq, call_key`},
		{name: "callbacks", query: `SELECT call_key, company_key, callback_date, next_called_at, called_back_by_date, open
			FROM callbacks ORDER BY callback_date, call_key`},
		{name: "companies", query: "SELECT * FROM companies ORDER BY company_key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := db.QueryContext(context.Background(), tt.query)
			if err != nil {
				t.Fatalf("query: %v", err)
			}
			res := &queries.Result{}
			res.Columns, err = rows.Columns()
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				row := make([]any, len(res.Columns))
				ptrs := make([]any, len(row))
				for i := range row {
					ptrs[i] = &row[i]
				}
				if err := rows.Scan(ptrs...); err != nil {
					t.Fatal(err)
				}
				res.Rows = append(res.Rows, row)
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			compareGolden(t, filepath.Join("testdata", "golden", "views", tt.name+".csv"), resultCSV(t, res))
		})
	}
}

func TestCompanyKey(t *testing.T) {
	db := openDB(t)
	tests := []struct {
		name           string
		company, phone any
		want           any
	}{
		{name: "name, case and spaces ignored", company: " Alfa ApS ", phone: "+4511", want: "alfa aps"},
		{name: "empty name: phone", company: "  ", phone: " +4511 ", want: "+4511"},
		{name: "no name: phone", company: nil, phone: "+4511", want: "+4511"},
		{name: "neither", company: "", phone: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got any
			err := db.QueryRowContext(context.Background(), "SELECT company_key(?::VARCHAR, ?::VARCHAR)", tt.company, tt.phone).Scan(&got)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("company_key(%q, %q) = %v, want %v", tt.company, tt.phone, got, tt.want)
			}
		})
	}
}
