package synth

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// Sheet is the name of the sheet WriteXLSX writes.
const Sheet = "Opkald"

// WriteXLSX simulates the year opts describe, exactly as Generate does, and
// writes its calls as one Excel workbook, the way a home-made call sheet
// is kept: sheet "Opkald" with Generate's columns, Dato a date cell shown
// dd-mm-yyyy, Varighed and Ansatte numbers, the rest text.
func WriteXLSX(w io.Writer, opts Options) (Stats, error) {
	s, err := simulate(opts)
	if err != nil {
		return Stats{}, err
	}
	if err := s.writeXLSX(w); err != nil {
		return Stats{}, fmt.Errorf("synth: write xlsx: %w", err)
	}
	return s.stats(), nil
}

func (s *sim) writeXLSX(w io.Writer) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	if err := f.SetSheetName("Sheet1", Sheet); err != nil {
		return err
	}
	dateFmt := "dd-mm-yyyy"
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt})
	if err != nil {
		return err
	}
	// The stream writer copies the dimension when it is created, and it
	// would stay A1 otherwise: readers that trust it would see one row.
	last, err := excelize.CoordinatesToCellName(len(exportHeader), len(s.calls)+1)
	if err != nil {
		return err
	}
	if err := f.SetSheetDimension(Sheet, "A1:"+last); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(Sheet)
	if err != nil {
		return err
	}
	if err := s.streamRows(sw, dateStyle); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

// streamRows writes the header and one row per call.
func (s *sim) streamRows(sw *excelize.StreamWriter, dateStyle int) error {
	widths := []float64{11, 6, 18, 11, 34, 22, 16, 20, 8, 10, 9, 18, 60}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	head := make([]any, len(exportHeader))
	for i, h := range exportHeader {
		head[i] = h
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	text := make([]string, len(exportHeader))
	vals := make([]any, len(exportHeader))
	for i := range s.calls {
		k := &s.calls[i]
		s.row(k, text)
		for j, v := range text {
			vals[j] = v
		}
		vals[0] = excelize.Cell{StyleID: dateStyle, Value: s.days[k.day].date}
		vals[10] = k.seconds
		if k.co.size > 0 {
			vals[8] = k.co.size
		}
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, vals); err != nil {
			return err
		}
	}
	return nil
}
