package classify

import (
	"runtime"
	"strings"
	"sync"
	"time"
)

// Resolver finds the callback date a note names, resolved against the
// call's date. The default is when.Resolve.
type Resolver func(note string, calledAt time.Time) (date time.Time, evidence string, ok bool)

// Classifier labels call notes. Build it once with New or Default; it is
// immutable afterwards and safe for concurrent use.
type Classifier struct {
	x       *index
	disp    dispositionTable
	resolve Resolver
	pool    sync.Pool
}

// Option configures New.
type Option func(*config)

type config struct {
	rules   []*Lexicon
	resolve Resolver
	noDates bool
}

// WithRules adds user rules. Their phrases override the embedded lexicons'
// phrases with the same words; later rules files override earlier ones.
func WithRules(rules ...*Lexicon) Option {
	return func(c *config) { c.rules = append(rules, c.rules...) }
}

// WithResolver replaces the callback-date resolver (nil: no dates at all).
func WithResolver(r Resolver) Option {
	return func(c *config) { c.resolve, c.noDates = r, r == nil }
}

// New builds a classifier from the embedded lexicons and dispositions plus
// any options.
func New(opts ...Option) *Classifier {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.resolve == nil && !cfg.noDates {
		cfg.resolve = resolveWhen
	}
	lexicons := append(append([]*Lexicon{}, cfg.rules...), defaultLexicons()...)
	c := &Classifier{x: build(lexicons), disp: defaultDispositions(), resolve: cfg.resolve}
	c.pool.New = func() any { return c.newScratch() }
	return c
}

var defaultClassifier = sync.OnceValue(func() *Classifier { return New() })

// Default returns the classifier built from the embedded lexicons only. It
// is built on first use and shared.
func Default() *Classifier { return defaultClassifier() }

// scratch is one goroutine's reusable buffers.
type scratch struct {
	tk   tokenizer
	exp  []token
	cues []cue
	key  []byte
	dcue []cue
	// mayDate is set by classify: the note has a number or a time word, so
	// its labels may depend on the call's date.
	mayDate bool
}

func (c *Classifier) newScratch() *scratch {
	return &scratch{tk: tokenizer{vocab: c.x.vocab}}
}

// Classify labels one call with the default classifier.
func Classify(in Input) Labels { return Default().Classify(in) }

// Classify labels one call. The rules, in order:
//
//  1. The note is normalised and matched against every lexicon; a negator
//     just before a phrase blocks it (or turns interest into a no).
//  2. Outcome: a strong meeting cue wins, then a strong invalid cue; else
//     the outcome with the highest weight of cues, where a reason phrase
//     votes for no and the disposition adds its own weight.
//  3. Callback date: the date the note names, never before the call.
//  4. Reason (outcome no only): timing when a date is named; else the first
//     specific reason stated; else not_interested or unknown.
//  5. Ball: meeting → ours, invalid → none; else ball phrases; else a
//     named date → ours; else the outcome's default.
func (c *Classifier) Classify(in Input) Labels {
	s := c.pool.Get().(*scratch)
	l := c.classify(in, s)
	c.pool.Put(s)
	return l
}

// ClassifyBatch labels in[i] into out[i], spread over GOMAXPROCS
// goroutines. Only the first min(len(in), len(out)) inputs are labelled.
//
// Call logs repeat themselves ("vm", "ingen svar", a disposition with an
// empty note), so when a sample of the batch shows repeats, identical
// inputs (note, disposition, disposition outcome) are classified once: the
// result is shared unless the note may name a date, the only way the call's
// date enters the labels; those are classified one by one.
func (c *Classifier) ClassifyBatch(in []Input, out []Labels) { c.classifyBatch(in, out, nil) }

// A Session labels the batches of one run (an ingest, a reclassify) and
// remembers the labels of the inputs it grouped, so an input repeated
// across batches is classified once too (up to sessionMemory inputs; dated
// notes never, see ClassifyBatch). It is safe for concurrent use.
type Session struct {
	c    *Classifier
	mu   sync.RWMutex
	seen map[inputKey]Labels
}

// sessionMemory bounds what a session remembers: ~40 MB at most.
const sessionMemory = 1 << 18

// NewSession starts a session with c.
func (c *Classifier) NewSession() *Session {
	return &Session{c: c, seen: make(map[inputKey]Labels)}
}

// ClassifyBatch is Classifier.ClassifyBatch, remembering across batches.
func (s *Session) ClassifyBatch(in []Input, out []Labels) { s.c.classifyBatch(in, out, s) }

