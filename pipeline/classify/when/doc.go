// Package when finds the callback time a call note names and resolves it to
// a day: the callback_date label of TAXONOMY.md.
//
// Resolve reads Danish and English notes (and usable Swedish, Norwegian and
// German) against the call's own date. It tokenizes the note once, folding
// case and æ/ø/å (and ä/ö/ü) to ASCII ("påske" and "paaske" are one word),
// looks each word up in a keyword table and runs a small parser only where
// a keyword or number starts a time expression. There is no regexp, and
// nothing is allocated unless the note has more than 64 tokens. The keyword
// tables are built once and only read, so Resolve is safe for concurrent
// use.
//
// # Rules (TAXONOMY.md, callback_date)
//
//   - Explicit dates are day first: "14/3", "14.3", "14/3-25", "14.03.2025",
//     "2025-03-14", "den 14. marts", "14 mar", "d. 3/9", "March 14th", "14th
//     of March", "the 3rd". Without a year, the next such date from the call's
//     day on; with a year, that date, or nothing when it is past or invalid
//     ("31/2").
//   - "i morgen", "tomorrow", "i overmorgen": the next day(s); "senere i
//     dag", "later today", "i eftermiddag": the call's own day.
//   - Weekdays ("på fredag", "ring mandag", "on Friday", "fre", "tirs",
//     "thu"): the next such day after the call. "torsdag i næste uge",
//     "Friday next week": that day of the next ISO week.
//   - "næste uge", "next week": Monday of the next ISO week; "næste
//     måned": the 1st of next month.
//   - "om N dage/uger/måneder/år", "in N days/weeks/months", "efter 14
//     dage": the call's day plus N; "et par" and "a couple of" are 2, "a
//     few" and "nogle" 3, "en", "et", "a" 1, "et halvt år" six months. Months
//     are added as time.AddDate adds them: a day the target month lacks
//     runs into the next month (31 August plus six months is 3 March).
//   - "uge 34", "uge34", "u. 34", "v. 34", "w34", "wk 34", "KW 34", "vecka
//     34", "uke 34": Monday of ISO week 34 of the call's year when that
//     Monday is the call's day or later, else of next year. Week 53 exists
//     only in long ISO years.
//   - Month names ("i marts", "til marts", "in March", "im März"): the 1st
//     of the month, this year when the month is after the call's month, else
//     next year. With a year ("marts 2027"), that month; the call's own month
//     then resolves to the call's day.
//   - Quarters ("Q3", "3. kvartal", "tredje kvartal", "third quarter"): the
//     first day of the quarter, next occurrence after the call's quarter;
//     "næste kvartal", "next quarter": the quarter after the call's.
//   - Seasons: "til foråret"/"in the spring" 1 March, "til sommer" 1 June,
//     "til efteråret"/"in the autumn/fall" 1 September, "til vinter" 1
//     December, next occurrence after the call's month.
//   - "efter sommerferien", "efter ferien", "after the summer (holidays)":
//     Monday of ISO week 32.
//   - "efter jul", "efter nytår", "i det nye år", "after Christmas", "in the
//     new year": 2 January of the coming year; "næste år", "next year": 2
//     January of next year.
//   - "efter påske", "after Easter", "nach Ostern": the Tuesday after Easter
//     Monday (Easter by the anonymous Gregorian algorithm).
//   - "kontrakten udløber …", "contract ends …": the time named, by the
//     rules above.
//   - A Saturday or Sunday moves to the following Monday. No date is before
//     the call's day or more than three years after its year.
//
// # Precedence
//
// When a note names several times, the first one tied to a callback verb
// ("ring igen", "call back", "kontakt", "følg op", "try again", "vender
// tilbage") wins; else the first tied to a contract ending ("kontrakten
// udløber", "contract ends"); else the first. A verb ties a time when it
// comes up to eight words before it in the same sentence, or right after it
// ("uge 34: ring igen"). So "contract ends in June, try in May" gives May:
// the callback is the instruction, the contract its reason.
//
// # Decisions where TAXONOMY.md is silent
//
//   - "Next such date after the call" includes the call's own day when a
//     callback verb names it: "ring 13/5" said on 13 May means today, while
//     "13/5 vm" is a log line. A day and month that passed less than 180
//     days before the call is next year's only where the note looks ahead (a
//     callback verb, a contract word, "until"/"til": "kontrakt udløber 31/1"
//     said in April); otherwise it is a past event and gives nothing
//     ("sendt tilbud 3/5", "møde afholdt 7/5", "kontrakten udløb 1/4"). Further
//     back it is next year's ("ring 5/1" said in December).
//   - A week whose Monday is the call's day is still ahead; one whose Monday
//     has passed is next year's ("uge 20" said on Wednesday of week 20).
//   - "efter sommerferien" said after Monday of week 32 (mid-August on)
//     means next year's week 32; said before it, in any month, this year's.
//     "efter ferien" said in November or December means the Christmas
//     holidays: 2 January.
//   - "efter jul" said on 1 or 2 January means that 2 January. "Over
//     nytår", "over sommeren" mean after it, as Danes and Norwegians say.
//   - The other Danish school holidays resolve like "efter sommerferien":
//     "efter vinterferien" is Monday of ISO week 8, "efter efterårsferien"
//     Monday of week 43; "efter pinse" the Tuesday after Whit Monday.
//   - "efter marts" is 1 April; "efter uge 32" is Monday of week 33;
//     "efter weekenden" is the next Monday.
//   - "om 2 timer", "om 10 min", "om en halv time", "in 2 hours" is the
//     call's day; so is a clock time next to a callback verb when the note
//     names no day ("ring kl 14", "call back at 5", "ring igen efter kl 13",
//     "ring efter frokost"). A clock time is never read as a date, and
//     "møde kl. 14.30" or "ringede igen kl 10" (a log) give nothing.
//   - A span right after a callback verb needs no "om": "cb 2wks", "prøv igen
//     14 dage".
//   - A future year after a cue is 2 January of it, as "næste år" is: "ikke
//     før budget 2027", "locked in until 2027"; "til udgangen af 2027" is 31
//     December; "efter 2027" 2 January 2028.
//   - "Not this year, maybe next", "ikke denne uge, men næste": "next" at the
//     end of a clause names the next of the period just mentioned.
//   - "Sidst på ugen", "by end of week" is the call's week's Friday; "end of
//     the month/quarter/year" its last day. "Resten af kvartalet", "the rest
//     of the year" is the start of the next one.
//   - "Han er her kun om torsdagen", "she's in on Fridays": the next such day;
//     without a word of presence ("holder fri om fredagen") it is a habit.
//   - Months, quarters and seasons are their first day even after
//     "ultimo", "end of" or "mid": the scoring tolerance is three days, and
//     the taxonomy names the 1st.
//   - "29/2" resolves to the next leap year only within three years.
//   - Same-named weekday ("ring onsdag" said on a Wednesday) is a week ahead;
//     "næste fredag", "next Friday" is the next Friday, like "på fredag".
//   - The one-letter week marks u, v and w need the number glued on or a
//     dot ("v34", "u. 34"), or a cue before them ("ring v 34").
//
// # What is not a time
//
// Bare numbers never are: phone numbers ("12 34 56 78", "tlf 2345 6789"),
// prices and amounts ("kr 12.500", "1.5 mio", "50%", "3 ansatte"), clock
// times ("kl. 14.30", "14:30"), versions and ids ("v1.2.3", "ordre nr.
// 12/3"), years alone ("siden 2019"), fractions ("1/2 time", "2/3 af dem")
// and ordinals that count ("3. gang", "2nd attempt"). "24/7" is a date only
// after a cue, a weekday or "d." ("følger op 24/7", "fre 24/7") or written
// "24/07"; "24/7 support" is not.
//
// Words that are also ordinary words need a cue: a weekday ("ring mandag",
// "på fredag", "on Friday", "fredag kl 10"; not "talte med ham mandag"), a
// month alone ("i marts", not "marts" in passing), "may", "jan" ("ringer til
// Jan", "få fat i Jan" and "couldn't reach Jan" are people; "barsel til jan"
// and "i jan" are January), an English ordinal alone ("call back 3rd", not
// "3rd attempt"), "man" ("ring hvis man vil"), "jul" (Christmas in Danish,
// July in English when capitalized or after an English cue), "spring" and
// "fall" (only after "in", "the", "this", "next", "until"). Past and negated
// times give nothing: "i sidste uge", "last Friday", "since March", "ikke i
// morgen", "hver fredag"; "ikke før uge 34" still names week 34. "i dag"
// and "today" alone are not a callback; "i mandags" and "om fredagen" are
// past or habit.
//
// # Typos
//
// A word of five or more letters that is a keyword with two neighbouring
// letters swapped ("tomororw", "efetr", "onsadg", "Novmeber") reads as the
// keyword. Common misspellings and ASCII spellings are keywords themselves
// ("somerferien", "naeste", "maaned", "loerdag", "paaske").
package when
