package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
)

// industry is a Branche with what its companies are called, how big they
// are and how their no's differ from the average.
type industry struct {
	name   string
	share  float64 // of all companies
	words  []string
	en     []string // words in the names of international companies
	median float64  // median employees
	tilt   map[topic]float64
}

var industries = []industry{
	{name: "Byggeri", share: 0.17, median: 12,
		words: []string{"Byg", "Tømrer", "Murerfirma", "Entreprise", "VVS", "El-service", "Malerfirma", "Anlæg", "Tag og Facade"},
		en:    []string{"Construction", "Building Services"}, tilt: map[topic]float64{tBusy: 1.8, tTiming: 1.1}},
	{name: "IT", share: 0.13, median: 20,
		words: []string{"IT", "Data", "Software", "Systems", "Digital", "Cloud", "Tech", "Solutions"},
		en:    []string{"Software", "Data Systems", "Cloud Solutions"}, tilt: map[topic]float64{tExisting: 1.6}},
	{name: "Detail", share: 0.14, median: 9,
		words: []string{"Boligudstyr", "Cykler", "Mode", "Isenkram", "Sko", "Optik", "Blomster", "Køkkener", "Vin"},
		en:    []string{"Retail", "Trading"}, tilt: map[topic]float64{tTiming: 1.3, tNoBudget: 1.2}},
	{name: "Transport", share: 0.11, median: 25,
		words: []string{"Transport", "Logistik", "Fragt", "Vognmandsforretning", "Spedition", "Kurér"},
		en:    []string{"Freight", "Logistics", "Shipping"}, tilt: map[topic]float64{tBusy: 1.4}},
	{name: "Produktion", share: 0.13, median: 55,
		words: []string{"Maskinfabrik", "Plast", "Stålindustri", "Emballage", "Træindustri", "Fødevarer", "Metal"},
		en:    []string{"Manufacturing", "Industries", "Components"}, tilt: map[topic]float64{tNotDM: 1.3}},
	{name: "Rådgivning", share: 0.12, median: 10,
		words: []string{"Revision", "Advokatfirma", "Rådgivning", "Ingeniører", "Arkitekter", "Consulting"},
		en:    []string{"Consulting", "Advisory", "Partners"}, tilt: map[topic]float64{tExisting: 1.3, tSendInfo: 1.4}},
	{name: "Offentlig", share: 0.07, median: 350,
		words: []string{"Teknik og Miljø", "Børn og Unge", "Borgerservice", "Ældreområdet", "IT-afdelingen", "Kultur og Fritid"},
		tilt:  map[topic]float64{tNotDM: 2.5, tNoBudget: 1.5, tNoColdCalls: 0.3}},
	{name: "Sundhed", share: 0.07, median: 8,
		words: []string{"Tandlægerne", "Fysioterapi", "Lægehuset", "Klinik", "Dyrlægerne"},
		en:    []string{"Healthcare", "Medical"}, tilt: map[topic]float64{tBusy: 1.5, tNoNeed: 1.2}},
	{name: "Hotel og restauration", share: 0.06, median: 14,
		words: []string{"Hotel", "Kro", "Restaurant", "Catering"},
		en:    []string{"Hospitality", "Hotels"}, tilt: map[topic]float64{tTiming: 1.4, tNoBudget: 1.3}},
}

// contact is a person at a company.
type contact struct {
	first person
	last  string
	full  string // first and last name, as the export shows it
}

func (c contact) String() string { return c.full }

// company is a prospect with its fixed facts and its place in the call cycle.
type company struct {
	id       int
	name     string
	ind      *industry
	size     int // employees; 0 means unknown and is written blank
	phone    string
	contacts []contact
	cur      int // the contact now asked for
	owner    int // index of the rep who works the company
	badPhone bool
	closed   bool
	warmth   float64 // how inclined to buy, around 1
	state
}

// newCompanies draws n companies and deals them to the reps in proportion to
// the reps' activity; the Nordic/UK team gets the international companies.
func newCompanies(rng *rand.Rand, n int, reps []rep, days []day) []*company {
	names := map[string]bool{}
	phones := map[string]bool{}
	cum := cumulative(reps)
	cos := make([]*company, n)
	for i := range cos {
		c := &company{id: i, owner: pick(rng, cum)}
		lang := reps[c.owner].lang
		c.ind = drawIndustry(rng, lang)
		c.name = uniqueName(rng, names, c.ind, lang)
		c.size = drawSize(rng, c.ind)
		c.phone = uniquePhone(rng, phones)
		c.contacts = drawContacts(rng, c.size, lang)
		c.badPhone = rng.Float64() < 0.03
		c.closed = !c.badPhone && rng.Float64() < 0.01
		c.warmth = math.Exp(0.5 * rng.NormFloat64())
		c.state = state{class: cFresh, inbound: none}
		cos[i] = c
	}
	return cos
}

