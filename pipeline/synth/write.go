package synth

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
)

// exportHeader is the export's header row, as whyno's generic preset reads it.
var exportHeader = [...]string{"Dato", "Tid", "Sælger", "Team", "Firma", "Kontaktperson", "Telefon",
	"Branche", "Ansatte", "Retning", "Varighed", "Udfald", "Note"}

// Header returns the export's header row:
// Dato;Tid;Sælger;Team;Firma;Kontaktperson;Telefon;Branche;Ansatte;Retning;Varighed;Udfald;Note.
func Header() []string { return slices.Clone(exportHeader[:]) }

// Generate simulates the year opts describe and writes all its calls to w
// as one semicolon-separated UTF-8 export with a header row.
func Generate(w io.Writer, opts Options) (Stats, error) {
	s, err := simulate(opts)
	if err != nil {
		return Stats{}, err
	}
	if err := s.writeCSV(w, s.calls); err != nil {
		return Stats{}, fmt.Errorf("synth: write calls: %w", err)
	}
	return s.stats(), nil
}

// WriteFiles simulates the year opts describe and writes one export per
// month with calls into dir, named calls-YYYY-MM.csv, as monthly CRM
// exports are. dir must exist.
func WriteFiles(dir string, opts Options) (Stats, error) {
	s, err := simulate(opts)
	if err != nil {
		return Stats{}, err
	}
	st := s.stats()
	for _, month := range s.byMonth() {
		k := month[0]
		name := filepath.Join(dir, fmt.Sprintf("calls-%s.csv", s.days[k.day].date.Format("2006-01")))
		if err := s.writeFile(name, month); err != nil {
			return Stats{}, err
		}
		st.Files = append(st.Files, name)
	}
	return st, nil
}

func simulate(opts Options) (*sim, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	s := newSim(o)
	s.run()
	return s, nil
}

// byMonth splits the calls, which are in date order, by month.
func (s *sim) byMonth() [][]call {
	var out [][]call
	start := 0
	for i := 1; i <= len(s.calls); i++ {
		if i == len(s.calls) || s.days[s.calls[i].day].date.Month() != s.days[s.calls[start].day].date.Month() {
			out = append(out, s.calls[start:i])
			start = i
		}
	}
	return out
}

func (s *sim) writeFile(name string, calls []call) (err error) {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("synth: close %s: %w", name, cerr)
		}
	}()
	if err := s.writeCSV(f, calls); err != nil {
		return fmt.Errorf("synth: write %s: %w", name, err)
	}
	return nil
}

// writeCSV writes the header and calls to w.
func (s *sim) writeCSV(w io.Writer, calls []call) error {
	return writeRows(w, exportHeader[:], len(calls), func(i int, row []string) { s.row(&calls[i], row) })
}

// writeRows writes header and n rows, each filled by fill, as semicolon
// separated UTF-8.
func writeRows(w io.Writer, header []string, n int, fill func(i int, row []string)) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(bw)
	cw.Comma = ';'
	if err := cw.Write(header); err != nil {
		return err
	}
	row := make([]string, len(header))
	for i := range n {
		fill(i, row)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// row fills row with the export's fields of k.
func (s *sim) row(k *call, row []string) {
	rp := &s.reps[k.rep]
	dir := "Udgående"
	if k.inbound {
		dir = "Indgående"
	}
	size := ""
	if k.co.size > 0 {
		size = strconv.Itoa(k.co.size)
	}
	row[0] = s.days[k.day].dato
	row[1] = clock(k.minute)
	row[2], row[3] = rp.name, rp.team
	row[4], row[5], row[6] = k.co.name, k.contact, k.co.phone
	row[7], row[8] = k.co.ind.name, size
	row[9], row[10] = dir, strconv.Itoa(k.seconds)
	row[11], row[12] = k.disposition, k.note
}

// clock writes minute of the day as HH:MM.
func clock(minute int) string {
	h, m := minute/60, minute%60
	return string([]byte{byte('0' + h/10), byte('0' + h%10), ':', byte('0' + m/10), byte('0' + m%10)})
}
