package synth

import (
	"fmt"
	"io"
	"slices"
	"time"
)

// truthHeader is the header row WriteTruth writes.
var truthHeader = [...]string{"Dato", "Tid", "Sælger", "Firma", "Retning", "Note",
	"outcome", "reason", "ball", "callback_date", "language"}

// TruthHeader returns the header row WriteTruth writes. The first six
// columns repeat the call's export fields; the rest are taxonomy labels.
func TruthHeader() []string { return slices.Clone(truthHeader[:]) }

// WriteTruth simulates the year opts describe, exactly as Generate does, and
// writes for each call, in the same order, the labels its note was written
// to carry (TAXONOMY.md): outcome, reason, ball, callback date (yyyy-mm-dd)
// and language, empty where the taxonomy leaves them empty. A classifier run
// over the export can be scored against it. WriteFiles never writes it, so
// an ingest of the export directory does not read the answers as calls.
func WriteTruth(w io.Writer, opts Options) (Stats, error) {
	s, err := simulate(opts)
	if err != nil {
		return Stats{}, err
	}
	if err := s.writeTruth(w); err != nil {
		return Stats{}, fmt.Errorf("synth: write truth: %w", err)
	}
	return s.stats(), nil
}

func (s *sim) writeTruth(w io.Writer) error {
	export := make([]string, len(exportHeader))
	return writeRows(w, truthHeader[:], len(s.calls), func(i int, row []string) {
		k := &s.calls[i]
		s.row(k, export)
		copy(row, []string{export[0], export[1], export[2], export[4], export[9], export[12]})
		cb := ""
		if !k.truth.callback.IsZero() {
			cb = k.truth.callback.Format(time.DateOnly)
		}
		row[6], row[7], row[8], row[9], row[10] = k.truth.outcome, k.truth.reason, k.truth.ball, cb, k.truth.lang
	})
}
