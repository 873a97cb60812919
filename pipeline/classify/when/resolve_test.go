package when

import (
	"strings"
	"testing"
	"time"
)

// date parses a test date; the tests use UTC unless they say otherwise.
func date(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return d
}

// wed is the default call date: Wednesday 13 May 2026, ISO week 20.
const wed = "2026-05-13"

type resolveCase struct {
	name string
	note string
	call string // call date; wed when empty
	want string // resolved date, "" when the note names no time
}

func TestResolve(t *testing.T) {
	var cases []resolveCase
	for _, group := range [][]resolveCase{
		explicitDateCases, dayRelativeCases, weekdayCases, weekCases, monthCases, quarterCases,
		seasonCases, holidayCases, yearCases, contractCases, languageCases, negativeCases, noteStyleCases,
		periodEndCases,
	} {
		cases = append(cases, group...)
	}
	seen := make(map[string]bool, len(cases))
	for _, tt := range cases {
		if seen[tt.name] {
			t.Fatalf("duplicate case name %q", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			call := wed
			if tt.call != "" {
				call = tt.call
			}
			got, ok := Resolve(tt.note, date(t, call).Add(10*time.Hour))
			switch {
			case tt.want == "" && ok:
				t.Errorf("Resolve(%q) = %s (%s %q), want no date", tt.note, got.Date.Format(time.DateOnly), got.Kind, got.Evidence)
			case tt.want != "" && !ok:
				t.Errorf("Resolve(%q) = no date, want %s", tt.note, tt.want)
			case ok && !got.Date.Equal(date(t, tt.want)):
				t.Errorf("Resolve(%q) = %s (%s %q), want %s", tt.note, got.Date.Format(time.DateOnly), got.Kind, got.Evidence, tt.want)
			}
		})
	}
}

var explicitDateCases = []resolveCase{
	{name: "day/month ahead this year", note: "ring igen 3/9", want: "2026-09-03"},
	{name: "day/month passed long ago goes to next year and Sunday to Monday", note: "møde booket tirs 14/3 kl 10", call: "2026-11-20", want: "2027-03-15"},
	{name: "day/month passed weeks ago is a past event", note: "møde booket tirs 14/3 kl 10"},
	{name: "sent on a past date", note: "sendte tilbud 3/5, rykket 10/5"},
	{name: "log stamp of the call's day", note: "13/5 vm, ingen svar"},
	{name: "day.month", note: "ring 14.3", call: "2026-11-20", want: "2027-03-15"},
	{name: "day.month passed weeks ago after a callback verb", note: "ring 14.3", want: "2027-03-15"},
	{name: "contract end passed weeks ago is next year's", note: "kontrakt udløber 31/1", call: "2026-04-02", want: "2027-02-01"},
	{name: "until a day passed weeks ago", note: "tied to Kompas until 31/3", call: "2026-06-01", want: "2027-03-31"},
	{name: "contract ran out weeks ago", note: "kontrakten udløb 1/4 og de har forlænget"},
	{name: "called on a past date", note: "called 8/5, no answer"},
	{name: "day.month two digits", note: "opfølgning 03.09", want: "2026-09-03"},
	{name: "day/month on the call's own day", note: "ring 13/5", want: wed},
	{name: "day/month-yy", note: "ring 14/3-27", want: "2027-03-15"},
	{name: "day/month-yy in the past", note: "kontakt 14/3-25", want: ""},
	{name: "dd.mm.yyyy", note: "kontakt igen 14.03.2027", want: "2027-03-15"},
	{name: "dd-mm-yyyy", note: "ring 02-06-2026", want: "2026-06-02"},
	{name: "iso date", note: "follow up 2026-06-12", want: "2026-06-12"},
	{name: "iso date in the past", note: "follow up 2026-03-14", want: ""},
	{name: "iso date too far ahead", note: "ring 2031-03-14", want: ""},
	{name: "d. day/month", note: "ring d. 3/9", want: "2026-09-03"},
	{name: "den day. month name", note: "ring den 14. juni", want: "2026-06-15"},
	{name: "day month abbreviation", note: "ring 14 jun", want: "2026-06-15"},
	{name: "day month abbreviation with dot and year", note: "ring 14. sept. 2027", want: "2027-09-14"},
	{name: "day month name said long after it passed", note: "den 14. marts", call: "2026-11-20", want: "2027-03-15"},
	{name: "day month name said weeks after it passed", note: "talte med ham den 2. maj"},
	{name: "day jul is July next to a number", note: "ring 7. jul", want: "2026-07-07"},
	{name: "english month day", note: "call back June 12th", want: "2026-06-12"},
	{name: "english month day year", note: "call on June 12, 2027", want: "2027-06-14"},
	{name: "english day of month", note: "call on the 12th of June", want: "2026-06-12"},
	{name: "english day month", note: "call 12th June", want: "2026-06-12"},
	{name: "bare ordinal day this month", note: "call back on the 20th", want: "2026-05-20"},
	{name: "bare ordinal day next month", note: "call back on the 3rd", want: "2026-06-03"},
	{name: "bare danish day", note: "ring den 3.", want: "2026-06-03"},
	{name: "bare english ordinal after a cue", note: "call back 3rd", want: "2026-06-03"},
	{name: "bare english ordinal without a cue", note: "3rd", want: ""},
	{name: "bare danish day with clock", note: "ring d. 20 kl 10", want: "2026-05-20"},
	{name: "31st skips short months", note: "ring the 31st", call: "2026-06-05", want: "2026-07-31"},
	{name: "leap day next leap year", note: "ring 29/2", call: "2027-03-01", want: "2028-02-29"},
	{name: "leap day in a common year", note: "ring 29/2-2027", want: ""},
	{name: "leap day more than three years ahead", note: "ring 29/2", call: "2024-03-01", want: ""},
	{name: "31/2 is no date", note: "ring 31/2", want: ""},
	{name: "31/4 is no date", note: "ring 31/4", want: ""},
	{name: "month 13 is no date", note: "ring 14/13", want: ""},
	{name: "year rollover of day/month", note: "ring 5/1", call: "2026-12-20", want: "2027-01-05"},
	{name: "weekday before date leaves the date", note: "ring fredag d. 3/7", want: "2026-07-03"},
	{name: "date said on a Saturday call resolves to Monday", note: "ring 16/5", call: "2026-05-16", want: "2026-05-18"},
}