// lookup finds the inputs the session has seen: out[i] is set and rep[i]
// is -1 for those.
func (s *Session) lookup(in []Input, out []Labels, rep []int) {
	if s == nil {
		return
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for i := range in {
		if l, ok := s.seen[keyOf(in[i])]; ok {
			out[i], rep[i] = l, -1
		}
	}
}

// remember keeps the labels of the representatives without a date cue. The
// inputs may alias memory their caller frees after the batch: keys and
// evidence are copied.
func (s *Session) remember(in []Input, out []Labels, reps []int, dated []bool) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, i := range reps {
		if len(s.seen) >= sessionMemory {
			return
		}
		if dated[i] {
			continue
		}
		k := keyOf(in[i])
		k.note, k.disposition, k.outcome = strings.Clone(k.note), strings.Clone(k.disposition), strings.Clone(k.outcome)
		l := out[i]
		l.Evidence = strings.Clone(l.Evidence)
		s.seen[k] = l
	}
}

func (c *Classifier) classifyBatch(in []Input, out []Labels, memo *Session) {
	in = in[:min(len(in), len(out))]
	if !worthGrouping(in) {
		c.each(len(in), func(i int, s *scratch) { out[i] = c.classify(in[i], s) })
		return
	}
	rep := make([]int, len(in)) // the index of the first identical input; -1 when remembered
	memo.lookup(in, out, rep)
	first := make(map[inputKey]int, len(in)/2)
	var reps []int
	for i := range in {
		if rep[i] < 0 {
			continue
		}
		k := keyOf(in[i])
		j, seen := first[k]
		if !seen {
			j = i
			first[k] = i
			reps = append(reps, i)
		}
		rep[i] = j
	}
	dated := make([]bool, len(in)) // per representative: the note may name a date
	c.each(len(reps), func(r int, s *scratch) {
		i := reps[r]
		out[i] = c.classify(in[i], s)
		dated[i] = s.mayDate
	})
	c.each(len(in), func(i int, s *scratch) {
		switch j := rep[i]; {
		case j == i, j < 0:
		case dated[j]:
			out[i] = c.classify(in[i], s)
		default:
			out[i] = out[j]
		}
	})
	memo.remember(in, out, reps, dated)
}

// inputKey is what a classification depends on besides the call's date.
type inputKey struct{ note, disposition, outcome string }

func keyOf(in Input) inputKey { return inputKey{in.Note, in.Disposition, in.DispositionOutcome} }

// worthGrouping samples the batch: grouping pays when at least a fifth of
// the sampled inputs repeat an earlier one.
func worthGrouping(in []Input) bool {
	const sample = 1024
	if len(in) < 2*sample {
		return false
	}
	seen := make(map[inputKey]bool, sample)
	repeats := 0
	step := len(in) / sample
	for i := 0; i < len(in); i += step {
		k := keyOf(in[i])
		if seen[k] {
			repeats++
		}
		seen[k] = true
	}
	return repeats*5 >= sample
}

// each runs f(i, scratch) for i in [0, n) over GOMAXPROCS goroutines, each
// with its own scratch.
func (c *Classifier) each(n int, f func(i int, s *scratch)) {
	workers := runtime.GOMAXPROCS(0)
	if workers > n/64+1 {
		workers = n/64 + 1 // tiny batches are not worth a goroutine
	}
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := c.newScratch()
			for i := lo; i < hi; i++ {
				f(i, s)
			}
		}()
	}
	wg.Wait()
}

func (c *Classifier) classify(in Input, s *scratch) Labels {
	s.exp = c.x.expand(s.tk.run(in.Note), s.exp)
	s.mayDate = c.x.mayHaveDate(s.exp)
	s.cues = c.x.scan(s.exp, s.cues)
	d := c.disposition(in, s)
	v := tally(s.cues, d)
	date, dateEv, hasDate := c.date(in, s.exp, v.winner())
	l := Labels{Language: c.language(in, s)}
	var ev evidence
	c.outcome(&l, &ev, in.Note, s, &v, d, hasDate)
	if l.Outcome == OutcomeInvalid {
		hasDate = false
	}
	if hasDate {
		l.CallbackDate = date
	}
	if l.Outcome == OutcomeNo && l.Reason == "" {
		var ri int
		l.Reason, ri = pickReason(s.cues, hasDate, d.reason)
		ev.addCue(in.Note, s.cues, ri)
	}
	if l.Reason == ReasonTiming && hasDate {
		ev.add(dateEv)
	}
	l.Ball, _ = pickBall(s.cues, l.Outcome, l.Reason, hasDate, d.ball)
	l.Evidence = ev.String()
	return l
}

// outcome sets l's outcome, confidence and outcome evidence: the vote's
// winner with its two corrections, or the fallback when nothing voted (the
// fallback may set the reason too).
func (c *Classifier) outcome(l *Labels, ev *evidence, note string, s *scratch, v *vote, d disposition, hasDate bool) {
	o := v.winner()
	if o < 0 {
		var fi int
		l.Outcome, l.Reason, l.Confidence, fi = c.fallback(note, s, d, hasDate)
		ev.addCue(note, s.cues, fi)
		return
	}
	if reportedBusy(v, o, s.cues) {
		o = outcomeIdx(OutcomeNotReached) // "receptionen siger han er til møde"
	}
	if unbookedMeeting(v, o, s.cues, hasDate) {
		o = outcomeIdx(OutcomeInterested) // "afventer datoer til et møde"
		v.cue[o] = v.cue[outcomeIdx(OutcomeMeeting)]
	}
	l.Outcome, l.Confidence = outcomeOrder[o], v.confidence(o)
	ev.addCue(note, s.cues, v.cue[o])
	if v.cue[o] == 0 {
		ev.add("disposition: " + d.text)
	}
}

