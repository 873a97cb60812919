package synth

// Stats is what a generated year holds, counted from the generator's own
// truth: the labels each note was written to carry (TAXONOMY.md names).
type Stats struct {
	Calls     int
	Inbound   int
	Companies int // companies called at least once
	Days      int // working days with at least one call
	// Outcomes counts calls per outcome; Reasons the calls with outcome no
	// per reason; Balls the calls per ball.
	Outcomes map[string]int
	Reasons  map[string]int
	Balls    map[string]int
	// Languages counts non-empty notes per language; EmptyNotes the rest.
	Languages  map[string]int
	EmptyNotes int
	Callbacks  int // notes that name a date to call again
	// Reps counts calls per rep name.
	Reps map[string]int
	// Files lists the files WriteFiles wrote, in month order.
	Files []string
}

// Share returns n as a fraction of all calls.
func (st Stats) Share(n int) float64 {
	if st.Calls == 0 {
		return 0
	}
	return float64(n) / float64(st.Calls)
}

func (s *sim) stats() Stats {
	st := Stats{Outcomes: map[string]int{}, Reasons: map[string]int{}, Balls: map[string]int{},
		Languages: map[string]int{}, Reps: map[string]int{}}
	seen := map[int]bool{}
	lastDay := -1
	for _, k := range s.calls {
		st.Calls++
		if k.inbound {
			st.Inbound++
		}
		if k.day != lastDay {
			st.Days++
			lastDay = k.day
		}
		seen[k.co.id] = true
		st.Outcomes[k.truth.outcome]++
		if k.truth.reason != "" {
			st.Reasons[k.truth.reason]++
		}
		st.Balls[k.truth.ball]++
		if k.note == "" {
			st.EmptyNotes++
		} else {
			st.Languages[k.truth.lang]++
		}
		if !k.truth.callback.IsZero() {
			st.Callbacks++
		}
		st.Reps[s.reps[k.rep].name]++
	}
	st.Companies = len(seen)
	return st
}