var dayRelativeCases = []resolveCase{
	{name: "i morgen", note: "ring i morgen", want: "2026-05-14"},
	{name: "imorgen", note: "ring imorgen formiddag", want: "2026-05-14"},
	{name: "tomorrow", note: "call tomorrow", want: "2026-05-14"},
	{name: "tomorrow from Friday is Monday", note: "call tomorrow", call: "2026-05-15", want: "2026-05-18"},
	{name: "i overmorgen", note: "ring i overmorgen", want: "2026-05-15"},
	{name: "day after tomorrow", note: "call the day after tomorrow", want: "2026-05-15"},
	{name: "senere i dag", note: "sidder i bilen, ring senere i dag", want: wed},
	{name: "senere idag", note: "ring senere idag", want: wed},
	{name: "later today", note: "in a meeting, call later today", want: wed},
	{name: "senere på dagen", note: "prøv senere på dagen", want: wed},
	{name: "later today on a Saturday call", note: "call later today", call: "2026-05-16", want: "2026-05-18"},
	{name: "i eftermiddag", note: "ring i eftermiddag", want: wed},
	{name: "om 3 dage lands on Saturday", note: "ring om 3 dage", want: "2026-05-18"},
	{name: "om 14 dage", note: "ring om 14 dage", want: "2026-05-27"},
	{name: "om 14 dages tid", note: "ring om 14 dages tid", want: "2026-05-27"},
	{name: "om 2 uger", note: "ring igen om 2 uger", want: "2026-05-27"},
	{name: "om 2 måneder", note: "ring om 2 måneder", want: "2026-07-13"},
	{name: "om 2 maaneder", note: "ring om 2 maaneder", want: "2026-07-13"},
	{name: "om 2 mdr", note: "ring om 2 mdr.", want: "2026-07-13"},
	{name: "om et par uger", note: "ring om et par uger", want: "2026-05-27"},
	{name: "om et par måneder", note: "vil gerne høres igen om et par måneder", want: "2026-07-13"},
	{name: "om en måned", note: "ring om en måned", want: "2026-06-15"},
	{name: "om en måned overflows like AddDate", note: "ring om en måned", call: "2028-01-31", want: "2028-03-02"},
	{name: "om 6 måneder overflows like AddDate", note: "ring om 6 måneder", call: "2028-08-31", want: "2029-03-05"},
	{name: "om en uge", note: "ring om en uge", want: "2026-05-20"},
	{name: "om ca. 3 uger", note: "ring om ca. 3 uger", want: "2026-06-03"},
	{name: "om 2-3 uger takes the first", note: "ring om 2-3 uger", want: "2026-05-27"},
	{name: "om fem dage", note: "ring om fem dage", want: "2026-05-18"},
	{name: "om tre måneder", note: "ring om tre måneder", want: "2026-08-13"},
	{name: "om et halvt år", note: "ring om et halvt år", want: "2026-11-13"},
	{name: "om et år", note: "ring om et år", want: "2027-05-13"},
	{name: "efter 14 dage", note: "prøv efter 14 dage", want: "2026-05-27"},
	{name: "in 10 days", note: "call in 10 days", want: "2026-05-25"},
	{name: "in a couple of weeks", note: "try again in a couple of weeks", want: "2026-05-27"},
	{name: "in a few weeks", note: "call in a few weeks", want: "2026-06-03"},
	{name: "in three weeks", note: "call in three weeks", want: "2026-06-03"},
	{name: "in twelve weeks", note: "call in twelve weeks", want: "2026-08-05"},
	{name: "in six months", note: "call back in six months", want: "2026-11-13"},
	{name: "in a month", note: "call in a month", want: "2026-06-15"},
	{name: "in about 2 weeks", note: "call in about 2 weeks", want: "2026-05-27"},
	{name: "half a year", note: "try again in half a year", want: "2026-11-13"},
	{name: "in a fortnight", note: "touch base in a fortnight", want: "2026-05-27"},
	{name: "in 2 hours is today", note: "call in 2 hours", want: wed},
	{name: "om 10 min is today", note: "Optaget - prøv igen om 10 min", want: wed},
	{name: "span right after a callback verb", note: "cb 2wks", want: "2026-05-27"},
	{name: "f/u weekday", note: "f/u fre", want: "2026-05-15"},
	{name: "om en halv time is today", note: "sidder i møde, ring om en halv time", want: wed},
	{name: "efter kl 13 is later today", note: "ikke til stede, ring igen efter kl 13", want: wed},
	{name: "after 4 is later today", note: "can you call back after 4", want: wed},
	{name: "efter frokost is later today", note: "sidder i møde - ring efter frokost", want: wed},
	{name: "i dag kl 14 is today", note: "ring i dag kl 14", want: wed},
	{name: "a day beats a clock time", note: "ring efter kl 13 på fredag", want: "2026-05-15"},
	{name: "clock time without callback", note: "frokost efter kl 13"},
}

