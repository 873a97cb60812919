package when

import "whyno/pipeline/classify/internal/wordtable"

// class is what a keyword can start: each class has one parser.
type class uint8

const (
	cNone         class = iota
	cWeekday            // val: 1 Monday … 7 Sunday
	cWeekdayAbbr        // "fre", "mon": needs a cue right before it
	cMonth              // mon: 1…12
	cMonthAbbr          // "mar", "aug": needs a cue or a day number
	cWeekMarker         // "uge", "week", "kw"; val 2 for the letters u, v, w
	cQ                  // "q" of "Q3"
	cQuarterWord        // "kvartal", "quarter"
	cOrdinal            // "tredje", "third": val 1…4
	cSeason             // val: the month the season starts
	cHoliday            // val: a holiday*
	cAfter              // "efter", "after"; val 1 for "over" (only "over nytår")
	cOm                 // "om": relative spans only
	cIn                 // "in": relative spans and "in the new year"
	cI                  // "i", "im": "i morgen", "i det nye år", "i eftermiddag"
	cThis               // "this": "this afternoon"
	cNext               // "næste", "next"
	cTomorrow           // val: days ahead (1 or 2)
	cMorgen             // "morgen": tomorrow after "i" or in German
	cLater              // "senere", "later"
	cToday              // "dag", "today", "heute"; only in "later today" phrases
	cDayPeriod          // "eftermiddag", "afternoon"; val 2 stands alone ("tonight")
	cNew                // "nye", "new": "i det nye år"
	cCouple             // "par", "couple", "few": num holds the count
	cHalf               // "halvt", "half"
	cWeekdayHabit       // "torsdagen", "thursdays": a time only after "kun", "only"
	cRest               // "resten", "rest": "resten af kvartalet"
	cEnd                // "udgangen", "end", "sidst": "end of the week"
)

// Holidays, the val of cHoliday.
const (
	hSummer  = iota + 1 // summer holidays
	hGeneric            // "ferien", "the holidays": summer or Christmas by season
	hXmas               // Christmas
	hNewYear            // New Year, also after "i"/"in"
	hEaster
	hWeekend
	hWinter  // the Danish winter holidays, ISO week 7
	hAutumn  // the Danish autumn holidays, ISO week 42
	hWhitsun // Whit Monday, 50 days after Easter
)

// unit is a span of time in relative phrases ("om 2 uger").
type unit uint8

const (
	uNone unit = iota
	uDay
	uWeek
	uMonth
	uYear
	uHour
	uHalfYear
	uFortnight
)

// Flags on words: how a word colours a time expression near it.
const (
	fCue        uint32 = 1 << iota // a preposition or verb that makes a bare weekday, month or season a time
	fCallback                      // a callback verb: its time wins over others
	fContract                      // "udløber", "contract": its time wins over unattached ones
	fPast                          // "sidste", "last", "siden": the time after it is past
	fNeg                           // "ikke", "not"
	fNegBreak                      // "før", "before", "until": "ikke før uge 34" is still a time
	fHabit                         // "hver", "every": a habit, not a time
	fLight                         // a small preposition or article skipped when looking for fPast/fNeg
	fNoDate                        // "kr", "tlf", "kl", "nr": the number after it is no date
	fUnit                          // "mio", "%", "ansatte", "time": the number before it is no date
	fArticle                       // "the", "den", "det"
	fOf                            // "of", "af"
	fFiller                        // "ca", "about": skipped inside relative spans
	fIndef                         // "a", "en", "et": the count 1, also "et par"
	fAbbr                          // an abbreviation: a dot after it does not end a sentence
	fDayPrefix                     // "den", "d", "the": before a bare day of the month
	fOrdSuffix                     // "th", "st", "nd", "rd"
	fClock                         // "kl", "klokken", "at": a clock time follows
	fGerman                        // German words that make "morgen" mean tomorrow
	fWeak                          // "may", "jan", "fall", "spring": ordinary words too
	fPerson                        // "til", "med": "ring til Jan" names a person
	fGrab                          // "fat" of "få fat i Jan"
	fXmasBefore                    // "i", "til", "god": the "jul" after it is Christmas, not July
	fName                          // "jan", "tor": also first names
	fTo                            // "til", "to": "ringer til Jan" names a person, "barsel til jan" a month
	fPresent                       // "kun", "inde", "in": "han er her kun om torsdagen", "she's in on Fridays"
	fEndOf                         // "udgangen", "end": "til udgangen af 2027"
	fPastVerb                      // "ringede", "called": a clock time after it is a log, not a plan
)

