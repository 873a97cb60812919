package synth

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// phrases are the ways a note tells one topic: what happened (lead, or
// leadCB naming the callback time), then who holds the next step.
type phrases struct {
	lead, leadCB     []string
	contract         []string // leads naming when a supplier contract ends
	alone            bool     // an oursCB phrase may be the whole note
	ours, oursCB     []string
	theirs, theirsCB []string
	none             []string
}

// part is one way to build a note: first then next; alone skips first.
type part struct {
	first, next []string
	alone       bool
}

// parts lists the ways ph can tell a note with ball and, when cb, a
// callback time; contract says the time is when a contract ends. It returns
// them in an array to spare an allocation per call.
func (ph *phrases) parts(ball string, cb, contract bool) (ok [3]part, n int) {
	var ps [3]part
	m := 1
	switch {
	case cb && contract && ball == BallOurs:
		ps[0] = part{ph.contract, ph.ours, false}
	case cb && contract:
		ps[0] = part{ph.contract, ph.theirs, false}
	case cb && ball == BallOurs:
		ps[0], ps[1], m = part{ph.lead, ph.oursCB, false}, part{ph.leadCB, ph.ours, false}, 2
		if ph.alone {
			ps[2], m = part{nil, ph.oursCB, true}, 3
		}
	case cb && ball == BallTheirs:
		ps[0], ps[1], m = part{ph.lead, ph.theirsCB, false}, part{ph.leadCB, ph.theirs, false}, 2
	case cb:
		ps[0] = part{ph.leadCB, ph.none, false}
	case ball == BallOurs:
		ps[0] = part{ph.lead, ph.ours, false}
	case ball == BallTheirs:
		ps[0] = part{ph.lead, ph.theirs, false}
	default:
		ps[0] = part{ph.lead, ph.none, false}
	}
	for _, p := range ps[:m] {
		if len(p.next) > 0 && (p.alone || len(p.first) > 0) {
			ok[n] = p
			n++
		}
	}
	return ok, n
}

// can reports whether topic t can be told with ball and a callback in both
// languages.
func can(t topic, ball string, cb, contract bool) bool {
	_, da := daBook[t].parts(ball, cb, contract)
	_, en := enBook[t].parts(ball, cb, contract)
	return da > 0 && en > 0
}

// slots are the values a note's placeholders take.
type slots struct {
	navn, hanhun, hamhende, cb, cbx, mdato, kl, lev, ny, hq, small, n string
}

func (s *slots) get(key string) string {
	switch key {
	case "navn":
		return s.navn
	case "hanhun":
		return s.hanhun
	case "hamhende":
		return s.hamhende
	case "cb":
		return s.cb
	case "cbx":
		return s.cbx
	case "mdato":
		return s.mdato
	case "kl":
		return s.kl
	case "lev":
		return s.lev
	case "ny":
		return s.ny
	case "hq":
		return s.hq
	case "small":
		return s.small
	case "n":
		return s.n
	}
	return "{" + key + "}"
}

// bare drops the preposition a time phrase starts with, for templates that
// bring their own ("på ferie til {cbx}"): "i uge 34" becomes "uge 34",
// "in March" "March". Relative times ("om 3 uger", "in 3 weeks") keep theirs.
func bare(cb string) string {
	for _, p := range []string{"i ", "på ", "til ", "on ", "in the "} {
		if rest, ok := strings.CutPrefix(cb, p); ok && rest != "" {
			return rest
		}
	}
	if rest, ok := strings.CutPrefix(cb, "in "); ok && rest != "" && (rest[0] < '0' || rest[0] > '9') && !strings.HasPrefix(rest, "a ") {
		return rest
	}
	return cb
}

// expand picks one of each "[a|b]" alternatives and fills "{slot}"s.
func expand(rng *rand.Rand, tmpl string, s *slots) string {
	var b strings.Builder
	b.Grow(len(tmpl) + 16)
	expandTo(&b, rng, tmpl, s)
	return b.String()
}

func expandTo(b *strings.Builder, rng *rand.Rand, tmpl string, s *slots) {
	for len(tmpl) > 0 {
		i := strings.IndexAny(tmpl, "[{")
		if i < 0 {
			b.WriteString(tmpl)
			return
		}
		b.WriteString(tmpl[:i])
		closer := byte(']')
		if tmpl[i] == '{' {
			closer = '}'
		}
		end := strings.IndexByte(tmpl[i:], closer)
		switch {
		case end < 0:
			b.WriteString(tmpl[i:])
			return
		case closer == ']':
			expandTo(b, rng, alternative(rng, tmpl[i+1:i+end]), s)
		default:
			b.WriteString(s.get(tmpl[i+1 : i+end]))
		}
		tmpl = tmpl[i+end+1:]
	}
}