var weekdayCases = []resolveCase{
	{name: "på fredag", note: "ring på fredag", want: "2026-05-15"},
	{name: "ring mandag", note: "ring mandag", want: "2026-05-18"},
	{name: "on Friday", note: "call back on Friday", want: "2026-05-15"},
	{name: "same weekday is next week", note: "ring onsdag", want: "2026-05-20"},
	{name: "weekday with clock", note: "fredag kl 10 passer bedst", want: "2026-05-15"},
	{name: "weekday with morning", note: "Friday morning works", want: "2026-05-15"},
	{name: "fre kl 10", note: "fre kl 10", want: "2026-05-15"},
	{name: "ring man", note: "ring man.", want: "2026-05-18"},
	{name: "ring tirs", note: "ring tirs", want: "2026-05-19"},
	{name: "til ons", note: "udsat til ons", want: "2026-05-20"},
	{name: "på tors", note: "ring på tors", want: "2026-05-14"},
	{name: "på lør is Monday", note: "ring på lør", want: "2026-05-18"},
	{name: "på søn is Monday", note: "ring på søn", want: "2026-05-18"},
	{name: "ring loerdag", note: "ring loerdag", want: "2026-05-18"},
	{name: "call mon", note: "call mon", want: "2026-05-18"},
	{name: "call back tue", note: "call back tue", want: "2026-05-19"},
	{name: "on thu", note: "follow up on thu", want: "2026-05-14"},
	{name: "booked demo for Thursday", note: "booked demo for Thursday", want: "2026-05-14"},
	{name: "følger op fredag", note: "sender tilbud og følger op fredag", want: "2026-05-15"},
	{name: "næste fredag", note: "ring næste fredag", want: "2026-05-15"},
	{name: "torsdag i næste uge", note: "ring torsdag i næste uge", want: "2026-05-21"},
	{name: "Friday next week", note: "call Friday next week", want: "2026-05-22"},
	{name: "næste uge torsdag", note: "ring næste uge torsdag", want: "2026-05-21"},
	{name: "efter weekenden", note: "ring efter weekenden", want: "2026-05-18"},
	{name: "ikke før fredag", note: "ikke før fredag", want: "2026-05-15"},
}

var weekCases = []resolveCase{
	{name: "uge 34", note: "ring igen i uge 34", want: "2026-08-17"},
	{name: "Uge 34 capitalised", note: "Uge 34", want: "2026-08-17"},
	{name: "uge34", note: "ring uge34", want: "2026-08-17"},
	{name: "u. 34", note: "ring u. 34", want: "2026-08-17"},
	{name: "v. 34", note: "ring v. 34", want: "2026-08-17"},
	{name: "v34", note: "ring v34", want: "2026-08-17"},
	{name: "w34", note: "call w34", want: "2026-08-17"},
	{name: "wk 34", note: "call wk 34", want: "2026-08-17"},
	{name: "week 34", note: "call back week 34", want: "2026-08-17"},
	{name: "uge 34-35 takes the first", note: "ring uge 34-35", want: "2026-08-17"},
	{name: "uge 34 2027", note: "ring uge 34 2027", want: "2027-08-23"},
	{name: "current week said on its Monday", note: "ring uge 20", call: "2026-05-11", want: "2026-05-11"},
	{name: "current week said midweek is next year", note: "ring uge 20", want: "2027-05-17"},
	{name: "uge 2 said in December", note: "ring uge 2", call: "2026-12-10", want: "2027-01-11"},
	{name: "uge 1 said in December", note: "ring uge 1", call: "2026-12-20", want: "2027-01-04"},
	{name: "uge 53 in a long year", note: "ring uge 53", want: "2026-12-28"},
	{name: "uge 53 without a long year", note: "ring uge 53", call: "2027-03-01", want: ""},
	{name: "uge 54 is no week", note: "ring uge 54", want: ""},
	{name: "efter uge 32", note: "ring efter uge 32", want: "2026-08-10"},
	{name: "næste uge", note: "ring næste uge", want: "2026-05-18"},
	{name: "naeste uge", note: "ring naeste uge", want: "2026-05-18"},
	{name: "i næste uge", note: "vi tager den i næste uge", want: "2026-05-18"},
	{name: "next week", note: "call next week", want: "2026-05-18"},
	{name: "next week said on Sunday", note: "call next week", call: "2026-05-17", want: "2026-05-18"},
}