// lex is the meaning of one folded word.
type lex struct {
	flags uint32
	cls   class
	val   int8
	num   int8 // value as a number word ("to" = 2), 0 if none
	mon   int8 // month the word names in a date ("14 jul"), 0 if none
	unit  unit
}

// lexicon maps folded words (æ→ae, ø→oe, å→aa) to their meaning. It is
// built once and only read.
var lexicon = buildLexicon()

// keywords is lexicon as the tokenizer's hash table.
var keywords = wordtable.New(lexicon)

type lexBuilder map[string]lex

// add merges l into each word's entry.
func (b lexBuilder) add(l lex, words ...string) {
	for _, w := range words {
		e := b[w]
		e.flags |= l.flags
		if l.cls != cNone {
			e.cls, e.val = l.cls, l.val
		}
		if l.num != 0 {
			e.num = l.num
		}
		if l.mon != 0 {
			e.mon = l.mon
		}
		if l.unit != uNone {
			e.unit = l.unit
		}
		b[w] = e
	}
}

func buildLexicon() map[string]lex {
	b := make(lexBuilder, 800)
	addWeekdayNames(b)
	addMonthNames(b)
	addCalendar(b)
	addHolidays(b)
	addRelative(b)
	addNumbers(b)
	addCues(b)
	addVerbs(b)
	addModifiers(b)
	addNoise(b)
	return b
}

func addWeekdayNames(b lexBuilder) {
	full := [7][]string{
		{"mandag", "monday", "montag", "maandag"},
		{"tirsdag", "tuesday", "dienstag", "tisdag"},
		{"onsdag", "wednesday", "mittwoch"},
		{"torsdag", "thursday", "donnerstag"},
		{"fredag", "friday", "freitag"},
		{"loerdag", "lordag", "saturday", "samstag", "sonnabend"},
		{"soendag", "sondag", "sunday", "sonntag"},
	}
	abbr := [7][]string{
		{"man", "mon"},
		{"tirs", "tir", "tue", "tues"},
		{"ons", "wed"},
		{"tors", "tor", "thu", "thur", "thurs"},
		{"fre", "fri"},
		{"loer", "lor", "sat"},
		{"soen", "son", "sun"},
	}
	for i := range full {
		b.add(lex{cls: cWeekday, val: int8(i + 1)}, full[i]...)
		b.add(lex{cls: cWeekdayAbbr, val: int8(i + 1), flags: fAbbr}, abbr[i]...)
	}
	habit := [7][]string{
		{"mandagen", "mondays"}, {"tirsdagen", "tuesdays"}, {"onsdagen", "wednesdays"},
		{"torsdagen", "thursdays"}, {"fredagen", "fridays"}, {"loerdagen", "saturdays"},
		{"soendagen", "sundays"},
	}
	for i := range habit {
		b.add(lex{cls: cWeekdayHabit, val: int8(i + 1)}, habit[i]...)
	}
	// Abbreviations that are also common words: "man" (one), "son", "søn"
	// (son), "sat", "sun", "tor" (dares), "fri" (free), "mon" (I wonder).
	b.add(lex{flags: fWeak}, "man", "mon", "son", "soen", "sat", "sun", "tor", "fri")
	b.add(lex{flags: fName}, "tor", "jan", "august")
}

func addMonthNames(b lexBuilder) {
	full := [12][]string{
		{"januar", "january", "januari", "jaenner"},
		{"februar", "february", "februari"},
		{"marts", "march", "mars", "maerz", "marz"},
		{"april"},
		{"maj", "mai"},
		{"juni", "june"},
		{"juli", "july"},
		{"august", "augusti"},
		{"september"},
		{"oktober", "october"},
		{"november"},
		{"december", "desember", "dezember"},
	}
	abbr := [12][]string{
		{}, {"feb", "febr"}, {}, {"apr"}, {}, {"jun"},
		{}, {"aug"}, {"sep", "sept"}, {"okt", "oct"}, {"nov"}, {"dec", "dez"},
	}
	for i := range full {
		m := int8(i + 1)
		b.add(lex{cls: cMonth, val: m, mon: m}, full[i]...)
		b.add(lex{cls: cMonthAbbr, val: m, mon: m, flags: fAbbr}, abbr[i]...)
	}
	// Words that are months only next to a day number or a strong cue:
	// "jan" is a name, "mar" rarely a month alone, "may" a verb, "jul" Christmas.
	b.add(lex{cls: cMonthAbbr, val: 1, mon: 1, flags: fAbbr | fWeak}, "jan")
	b.add(lex{cls: cMonthAbbr, val: 3, mon: 3, flags: fAbbr | fWeak}, "mar")
	b.add(lex{cls: cMonth, val: 5, mon: 5, flags: fWeak}, "may")
	b.add(lex{mon: 7, flags: fAbbr}, "jul")
}