// alternative picks one of the "|"-separated options of opts.
func alternative(rng *rand.Rand, opts string) string {
	k := rng.IntN(strings.Count(opts, "|") + 1)
	for ; k > 0; k-- {
		opts = opts[strings.IndexByte(opts, '|')+1:]
	}
	if j := strings.IndexByte(opts, '|'); j >= 0 {
		return opts[:j]
	}
	return opts
}

// tell writes the body of a note for topic t in lang.
func tell(rng *rand.Rand, it *intent, s *slots) string {
	ph := &daBook[it.topic]
	if it.lang == "en" {
		ph = &enBook[it.topic]
	}
	ps, n := ph.parts(it.ball, it.cb != nil, it.contract)
	if n == 0 {
		return ""
	}
	p := ps[rng.IntN(n)]
	next := expand(rng, one(rng, p.next...), s)
	if p.alone {
		return next
	}
	return join(rng, expand(rng, one(rng, p.first...), s), next)
}

// join puts two parts of a note together the way reps do.
func join(rng *rand.Rand, a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + one(rng, ", ", ", ", ", ", ". ", " - ", " – ", "; ", " / ", ". ") + b
}

var (
	toAE = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "Æ", "Ae", "Ø", "Oe", "Å", "Aa")
	toA  = strings.NewReplacer("æ", "a", "ø", "o", "å", "a", "Æ", "A", "Ø", "O", "Å", "A")
)

// apply writes s in the rep's hand: case, missing æøå, a typo, a full stop.
func (st noteStyle) apply(rng *rand.Rand, s string) string {
	if s == "" {
		return s
	}
	if st.lower {
		s = strings.ToLower(s)
	}
	switch st.ascii {
	case 1:
		s = toAE.Replace(s)
	case 2:
		s = toA.Replace(s)
	}
	if rng.Float64() < st.typo {
		s = typo(rng, s)
	}
	if st.period && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") {
		s += "."
	}
	return s
}

// typo swaps two adjacent letters inside one plain ASCII word of five or
// more letters, as fast typing does.
func typo(rng *rand.Rand, s string) string {
	words := strings.Split(s, " ")
	var cands []int
	for i, w := range words {
		if len(w) >= 5 && isLetters(w) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return s
	}
	i := cands[rng.IntN(len(cands))]
	w := []byte(words[i])
	k := 1 + rng.IntN(len(w)-2)
	for w[k] == w[k+1] && k+2 < len(w) { // swapping "ss" would change nothing
		k++
	}
	w[k], w[k+1] = w[k+1], w[k]
	words[i] = string(w)
	return strings.Join(words, " ")
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// Roles named when the contact is not the one who decides.
var (
	daRoles = []string{"indkøbschefen", "direktøren", "IT-chefen", "økonomichefen", "ejeren"}
	enRoles = []string{"the CFO", "procurement", "the IT manager", "the MD", "the owner"}
	daHQ    = []string{"Tyskland", "Sverige", "Hamborg", "Stockholm", "London", "Aarhus"}
	enHQ    = []string{"Germany", "Sweden", "London", "Oslo", "the US"}
)

// newSlots fills the placeholders for a note to contact c in lang.
func newSlots(rng *rand.Rand, lang string, c contact, other string) *slots {
	s := &slots{navn: c.first.name, lev: one(rng, competitors...),
		small: strconv.Itoa(2 + rng.IntN(5)), n: strconv.Itoa(5 + 5*rng.IntN(10)), ny: other}
	switch {
	case lang == "en" && c.first.female:
		s.hanhun, s.hamhende = "she", "her"
	case lang == "en":
		s.hanhun, s.hamhende = "he", "him"
	case c.first.female:
		s.hanhun, s.hamhende = "hun", "hende"
	default:
		s.hanhun, s.hamhende = "han", "ham"
	}
	if lang == "en" {
		s.hq = one(rng, enHQ...)
		if s.ny == "" {
			s.ny = one(rng, enRoles...)
		}
	} else {
		s.hq = one(rng, daHQ...)
		if s.ny == "" {
			s.ny = one(rng, daRoles...)
		}
	}
	return s
}