var periodEndCases = []resolveCase{
	{name: "by end of week", note: "asked for a quote on 40 units by end of week", call: "2026-07-06", want: "2026-07-10"},
	{name: "sidst på ugen", note: "ring sidst på ugen", want: "2026-05-15"},
	{name: "end of the week said on Saturday", note: "call end of the week", call: "2026-05-16", want: "2026-05-18"},
	{name: "slutningen af måneden on a Sunday", note: "ring i slutningen af måneden", want: "2026-06-01"},
	{name: "udgangen af kvartalet", note: "bundet til udgangen af kvartalet", want: "2026-06-30"},
	{name: "end of the year", note: "locked in until the end of the year", want: "2026-12-31"},
	{name: "resten af kvartalet", note: "de holder lukket for indkøb resten af kvartalet", want: "2026-07-01"},
	{name: "rest of the year", note: "budget frozen for the rest of the year", want: "2027-01-04"},
	{name: "kun om torsdagen", note: "ejeren er her kun om torsdagen", want: "2026-05-14"},
	{name: "in on Fridays", note: "she's in on Fridays", want: "2026-05-15"},
	{name: "fri om fredagen is a habit", note: "holder fri om fredagen"},
}

var monthCases = []resolveCase{
	{name: "i marts", note: "ring i marts", want: "2027-03-01"},
	{name: "til marts", note: "udskudt til marts", want: "2027-03-01"},
	{name: "in March", note: "call in March", want: "2027-03-01"},
	{name: "i juni", note: "ring i juni", want: "2026-06-01"},
	{name: "i august lands on Saturday", note: "ring i august", want: "2026-08-03"},
	{name: "i marts said in March", note: "ring i marts", call: "2026-03-10", want: "2027-03-01"},
	{name: "i marts said in February", note: "ring i marts", call: "2026-02-10", want: "2026-03-02"},
	{name: "in May said in May", note: "call in May", want: "2027-05-03"},
	{name: "i maj said in January", note: "ring i maj", call: "2026-01-10", want: "2026-05-01"},
	{name: "i aug", note: "ring i aug", want: "2026-08-03"},
	{name: "marts 2027", note: "ring marts 2027", want: "2027-03-01"},
	{name: "month of this year said in it", note: "ring maj 2026", want: wed},
	{name: "month of a past year", note: "ring marts 2026", want: ""},
	{name: "i marts næste år", note: "ring i juni næste år", want: "2027-06-01"},
	{name: "efter marts", note: "ring efter marts", call: "2026-01-10", want: "2026-04-01"},
	{name: "næste måned", note: "ring næste måned", want: "2026-06-01"},
	{name: "next month in December", note: "call next month", call: "2026-12-03", want: "2027-01-01"},
}

var quarterCases = []resolveCase{
	{name: "Q3", note: "try again in Q3", want: "2026-07-01"},
	{name: "Q2 said in Q2", note: "ring Q2", want: "2027-04-01"},
	{name: "q4", note: "ring q4", want: "2026-10-01"},
	{name: "Q1 2027", note: "ring Q1 2027", want: "2027-01-01"},
	{name: "Q1-27", note: "ring Q1-27", want: "2027-01-01"},
	{name: "3. kvartal", note: "ring i 3. kvartal", want: "2026-07-01"},
	{name: "3 kvartal", note: "ring 3 kvartal", want: "2026-07-01"},
	{name: "fjerde kvartal", note: "ring i fjerde kvartal", want: "2026-10-01"},
	{name: "third quarter", note: "call in the third quarter", want: "2026-07-01"},
	{name: "4th quarter", note: "call in the 4th quarter", want: "2026-10-01"},
	{name: "næste kvartal", note: "ring næste kvartal", want: "2026-07-01"},
	{name: "next quarter in Q4", note: "call next quarter", call: "2026-11-20", want: "2027-01-01"},
}

var seasonCases = []resolveCase{
	{name: "til foråret", note: "ring til foråret", want: "2027-03-01"},
	{name: "til sommer", note: "ring til sommer", want: "2026-06-01"},
	{name: "til efteråret", note: "ring til efteråret", want: "2026-09-01"},
	{name: "til efteraaret", note: "ring til efteraaret", want: "2026-09-01"},
	{name: "til vinter", note: "ring til vinter", want: "2026-12-01"},
	{name: "til vinter said in December", note: "ring til vinter", call: "2026-12-05", want: "2027-12-01"},
	{name: "in the spring", note: "call in the spring", want: "2027-03-01"},
	{name: "in the summer", note: "call in the summer", want: "2026-06-01"},
	{name: "in the autumn", note: "call in the autumn", want: "2026-09-01"},
	{name: "in the fall", note: "call in the fall", want: "2026-09-01"},
	{name: "this fall", note: "maybe this fall", want: "2026-09-01"},
	{name: "in spring", note: "nothing until the new CEO starts in spring", call: "2026-11-02", want: "2027-03-01"},
	{name: "in the winter", note: "call in the winter", want: "2026-12-01"},
	{name: "næste sommer", note: "ring næste sommer", want: "2026-06-01"},
	{name: "om sommeren is a habit", note: "de har travlt om sommeren", want: ""},
	{name: "fall as a verb", note: "prices will fall", want: ""},
	{name: "spring as a noun", note: "a spring in the machine", want: ""},
}

