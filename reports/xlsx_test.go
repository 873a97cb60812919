package reports

import (
	"bytes"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func openXLSX(t *testing.T, lang string) (*excelize.File, *Model) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(renderFixture(t, lang).data[FileXLSX]))
	if err != nil {
		t.Fatalf("open xlsx: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f, fixtureModel(t, lang)
}

func TestXLSXSheets(t *testing.T) {
	f, m := openXLSX(t, "da")
	tx := textsFor("da")
	got := f.GetSheetList()
	want := []string{tx.SheetCallbacks, tx.SheetHeadline, tx.SheetReasons, tx.SheetReasonTrend, tx.SheetEvidence,
		tx.SheetHours, tx.SheetWeeks, tx.SheetMonths, tx.SheetWeekdays, tx.SheetAttempts, tx.SheetTouches,
		tx.SheetFollowUp, tx.SheetBall, tx.SheetBallDir, tx.SheetTheirs, tx.SheetReps, tx.SheetRepReasons, tx.SheetQuality}
	if len(got) != len(want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sheet %d = %q, want %q", i, got[i], want[i])
		}
	}
	rows, err := f.GetRows(tx.SheetCallbacks)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(m.Callbacks)+1 {
		t.Errorf("callback sheet has %d rows, want header + %d", len(rows), len(m.Callbacks))
	}
	wantHead := []string{tx.Rep, tx.Company, tx.Contact, tx.Phone, tx.LastCalled, tx.CallbackDate, tx.Status, tx.Days, tx.Evidence, tx.Note}
	for i, h := range wantHead {
		if rows[0][i] != h {
			t.Errorf("header %d = %q, want %q", i, rows[0][i], h)
		}
	}
}

func TestXLSXCallbackSheetIsSortable(t *testing.T) {
	f, m := openXLSX(t, "en")
	name := textsFor("en").SheetCallbacks
	dim, err := f.GetSheetDimension(name)
	if err != nil {
		t.Fatal(err)
	}
	last, _ := excelize.CoordinatesToCellName(10, len(m.Callbacks)+1)
	if dim != "A1:"+last {
		t.Errorf("dimension = %q, want A1:%s", dim, last)
	}
	var filtered bool
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" && dn.Scope == name {
			filtered = true
		}
	}
	if !filtered {
		t.Error("callback sheet has no autofilter")
	}
	panes, err := f.GetPanes(name)
	if err != nil {
		t.Fatal(err)
	}
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes = %+v, want the header row frozen", panes)
	}
	// The callback date is a real date cell (a day number), so the sheet
	// sorts by date.
	v, err := f.GetCellValue(name, "F2", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	got, err := strconv.ParseFloat(v, 64)
	if err != nil {
		t.Fatalf("F2 raw value %q is not a number: %v", v, err)
	}
	// Day 0 of the 1900 date system is 30 December 1899.
	want := m.Callbacks[0].Date.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	if got != want {
		t.Errorf("F2 = %v, want the day number %v of %v", got, want, m.Callbacks[0].Date)
	}
}

func TestXLSXFormulaLookingTextStaysText(t *testing.T) {
	m := *fixtureModel(t, "en")
	notes := []string{`=HYPERLINK("http://evil.example","klik")`, "+45 ring senere", "-ikke interesseret", "@SUM(A1:A9)"}
	m.Callbacks = nil
	for i, n := range notes {
		m.Callbacks = append(m.Callbacks, Callback{Rep: "Bo Ågård", Company: n, Date: date(2026, 4, 2+i), Note: n})
	}
	var buf bytes.Buffer
	if err := renderXLSX(&buf, &m); err != nil {
		t.Fatalf("renderXLSX: %v", err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	name := textsFor("en").SheetCallbacks
	for i, n := range notes {
		for _, col := range []string{"B", "J"} {
			cell := col + string(rune('2'+i))
			if formula, _ := f.GetCellFormula(name, cell); formula != "" {
				t.Errorf("%s has formula %q, want none", cell, formula)
			}
			if typ, _ := f.GetCellType(name, cell); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
				t.Errorf("%s type = %v, want a string", cell, typ)
			}
			if v, _ := f.GetCellValue(name, cell); v != n {
				t.Errorf("%s = %q, want %q", cell, v, n)
			}
		}
	}
}