func cumulative(reps []rep) []float64 {
	cum := make([]float64, len(reps))
	sum := 0.0
	for i, r := range reps {
		sum += r.rate
		cum[i] = sum
	}
	return cum
}

// pick draws an index with probability proportional to its weight, given
// the running sums of the weights.
func pick(rng *rand.Rand, cum []float64) int {
	x := rng.Float64() * cum[len(cum)-1]
	for i, c := range cum {
		if x < c {
			return i
		}
	}
	return len(cum) - 1
}

func drawIndustry(rng *rand.Rand, lang string) *industry {
	for {
		x := rng.Float64()
		for i := range industries {
			x -= industries[i].share
			if x < 0 {
				if lang == "en" && len(industries[i].en) == 0 {
					break // no international public sector: draw again
				}
				return &industries[i]
			}
		}
	}
}

func uniqueName(rng *rand.Rand, seen map[string]bool, ind *industry, lang string) string {
	name := ""
	for try := 0; try < 8; try++ {
		name = companyName(rng, ind, lang)
		if !seen[name] {
			break
		}
	}
	for k := 2; seen[name]; k++ {
		name = companyName(rng, ind, lang) + " " + strconv.Itoa(k)
	}
	seen[name] = true
	return name
}

func companyName(rng *rand.Rand, ind *industry, lang string) string {
	town := towns[rng.IntN(len(towns))]
	if lang == "en" {
		pre := []string{"Nordic", "Scandinavian", "Baltic", "North Sea", "Atlantic", "Anglo-Danish", "Euro", "Global", "Viking"}
		return pre[rng.IntN(len(pre))] + " " + ind.en[rng.IntN(len(ind.en))] + legal(rng)
	}
	word := ind.words[rng.IntN(len(ind.words))]
	last := lastNames[rng.IntN(len(lastNames))]
	switch ind.name {
	case "Offentlig":
		return town + " Kommune, " + word
	case "Sundhed", "Hotel og restauration":
		if rng.IntN(2) == 0 {
			return word + " " + town
		}
	}
	switch rng.IntN(4) {
	case 0:
		return town + " " + word + legal(rng)
	case 1:
		return last + " & Søn " + word + legal(rng)
	}
	return genitive(last) + " " + word + legal(rng)
}

// genitive is the Danish possessive: Jensens, but Friis'.
func genitive(name string) string {
	if strings.HasSuffix(name, "s") || strings.HasSuffix(name, "x") || strings.HasSuffix(name, "z") {
		return name + "'"
	}
	return name + "s"
}

func legal(rng *rand.Rand) string {
	switch x := rng.Float64(); {
	case x < 0.55:
		return " ApS"
	case x < 0.85:
		return " A/S"
	case x < 0.9:
		return " I/S"
	}
	return ""
}

// drawSize draws employees from a log-normal around the industry's median;
// a few companies have no size in the CRM.
func drawSize(rng *rand.Rand, ind *industry) int {
	if rng.Float64() < 0.03 {
		return 0
	}
	return max(1, int(ind.median*math.Exp(1.1*rng.NormFloat64())))
}

// uniquePhone draws a Danish eight-digit number, mostly written in pairs, as
// CRMs show them, sometimes bare or with the country code.
func uniquePhone(rng *rand.Rand, seen map[string]bool) string {
	digits := ""
	for digits == "" || seen[digits] {
		first := "3456789"[rng.IntN(7)]
		digits = fmt.Sprintf("%c%07d", first, rng.IntN(10_000_000))
	}
	seen[digits] = true
	pairs := digits[0:2] + " " + digits[2:4] + " " + digits[4:6] + " " + digits[6:8]
	switch x := rng.Float64(); {
	case x < 0.04:
		return digits
	case x < 0.06:
		return "+45 " + pairs
	}
	return pairs
}

func drawContacts(rng *rand.Rand, size int, lang string) []contact {
	n := 1
	switch {
	case size >= 100:
		n = 3
	case size >= 10:
		n = 2
	}
	firsts, lasts := firstNames, lastNames
	if lang == "en" && rng.IntN(3) > 0 {
		firsts, lasts = intlFirstNames, intlLastNames
	}
	cs := make([]contact, n)
	for i := range cs {
		first, last := firsts[rng.IntN(len(firsts))], lasts[rng.IntN(len(lasts))]
		cs[i] = contact{first: first, last: last, full: first.name + " " + last}
	}
	return cs
}