var holidayCases = []resolveCase{
	{name: "efter sommerferien in May", note: "ikke lige nu, ring efter sommerferien", want: "2026-08-03"},
	{name: "efter sommerferien in July", note: "ring efter sommerferien", call: "2026-07-20", want: "2026-08-03"},
	{name: "efter sommerferien in February", note: "ring efter sommerferien", call: "2026-02-10", want: "2026-08-03"},
	{name: "efter sommerferien in late August", note: "ring efter sommerferien", call: "2026-08-20", want: "2027-08-09"},
	{name: "efter sommerferie", note: "ring efter sommerferie", want: "2026-08-03"},
	{name: "efter somerferien typo", note: "ring efter somerferien", want: "2026-08-03"},
	{name: "efter ferien in June", note: "ring efter ferien", call: "2026-06-01", want: "2026-08-03"},
	{name: "efter ferien in November", note: "ring efter ferien", call: "2026-11-20", want: "2027-01-04"},
	{name: "efter sommeren", note: "ring efter sommeren", want: "2026-08-03"},
	{name: "after the summer holidays", note: "call after the summer holidays", want: "2026-08-03"},
	{name: "after the summer", note: "call after the summer", want: "2026-08-03"},
	{name: "efter jul", note: "ring efter jul", want: "2027-01-04"},
	{name: "efter jul said 27 December", note: "ring efter jul", call: "2026-12-27", want: "2027-01-04"},
	{name: "efter jul said 27 December 2025", note: "ring efter jul", call: "2025-12-27", want: "2026-01-02"},
	{name: "efter nytår said 1 January", note: "ring efter nytår", call: "2027-01-01", want: "2027-01-04"},
	{name: "efter nytaar", note: "ring efter nytaar", want: "2027-01-04"},
	{name: "over nytår", note: "vi tager den over nytår", want: "2027-01-04"},
	{name: "i det nye år", note: "ring i det nye år", want: "2027-01-04"},
	{name: "i det nye aar", note: "ring i det nye aar", want: "2027-01-04"},
	{name: "i begyndelsen af det nye år", note: "ring i begyndelsen af det nye år", want: "2027-01-04"},
	{name: "efter årsskiftet", note: "ring efter årsskiftet", want: "2027-01-04"},
	{name: "after Christmas", note: "call after Christmas", want: "2027-01-04"},
	{name: "after New Year", note: "call after New Year", want: "2027-01-04"},
	{name: "in the new year", note: "call in the new year", want: "2027-01-04"},
	{name: "efter påske before Easter", note: "ring efter påske", call: "2026-02-01", want: "2026-04-07"},
	{name: "efter paaske", note: "ring efter paaske", call: "2026-02-01", want: "2026-04-07"},
	{name: "after Easter", note: "call after Easter", call: "2026-02-01", want: "2026-04-07"},
	{name: "efter påske after Easter", note: "ring efter påske", want: "2027-03-30"},
	{name: "efter påske on Easter Tuesday", note: "ring efter påske", call: "2026-04-07", want: "2026-04-07"},
	{name: "efter vinterferien", note: "ring efter vinterferien", call: "2026-01-10", want: "2026-02-16"},
	{name: "efter efterårsferien", note: "ring efter efterårsferien", want: "2026-10-19"},
	{name: "efter pinse", note: "ring efter pinse", want: "2026-05-26"},
	{name: "efter pinse said after it", note: "ring efter pinse", call: "2026-06-01", want: "2027-05-18"},
}

var yearCases = []resolveCase{
	{name: "næste år", note: "ring næste år", want: "2027-01-04"},
	{name: "next year", note: "budget frozen, call next year", want: "2027-01-04"},
	{name: "næste år said in December", note: "ring næste år", call: "2025-12-10", want: "2026-01-02"},
	{name: "elliptical next year", note: "Not a priority for them this year, maybe next", want: "2027-01-04"},
	{name: "elliptical næste uge", note: "ikke denne uge, men næste", want: "2026-05-18"},
	{name: "next alone", note: "next!"},
	{name: "year alone", note: "kunde siden 2019", want: ""},
	{name: "future year after a cue", note: "måske i 2027", want: "2027-01-04"},
	{name: "future year until", note: "using a competitor and locked in until 2027", want: "2027-01-04"},
	{name: "end of a future year", note: "bundet af kontrakt til udgangen af 2027", want: "2027-12-31"},
	{name: "after a future year", note: "ring efter 2027", want: "2028-01-03"},
	{name: "future year in a phone number", note: "ring på 2027 4455"},
	{name: "future year as an amount", note: "til 2027 kr"},
}

