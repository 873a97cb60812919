package synth

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestExpand(t *testing.T) {
	s := &slots{navn: "Jens", cb: "uge 34", hanhun: "han"}
	tests := []struct {
		name   string
		tmpl   string
		wantIn []string
	}{
		{"plain", "ingen svar", []string{"ingen svar"}},
		{"slots", "{navn} på ferie til {cb}", []string{"Jens på ferie til uge 34"}},
		{"alternatives", "[vm|VM]", []string{"vm", "VM"}},
		{"empty alternative", "[|Fin snak. ]møde", []string{"møde", "Fin snak. møde"}},
		{"slot inside alternative", "[{hanhun} ringer|ring] {cb}", []string{"han ringer uge 34", "ring uge 34"}},
		{"unknown slot is kept", "{nope}", []string{"{nope}"}},
		{"unclosed bracket is literal", "a [b", []string{"a [b"}},
	}
	rng := rand.New(rand.NewPCG(3, 3))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 10 {
				got := expand(rng, tt.tmpl, s)
				ok := false
				for _, w := range tt.wantIn {
					ok = ok || got == w
				}
				if !ok {
					t.Fatalf("expand(%q) = %q, want one of %q", tt.tmpl, got, tt.wantIn)
				}
			}
		})
	}
}

// TestPhraseBooks tells every topic with every ball, with and without a
// callback, in both languages, and checks the notes are whole: no slot or
// bracket left, the callback named exactly when asked for.
func TestPhraseBooks(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	c := contact{first: person{"Hanne", true}, last: "Dam", full: "Hanne Dam"}
	for tp := range nTopics {
		for _, ball := range []string{BallOurs, BallTheirs, BallNone} {
			for _, cb := range []bool{false, true} {
				for _, contract := range []bool{false, true} {
					if !can(tp, ball, cb, contract) || contract && !cb {
						continue
					}
					for _, lang := range []string{"da", "en"} {
						for range 30 {
							sl := newSlots(rng, lang, c, "")
							sl.cb, sl.cbx, sl.mdato, sl.kl = "CB", "CB", "MDATO", "KL"
							it := &intent{topic: tp, ball: ball, lang: lang, contract: contract}
							if cb {
								it.cb = &expr{}
							}
							note := tell(rng, it, sl)
							switch {
							case strings.ContainsAny(note, "{}[]|"):
								t.Fatalf("topic %d %s cb=%v %s: unexpanded %q", tp, ball, cb, lang, note)
							case cb && strings.Count(note, "CB") != 1:
								t.Fatalf("topic %d %s %s: %q names the callback %d times, want once", tp, ball, lang, note, strings.Count(note, "CB"))
							case !cb && strings.Contains(note, "CB"):
								t.Fatalf("topic %d %s %s: %q names a callback", tp, ball, lang, note)
							case tp == tMeeting && !strings.Contains(note, "MDATO KL"):
								t.Fatalf("meeting note %q has no date", note)
							}
						}
					}
				}
			}
		}
	}
}

// TestPlanCanBeTold checks that what plan decides can always be written.
func TestPlanCanBeTold(t *testing.T) {
	s := newSim(Options{Year: 2026, Reps: 4, Companies: 10, Calls: 10})
	for tp := range nTopics {
		for _, rp := range s.reps {
			for d := 1; d < 365; d += 7 {
				it := s.plan(&rp, tp, s.days[d].date)
				if !can(tp, it.ball, it.cb != nil, it.contract) {
					t.Fatalf("plan(topic %d) = ball %s cb %v: no phrases", tp, it.ball, it.cb != nil)
				}
				if (it.cb != nil) != !it.callback.IsZero() {
					t.Fatalf("plan(topic %d): cb %v but callback %v", tp, it.cb, it.callback)
				}
			}
		}
	}
}

func TestBare(t *testing.T) {
	tests := []struct{ in, want string }{
		{"i uge 34", "uge 34"}, {"i februar", "februar"}, {"til foråret", "foråret"}, {"på fredag", "fredag"},
		{"om 3 uger", "om 3 uger"}, {"uge 34", "uge 34"}, {"in March", "March"}, {"in the spring", "spring"},
		{"in 3 weeks", "in 3 weeks"}, {"in a month", "in a month"}, {"on Friday", "Friday"}, {"i 3. kvartal", "3. kvartal"},
	}
	for _, tt := range tests {
		if got := bare(tt.in); got != tt.want {
			t.Errorf("bare(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStyle(t *testing.T) {
	tests := []struct {
		name  string
		style noteStyle
		in    string
		want  string
	}{
		{"as written", noteStyle{}, "Møde booket på fredag", "Møde booket på fredag"},
		{"lower case", noteStyle{lower: true}, "Møde booket", "møde booket"},
		{"ae oe aa", noteStyle{ascii: 1}, "Møde på Ærø", "Moede paa Aeroe"},
		{"plain vowels", noteStyle{ascii: 2}, "møde på fredag", "mode pa fredag"},
		{"full stop", noteStyle{period: true}, "ingen svar", "ingen svar."},
		{"no second full stop", noteStyle{period: true}, "ingen svar.", "ingen svar."},
		{"empty stays empty", noteStyle{period: true, lower: true}, "", ""},
	}
	rng := rand.New(rand.NewPCG(1, 1))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.style.apply(rng, tt.in); got != tt.want {
				t.Errorf("apply(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTypo(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for range 100 {
		in := "ikke interesseret på nuværende tidspunkt"
		got := typo(rng, in)
		if got == in || len(got) != len(in) || !utf8.ValidString(got) {
			t.Fatalf("typo(%q) = %q, want two letters swapped", in, got)
		}
	}
	if got := typo(rng, "vm på fre"); got != "vm på fre" {
		t.Errorf("typo of short words = %q, want unchanged", got)
	}
}