// fallback decides an outcome no cue voted for: "they will get back"
// means a pending, open conversation (interested); a callback wish or a
// date means they were reached and put us off (no: timing with a date,
// busy without); an empty or short note is not_reached; a longer one, or a
// disposition saying the call connected, is an unexplained no.
func (c *Classifier) fallback(note string, s *scratch, d disposition, hasDate bool) (outcome, reason string, conf float64, cue int) {
	b, i := ballCue(s.cues, hasDate)
	switch {
	case b == BallTheirs:
		return OutcomeInterested, "", confInferred, i
	case hasDate:
		return OutcomeNo, ReasonTiming, confInferred, i
	case b == BallOurs:
		return OutcomeNo, ReasonBusy, confInferred, i
	case d.reached:
		return OutcomeNo, "", confNothing, 0
	}
	words := 0
	for _, t := range s.exp {
		if t.id != idBreak {
			words++
		}
	}
	if words >= longNote {
		return OutcomeNo, "", confNothing, 0
	}
	return OutcomeNotReached, "", confNothing, 0
}

// longNote is the word count from which a note without any cue is taken to
// report a conversation (so a no) rather than a failed call.
const longNote = 4

// date resolves the callback date when the note has a digit or a time
// word; notes without either cannot name a date, so the resolver is
// skipped. A date before the call's day is dropped.
func (c *Classifier) date(in Input, toks []token, outcome int) (time.Time, string, bool) {
	if c.resolve == nil || in.CalledAt.IsZero() || outcome == outcomeIdx(OutcomeInvalid) || !c.x.mayHaveDate(toks) {
		return time.Time{}, "", false
	}
	d, ev, ok := c.resolve(in.Note, in.CalledAt)
	y, m, day := in.CalledAt.Date()
	if !ok || d.Before(time.Date(y, m, day, 0, 0, 0, 0, d.Location())) {
		return time.Time{}, "", false
	}
	return d, ev, true
}

func (x *index) mayHaveDate(toks []token) bool {
	for _, t := range toks {
		if t.id == idNum || t.id >= 0 && x.timeWord[t.id] {
			return true
		}
	}
	return false
}

// evidence collects the deciding phrases, as written, without repeats.
// It holds at most maxEvidence parts (outcome, reason, date) in place.
type evidence struct {
	parts [maxEvidence]string
	n     int
}

const maxEvidence = 4

func (e *evidence) addCue(note string, cues []cue, i int) {
	if i > 0 {
		c := cues[i-1]
		e.add(note[c.start:c.end])
	}
}

func (e *evidence) add(s string) {
	if s == "" || e.n == maxEvidence {
		return
	}
	for _, p := range e.parts[:e.n] {
		if p == s {
			return
		}
	}
	e.parts[e.n] = s
	e.n++
}

func (e *evidence) String() string {
	if e.n == 1 {
		return e.parts[0] // a substring of the note: no allocation
	}
	return strings.Join(e.parts[:e.n], "; ")
}

// language detects the note's language; a note without any signal (empty,
// a name, a number) takes the language of its disposition text, else da.
func (c *Classifier) language(in Input, s *scratch) string {
	lang, ok := c.x.language(s.exp, s.cues)
	if ok || in.Disposition == "" {
		return lang
	}
	var tk tokenizer
	tk.vocab = c.x.vocab
	toks := c.x.expand(tk.run(in.Disposition), nil)
	s.dcue = c.x.scan(toks, s.dcue)
	lang, _ = c.x.language(toks, s.dcue)
	return lang
}

// unbookedMeeting reports a meeting decided by weak cues only ("møde")
// while the prospect holds the next step: a meeting is not booked until we
// hold it, so the call was a positive conversation.
func unbookedMeeting(v *vote, o int, cues []cue, hasDate bool) bool {
	if outcomeOrder[o] != OutcomeMeeting || v.strong[o] || v.disp == o {
		return false
	}
	b, _ := ballCue(cues, hasDate)
	return b == BallTheirs
}

// reportedBusy reports a tie between no and not_reached where every no
// cue is a busy one: somebody else said the prospect is busy ("reception
// said he's in a meeting"), so the prospect was not reached.
func reportedBusy(v *vote, o int, cues []cue) bool {
	nr := outcomeIdx(OutcomeNotReached)
	if outcomeOrder[o] != OutcomeNo || v.score[nr] != v.score[o] || !v.strong[nr] {
		return false
	}
	for i := range cues {
		if effOutcome(&cues[i]) == OutcomeNo && effReason(&cues[i]) != ReasonBusy {
			return false
		}
	}
	return true
}