var contractCases = []resolveCase{
	{name: "kontrakten udløber date", note: "kontrakten udløber 31/12", want: "2026-12-31"},
	{name: "kontrakten udløber month", note: "kontrakten udløber til marts", want: "2027-03-01"},
	{name: "contract ends in June", note: "not interested, the contract ends in June", want: "2026-06-01"},
	{name: "contract expires", note: "contract expires end of March", want: "2027-03-01"},
	{name: "callback beats contract", note: "Contract ends in June, try in May", call: "2026-01-10", want: "2026-05-01"},
	{name: "contract beats a loose time", note: "møde 3/6 gik fint. Kontrakten udløber i oktober.", want: "2026-10-01"},
	{name: "callback beats an earlier loose time", note: "holder ferie til 14/6. Ring igen uge 34", want: "2026-08-17"},
	{name: "first time without verbs", note: "møde 3/6, evt. uge 34", want: "2026-06-03"},
}

var languageCases = []resolveCase{
	{name: "sv vecka 34", note: "ring vecka 34", want: "2026-08-17"},
	{name: "sv efter sommaren", note: "ring efter sommaren", want: "2026-08-03"},
	{name: "sv v 34 after a cue", note: "ring i v 34", want: "2026-08-17"},
	{name: "sv till hösten", note: "hör av dig till hösten", want: "2026-09-01"},
	{name: "sv nästa månad", note: "ring nästa månad", want: "2026-06-01"},
	{name: "no etter nyttår", note: "ring etter nyttår", want: "2027-01-04"},
	{name: "de Anfang März", note: "Anfang März anrufen", want: "2027-03-01"},
	{name: "de im Herbst", note: "im Herbst wieder melden", want: "2026-09-01"},
	{name: "sv i morgon", note: "ring i morgon", want: "2026-05-14"},
	{name: "sv nästa vecka", note: "ring nästa vecka", want: "2026-05-18"},
	{name: "sv om två veckor", note: "ring om två veckor", want: "2026-05-27"},
	{name: "sv om ett par veckor", note: "ring om ett par veckor", want: "2026-05-27"},
	{name: "sv efter jul", note: "ring efter jul", want: "2027-01-04"},
	{name: "no uke 34", note: "ring uke 34", want: "2026-08-17"},
	{name: "no etter sommerferien", note: "ring etter sommerferien", want: "2026-08-03"},
	{name: "no neste uke", note: "ring neste uke", want: "2026-05-18"},
	{name: "no om to uker", note: "ring om to uker", want: "2026-05-27"},
	{name: "de KW 34", note: "Anruf KW 34", want: "2026-08-17"},
	{name: "de kw34", note: "Anruf kw34", want: "2026-08-17"},
	{name: "de nach den Sommerferien", note: "bitte nach den Sommerferien melden", want: "2026-08-03"},
	{name: "de nächste Woche", note: "nächste Woche anrufen", want: "2026-05-18"},
	{name: "de morgen", note: "bitte morgen anrufen", want: "2026-05-14"},
	{name: "de im März", note: "im März wieder anrufen", want: "2027-03-01"},
	{name: "de in zwei Wochen", note: "in zwei Wochen anrufen", want: "2026-05-27"},
	{name: "de in drei Wochen", note: "in drei Wochen anrufen", want: "2026-06-03"},
	{name: "de nach Ostern", note: "nach Ostern melden", call: "2026-02-01", want: "2026-04-07"},
	{name: "de Anruf am date", note: "Anruf am 14.03.", want: "2027-03-15"},
	{name: "no over sommeren", note: "ring over sommeren", want: "2026-08-03"},
}

