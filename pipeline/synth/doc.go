// Package synth generates a realistic, deterministic synthetic year of cold
// calls as the exports whyno ingests with its generic preset: semicolon
// separated UTF-8 with the header
//
//	Dato;Tid;Sælger;Team;Firma;Kontaktperson;Telefon;Branche;Ansatte;Retning;Varighed;Udfald;Note
//
// (Dato dd-mm-yyyy, Tid HH:MM, Varighed in seconds, Retning "Udgående" or
// "Indgående", Telefon a Danish eight-digit number, mostly "12 34 56 78").
// It is the data of `whyno demo`: what a new user sees first, so the report
// built on it has to tell the stories a sales manager knows.
//
// # What the data models
//
// The calendar is Denmark's: calls only on working days (Monday to Friday,
// no public holidays; Easter computed; store bededag only before 2024; the
// afternoons of grundlovsdag and nytårsaftensdag off). Weeks 28 to 31 are the
// summer holiday, when reps are away and prospects do not answer; the days
// between Christmas and New Year are nearly dead, the Friday after Kristi
// himmelfart a bridge day. Calls fall between 8:00 and 16:30, fewest at
// lunch; prospects answer best 8-10 and 15-16:30, worst at lunch, on Monday
// mornings and on Friday afternoons.
//
// The sales floor is 20 reps in four teams (København, Aarhus, Odense and
// Nordic/UK, whose reps write English). Each rep has habits: how much they
// call (25 to 60 relative; Options.Calls sets the scale), how often they
// reach people and book meetings, how often they keep the next step
// themselves ("ringer igen tirs 14/3") or leave it with the prospect ("han
// vender tilbage"), how reliably they call back when promised, and how they
// write (lower case, no æøå, typos, full stops, leaving Udfald empty). Reps
// take two or three weeks of summer holiday, some a school-holiday week,
// are sometimes ill or away; one starts in week 14, one is on parental leave
// in spring.
//
// Companies have an industry (Branche), a size (Ansatte, log-normal around
// the industry's median), one to three contacts and an owning rep, and move
// through a call cycle: attempts until someone answers (most calls reach
// nobody: no answer, voicemail, busy line, reception), then a conversation
// that ends in a meeting, an interest (a quote), a no or, rarely, an invalid
// record (wrong number, closed, already a customer). A no has a reason from
// the taxonomy, "not now" (timing) the most common, tilted by industry, size
// and moment. Not-now prospects name a time ("ring efter sommerferien",
// "uge 34", "kontrakt udløber 31/12", "Q3"), are called again around it (on
// time by diligent reps, late or never by others) and then book meetings
// far more often. Prospects left holding the ball sometimes call in: these
// are the inbound calls. Flat no's and booked meetings park a company for
// months; a rep with time to spare calls parked companies early. Some who
// call in reach a rep with no time and are told to call back later: an
// interested prospect left holding the ball.
//
// Notes come from phrase books per topic and language (phrases_da.go,
// phrases_en.go): terse, abbreviated (vm, ik, tlf, lev.), with dates
// written relative to the call and resolved by the taxonomy's rules.
//
// # Outputs
//
// Generate writes the whole year as one CSV stream; WriteFiles writes one
// CSV per month (calls-2026-01.csv …), as monthly CRM exports come;
// WriteXLSX writes the year as one workbook, as a home-made call sheet.
//
// # Truth
//
// The generator knows what each note was written to say: its outcome, reason,
// ball, callback date and language. Stats returns the counts, so tests can
// check shares against it, and WriteTruth writes the labels row for row, so
// the classifier can be scored on the demo year. A busy prospect given a
// callback time ("sidder i bilen, ringer igen i morgen") is labelled timing,
// as the taxonomy's precedence says, and a call whose note names no next
// step but whose Udfald says "Ring igen" has the ball on our half.
//
// # Determinism
//
// Everything comes from Options: no wall clock. The same Options give
// byte-identical files; separate random streams keep the reps the same
// whatever the number of companies; Options.AsOf only cuts the year, so an
// earlier cut-off is a prefix of a later one.
package synth