func addCalendar(b lexBuilder) {
	b.add(lex{cls: cWeekMarker, val: 1}, "uge", "week", "uke", "vecka", "kw", "woche", "kalenderwoche", "wk")
	b.add(lex{cls: cWeekMarker, val: 2, flags: fAbbr}, "u", "v", "w")
	b.add(lex{cls: cQ}, "q")
	b.add(lex{cls: cQuarterWord}, "kvartal", "kvartalet", "quarter", "quartal", "kvartaal")
	b.add(lex{cls: cQuarterWord, flags: fAbbr}, "kvt", "kv")
	ord := [4][]string{
		{"foerste", "forste", "first", "foersta", "forsta", "erste", "ersten", "erstes"},
		{"anden", "andet", "second", "andra", "zweite", "zweiten", "zweites"},
		{"tredje", "third", "dritte", "dritten", "drittes"},
		{"fjerde", "fourth", "fjaerde", "fjarde", "vierte", "vierten", "viertes"},
	}
	for i := range ord {
		b.add(lex{cls: cOrdinal, val: int8(i + 1)}, ord[i]...)
	}
	seasons := map[int8][]string{
		3:  {"foraaret", "foraar", "forar", "foraret", "vaaren", "fruehling", "fruhling", "fruehjahr", "fruhjahr"},
		6:  {"sommer", "sommeren", "summer", "sommaren", "sommar"},
		9:  {"efteraaret", "efteraar", "efterar", "efteraret", "autumn", "hoesten", "hoest", "herbst"},
		12: {"vinter", "vinteren", "winter", "vintern"},
	}
	for _, m := range []int8{3, 6, 9, 12} {
		b.add(lex{cls: cSeason, val: m}, seasons[m]...)
	}
	b.add(lex{cls: cSeason, val: 3, flags: fWeak}, "spring")
	b.add(lex{cls: cSeason, val: 9, flags: fWeak}, "fall")
}

func addHolidays(b lexBuilder) {
	b.add(lex{cls: cHoliday, val: hSummer}, "sommerferien", "sommerferie", "somerferien", "somerferie",
		"sommerferi", "sommerfrien", "sommerfeiren", "sommerferier", "sommerpausen", "sommerpause",
		"sommerurlaub", "sommarsemestern", "sommarsemester", "semestern", "fellesferien", "fellesferie",
		"sommarferien", "sommerferierne")
	b.add(lex{cls: cHoliday, val: hGeneric}, "ferien", "ferie", "ferierne", "holidays", "holiday",
		"vacation", "vacations", "break", "pause", "ferierna")
	b.add(lex{cls: cHoliday, val: hXmas}, "jul", "julen", "juleferien", "juleferie", "julehelligdagene",
		"christmas", "xmas", "weihnachten", "julferien", "julledigheten", "jula")
	b.add(lex{cls: cHoliday, val: hNewYear}, "nytaar", "nytaaret", "nytar", "nytaret", "nyaar", "nyaaret",
		"nyttaar", "nyttaaret", "neujahr", "nyar", "aarsskiftet", "aarsskifte", "arsskiftet", "jahreswechsel")
	b.add(lex{cls: cHoliday, val: hEaster}, "paaske", "paasken", "paske", "pasken", "paaskeferien",
		"paaskeferie", "paask", "paasklovet", "easter", "ostern", "osterferien", "paaskedagene")
	b.add(lex{cls: cHoliday, val: hWinter}, "vinterferien", "vinterferie", "sportsferien", "sportslovet",
		"sportlovet", "winterferien", "vinterferier")
	b.add(lex{cls: cHoliday, val: hAutumn}, "efteraarsferien", "efteraarsferie", "efterarsferien",
		"efterarsferie", "hoestferien", "hoestferie", "hoestlovet", "herbstferien", "autumnbreak")
	b.add(lex{cls: cHoliday, val: hWhitsun}, "pinse", "pinsen", "pinseferien", "whitsun", "pfingsten",
		"pingst", "pingsten")
	b.add(lex{cls: cHoliday, val: hWeekend}, "weekenden", "weekend", "helgen", "wochenende", "helgan")
}