// negativeCases name no callback time: amounts, phone numbers, clock
// times, ids, counts, past and negated times.
var negativeCases = []resolveCase{
	{name: "phone number spaced", note: "ring på 12 34 56 78"},
	{name: "phone number tlf", note: "tlf 2345 6789"},
	{name: "phone number with country code", note: "ring +45 12345678"},
	{name: "phone number dotted", note: "ring 12.34.56.78"},
	{name: "price with thousands", note: "kr 12.500"},
	{name: "price after amount", note: "det koster 12.500 kr"},
	{name: "millions", note: "budget 1.5 mio"},
	{name: "percent", note: "50% rabat"},
	{name: "decimal percent", note: "2.5% rabat"},
	{name: "employees", note: "vi er kun 3 ansatte"},
	{name: "staff count", note: "30 medarbejdere"},
	{name: "licenses", note: "10 licenser"},
	{name: "clock with kl.", note: "møde kl. 14.30"},
	{name: "clock with colon", note: "åbent til 14:30"},
	{name: "clock with kl", note: "frokost kl 10"},
	{name: "clock after a callback verb is today", note: "ring kl. 14.30", want: wed},
	{name: "at a clock after a callback verb is today", note: "Driving - said to call back at 5", want: wed},
	{name: "colon clock after a callback verb is today", note: "ring 14:30", want: wed},
	{name: "clock without a callback verb", note: "frokost kl 14"},
	{name: "clock and colon after efter without a verb", note: "lukket efter 14:30"},
	{name: "version", note: "version 2.1 installeret"},
	{name: "version string", note: "kører v1.2.3"},
	{name: "invoice id", note: "faktura 2024-118"},
	{name: "24/7", note: "de har 24/7 support"},
	{name: "half an hour", note: "snakkede 1/2 time"},
	{name: "siden 2019", note: "kunde siden 2019"},
	{name: "third time", note: "3. gang vi ringer"},
	{name: "den third time", note: "det er den 3. gang vi ringer"},
	{name: "2nd attempt", note: "2nd attempt, no answer"},
	{name: "the 2nd attempt", note: "the 2nd attempt failed"},
	{name: "i mandags", note: "var lukket i mandags"},
	{name: "om fredagen", note: "holder fri om fredagen"},
	{name: "ikke i dag", note: "ikke i dag"},
	{name: "i dag", note: "har travlt i dag"},
	{name: "today", note: "busy today"},
	{name: "i sidste uge", note: "talte med ham i sidste uge"},
	{name: "last week", note: "spoke last week"},
	{name: "sidste måned", note: "skiftede leverandør sidste måned"},
	{name: "last Friday", note: "we spoke last Friday"},
	{name: "sidste fredag", note: "talte med ham sidste fredag"},
	{name: "hver fredag", note: "de holder møde hver fredag"},
	{name: "bare weekday without cue", note: "talte med ham mandag"},
	{name: "weekday after a past verb", note: "havde møde mandag, gik fint"},
	{name: "logged weekday then planned one", note: "ringede mandag, ring igen fredag", want: "2026-05-15"},
	{name: "sent then call back on a weekday", note: "mail sendt, ringer igen man", want: "2026-05-18"},
	{name: "clock after a logged call", note: "ringede kl 8.30 - ingen svar. Ringede igen kl 10"},
	{name: "ikke på fredag", note: "ikke på fredag"},
	{name: "not tomorrow", note: "not tomorrow"},
	{name: "ikke i morgen", note: "ikke i morgen"},
	{name: "god morgen", note: "god morgen, ingen svar"},
	{name: "name Jan", note: "ring til Jan"},
	{name: "may as a verb", note: "he may be interested"},
	{name: "march as a verb", note: "we march on"},
	{name: "range of employees", note: "10-12 ansatte"},
	{name: "bare weeks", note: "2-3 uger"},
	{name: "ago", note: "for 2 uger siden"},
	{name: "weeks ago", note: "2 weeks ago"},
	{name: "duration", note: "holder ferie i 2 uger"},
	{name: "plain refusal", note: "ikke interesseret"},
	{name: "plain no answer", note: "ingen svar, lagt besked"},
	{name: "empty", note: ""},
	{name: "order number", note: "ordre nr. 12/3"},
	{name: "hash id", note: "sag #12/3"},
	{name: "in a meeting", note: "in a meeting, call later"},
	{name: "score", note: "vandt 3-1"},
	{name: "fraction of employees", note: "2/3 af de ansatte"},
	{name: "later alone", note: "ring senere"},
	{name: "summer house", note: "han er i sommerhus"},
	{name: "letter v and a number", note: "bor på Vestergade v 34"},
	{name: "bare holiday", note: "han er på ferie"},
}

