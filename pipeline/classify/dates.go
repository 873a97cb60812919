package classify

import (
	"time"

	"whyno/pipeline/classify/when"
)

// resolveWhen is the default Resolver: the when package's date rules
// (TAXONOMY.md, callback_date).
func resolveWhen(note string, calledAt time.Time) (time.Time, string, bool) {
	r, ok := when.Resolve(note, calledAt)
	return r.Date, r.Evidence, ok
}