func addRelative(b lexBuilder) {
	units := map[unit][]string{
		uDay: {"dag", "dage", "dagen", "dages", "days", "day", "dg", "dagar", "dager", "tag", "tage", "tagen"},
		uWeek: {"uge", "ugen", "uger", "uges", "ugers", "week", "weeks", "wk", "wks", "uke", "uken", "uker",
			"ukers", "vecka", "veckan", "veckor", "veckas", "woche", "wochen"},
		uMonth: {"maaned", "maaneder", "maaneds", "maaneders", "maned", "maneder", "mdr", "md", "mnd",
			"mdrs", "month", "months", "mos", "mth", "mths", "maanad", "maanader", "monat", "monate",
			"monaten", "monats", "maaneden"},
		uYear: {"aar", "ar", "aars", "year", "years", "yr", "yrs", "jahr", "jahre", "jahren", "aaret"},
		uHour: {"time", "timer", "timers", "hour", "hours", "hr", "hrs", "timme", "timmar", "stunde", "stunden",
			"min", "mins", "minutter", "minutes", "minuter", "minuten", "minut", "minute"},
		uHalfYear:  {"halvaar", "halvaaret", "halvar", "halbjahr"},
		uFortnight: {"fortnight", "fortnights"},
	}
	for _, u := range []unit{uDay, uWeek, uMonth, uYear, uHour, uHalfYear, uFortnight} {
		b.add(lex{unit: u, flags: fUnit}, units[u]...)
	}
	b.add(lex{cls: cToday}, "dag", "dagen", "idag", "today", "heute")
	b.add(lex{cls: cTomorrow, val: 1}, "imorgen", "imorgon", "tomorrow", "tmrw", "tmr", "tomorow",
		"tommorow", "tommorrow")
	b.add(lex{cls: cTomorrow, val: 2}, "overmorgen", "iovermorgen", "uebermorgen", "ubermorgen",
		"oevermorgon", "iovermorgon")
	b.add(lex{cls: cMorgen}, "morgen", "morgon")
	b.add(lex{cls: cLater}, "senere", "later", "senare", "spaeter", "spater")
	b.add(lex{cls: cDayPeriod, val: 1}, "eftermiddag", "aften", "formiddag", "afternoon", "evening",
		"ettermiddag", "nachmittag", "abend", "vormittag", "kveld", "kvaell", "eftermiddagen")
	b.add(lex{cls: cDayPeriod, val: 2}, "tonight", "ikvaell", "ikveld")
	b.add(lex{cls: cNew}, "nye", "new", "nya", "neuen", "neue")
	b.add(lex{cls: cHalf}, "halvt", "halv", "half", "halbes", "halvan", "halbe", "halben")
	b.add(lex{cls: cRest}, "resten", "rest", "remainder", "resterende")
	b.add(lex{cls: cCouple, num: 2}, "par", "couple", "paar")
	b.add(lex{cls: cCouple, num: 3}, "few", "nogle", "naagra", "nagra", "noen", "einige", "einigen",
		"flere", "several")
}

func addNumbers(b lexBuilder) {
	words := [][]string{
		1:  {"one", "eins"},
		2:  {"to", "two", "tvaa", "tva", "zwei", "zwo"},
		3:  {"tre", "three", "drei"},
		4:  {"fire", "four", "fyra", "vier"},
		5:  {"fem", "five", "fuenf", "funf"},
		6:  {"seks", "six", "sex", "sechs"},
		7:  {"syv", "seven", "sju", "sieben"},
		8:  {"otte", "eight", "aatta", "aatte", "atta", "acht"},
		9:  {"ni", "nine", "nio", "neun"},
		10: {"ti", "ten", "tio", "zehn"},
		11: {"elleve", "eleven", "elva", "elf"},
		12: {"tolv", "twelve", "zwoelf", "zwolf"},
		14: {"fjorten", "fourteen", "fjorton", "vierzehn"},
	}
	for n, ws := range words {
		b.add(lex{num: int8(n)}, ws...)
	}
	b.add(lex{num: 1, flags: fIndef}, "en", "et", "ett", "a", "an", "ein", "eine", "einer", "einem", "einen")
}