// noteStyleCases are written the way reps write: English abbreviations,
// colons, names next to month abbreviations, lower case, swapped letters.
var noteStyleCases = []resolveCase{
	{name: "capitalized abbreviation after a name", note: "calling Lise Fri", want: "2026-05-15"},
	{name: "abbreviation three words after the verb", note: "ringer til Lise fre", want: "2026-05-15"},
	{name: "man ending the clause", note: "Mette er på ferie, tilbage man", want: "2026-05-18"},
	{name: "til man", note: "Lars på barsel til man, ringer igen der", want: "2026-05-18"},
	{name: "man as a pronoun", note: "ring hvis man vil"},
	{name: "weekday four words after the verb", note: "calling the IT manager Wednesday", want: "2026-05-20"},
	{name: "weekday then colon and callback", note: "Fri: call again", want: "2026-05-15"},
	{name: "month abbreviation after relevant", note: "could be relevant Mar", want: "2027-03-01"},
	{name: "month abbreviation after set", note: "budget is set Sep", want: "2026-09-01"},
	{name: "month abbreviation then colon and callback", note: "Mar: call again", want: "2027-03-01"},
	{name: "week then colon and callback", note: "in week 22: call again.", want: "2026-05-25"},
	{name: "barsel til jan is January", note: "Bo på barsel til jan", want: "2027-01-01"},
	{name: "løber til jan is January", note: "kontrakten med Centra løber til jan.", want: "2027-01-01"},
	{name: "videre til jan is a person", note: "sender det videre til jan."},
	{name: "ikke før det nye år", note: "ikke før det nye år, de ringer selv", want: "2027-01-04"},
	{name: "happy new year", note: "happy new year, no answer"},
	{name: "until spring", note: "Lise away until spring", want: "2027-03-01"},
	{name: "until fall", note: "tied to Centra until fall", want: "2026-09-01"},
	{name: "English Jul is July", note: "contract ends Jul", want: "2026-07-01"},
	{name: "lower-case jul after an English cue", note: "maybe relevant jul; follow up then", want: "2026-07-01"},
	{name: "Danish i jul is Christmas, no rule", note: "de har travlt i jul"},
	{name: "god jul", note: "ring igen, god jul"},
	{name: "i jan", note: "ring i jan", want: "2027-01-01"},
	{name: "til Jan is a person", note: "ring til Jan"},
	{name: "til August is a person", note: "ringer til August i morgen", want: "2026-05-14"},
	{name: "ferie til august is a month", note: "på ferie til august", want: "2026-08-03"},
	{name: "ringer til august is a month", note: "han ringer til august", want: "2026-08-03"},
	{name: "til jan lower case is a person", note: "ringer til jan i morgen", want: "2026-05-14"},
	{name: "få fat i Jan", note: "kunne ikke få fat i Jan"},
	{name: "reach Jan", note: "couldn't reach Jan"},
	{name: "may as a verb before a callback", note: "he may call back"},
	{name: "May capitalized after a verb", note: "they'll call us May", want: "2027-05-03"},
	{name: "kal. colon quarter", note: "kal.: 3. kvt", want: "2026-07-01"},
	{name: "quarter then callback", note: "Q3 ringer jeg igen", want: "2026-07-01"},
	{name: "typo tomororw", note: "try again tomororw.", want: "2026-05-14"},
	{name: "typo moregn", note: "prøv igen i moregn", want: "2026-05-14"},
	{name: "typo efetr", note: "følger op efetr sommerferien", want: "2026-08-03"},
	{name: "typo summre", note: "call us after the summre holidays", want: "2026-08-03"},
	{name: "typo onsadg", note: "ringer igen på onsadg", want: "2026-05-20"},
	{name: "typo Novmeber", note: "back Wednesday 18 Novmeber", want: "2026-11-18"},
	{name: "typo apirl", note: "bundet af aftale til i apirl", call: "2026-03-05", want: "2026-04-01"},
	{name: "24/7 after a callback verb is a date", note: "følger op 24/7", want: "2026-07-24"},
	{name: "24/07 is a date", note: "han kontakter os 24/07", want: "2026-07-24"},
	{name: "24/7 after a weekday is a date", note: "møde aftalt fre 24/7 10:00", want: "2026-07-24"},
	{name: "no accents", note: "Soren pa ferie til man", want: "2026-05-18"},
	{name: "Friday March 14th", note: "back Friday March 14th", call: "2026-11-20", want: "2027-03-15"},
}

func TestResolveResult(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	tests := []struct {
		name         string
		note         string
		call         time.Time
		wantDate     time.Time
		wantEvidence string
		wantKind     string
	}{
		{name: "evidence keeps the note's spelling", note: "Ring igen i Uge 34!", call: date(t, wed),
			wantDate: date(t, "2026-08-17"), wantEvidence: "Uge 34", wantKind: KindWeek},
		{name: "evidence with æøå", note: "ring efter PÅSKE", call: date(t, "2026-02-01"),
			wantDate: date(t, "2026-04-07"), wantEvidence: "efter PÅSKE", wantKind: KindHoliday},
		{name: "date in the call's location", note: "ring i morgen", call: time.Date(2026, 5, 13, 23, 50, 0, 0, cet),
			wantDate: time.Date(2026, 5, 14, 0, 0, 0, 0, cet), wantEvidence: "i morgen", wantKind: KindRelative},
		{name: "time after the colon ties a callback", note: "møde 3/6. uge 34: ring igen", call: date(t, wed),
			wantDate: date(t, "2026-08-17"), wantEvidence: "uge 34", wantKind: KindWeek},
		{name: "long note past the stack buffer", note: strings.Repeat("ingen svar, ", 40) + "ring fredag",
			call: date(t, wed), wantDate: date(t, "2026-05-15"), wantEvidence: "fredag", wantKind: KindWeekday},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Resolve(tt.note, tt.call)
			want := Result{Date: tt.wantDate, Evidence: tt.wantEvidence, Kind: tt.wantKind}
			if !ok || !got.Date.Equal(want.Date) || got.Date.Location() != want.Date.Location() || got.Evidence != want.Evidence || got.Kind != want.Kind {
				t.Errorf("Resolve(%q) = %+v, %v, want %+v", tt.note, got, ok, want)
			}
		})
	}
}

// TestResolveAllocs guards the hot path: resolving a note of ordinary
// length allocates nothing, with or without a date in it.
func TestResolveAllocs(t *testing.T) {
	call := date(t, wed)
	for _, note := range []string{
		"Talte med receptionen, direktøren er ikke til stede. Ring igen.",
		"ikke lige nu, ring efter sommerferien",
		"Møde booket tirs 14/3 kl 10 hos kunden i Vejle",
	} {
		if n := testing.AllocsPerRun(100, func() { Resolve(note, call) }); n != 0 {
			t.Errorf("Resolve(%q) allocates %.0f times, want 0", note, n)
		}
	}
}
